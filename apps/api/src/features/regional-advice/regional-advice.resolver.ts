import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { PictureSnapshot } from '../picture/picture.types';
import { AdviceAnswerInput, RegionalAdvice } from './regional-advice.types';

@Resolver()
export class RegionalAdviceResolver {
  @Authorized()
  @Query(() => [RegionalAdvice], {
    description:
      "The regional advice of a published snapshot of the viewer's region, or of the latest one when none is named (empty before the first), each with the programme's answer over time.",
  })
  regionalAdvice(
    @Arg('snapshotId', () => ID, { nullable: true }) snapshotId: string | null,
    @Ctx() ctx: Context,
  ): Promise<RegionalAdvice[]> {
    return ctx.services.regionalAdvice.ofSnapshot(requireViewer(ctx.viewer), snapshotId ?? null);
  }

  @Authorized(Permission.ADVICE_ANSWER)
  @Mutation(() => RegionalAdvice, {
    description:
      "Gives the programme's answer to a piece of regional advice (status, explanation, linked activities and tracks) and appends it to the answer's history. CONFLICT STALE_VERSION on another version.",
  })
  answerRegionalAdvice(@Arg('input') input: AdviceAnswerInput, @Ctx() ctx: Context): Promise<RegionalAdvice> {
    return ctx.services.regionalAdvice.answer(requireViewer(ctx.viewer), input);
  }
}

@Resolver(() => PictureSnapshot)
export class SnapshotAdviceResolver {
  @FieldResolver(() => [RegionalAdvice], { description: 'The regional advice published with the snapshot.' })
  advice(@Root() snapshot: PictureSnapshot, @Ctx() ctx: Context): Promise<RegionalAdvice[]> {
    return ctx.loaders.snapshotAdvice.load(snapshot.id);
  }
}
