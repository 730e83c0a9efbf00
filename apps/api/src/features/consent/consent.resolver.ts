import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Recommendation } from '../recommendations/recommendation.types';
import { Scan } from '../scans/scan.types';
import { HoldBackResult, RecommendationHoldBack, ScanConsent, ScanConsentInput } from './consent.types';

@Resolver(() => Scan)
export class ScanConsentResolver {
  @FieldResolver(() => ScanConsent, {
    nullable: true,
    description:
      "Confidential: whether the scan's outcomes may feed the regional picture; null for viewers who may not see consent.",
  })
  consent(@Root() scan: Scan, @Ctx() ctx: Context): Promise<ScanConsent | null> {
    return ctx.loaders.scanConsent.load(scan.id);
  }

  @Authorized(Permission.CONSENT_WRITE)
  @Mutation(() => ScanConsent, {
    description:
      "Records the own municipality's decision on a scan (counts from the next snapshot). AGREED needs a basis. Stale expectedVersion (0: nothing recorded yet): CONFLICT STALE_VERSION; another municipality's scan: NOT_FOUND.",
  })
  setScanConsent(
    @Arg('scanId', () => ID) scanId: string,
    @Arg('input') input: ScanConsentInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<ScanConsent> {
    return ctx.services.consent.setScanConsent(acting(ctx), scanId, input, expectedVersion);
  }
}

@Resolver(() => Recommendation)
export class RecommendationHoldBackResolver {
  @FieldResolver(() => RecommendationHoldBack, {
    nullable: true,
    description:
      'Confidential: set while the municipality holds the recommendation back from the regional picture; null otherwise and for viewers who may not see consent.',
  })
  holdBack(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<RecommendationHoldBack | null> {
    return ctx.loaders.recommendationHoldBack.load(rec.id);
  }

  @Authorized(Permission.CONSENT_WRITE)
  @Mutation(() => HoldBackResult, {
    description:
      'Keeps a recommendation of the own municipality out of the regional picture from the next snapshot. Held back already: unchanged.',
  })
  holdBackRecommendation(
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Ctx() ctx: Context,
  ): Promise<HoldBackResult> {
    return ctx.services.consent.holdBack(acting(ctx), recommendationId);
  }

  @Authorized(Permission.CONSENT_WRITE)
  @Mutation(() => HoldBackResult, {
    description: 'Lets a held-back recommendation feed the regional picture again, from the next snapshot.',
  })
  releaseRecommendation(
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Ctx() ctx: Context,
  ): Promise<HoldBackResult> {
    return ctx.services.consent.release(acting(ctx), recommendationId);
  }
}
