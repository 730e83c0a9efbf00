import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { CarriedOverChoice } from './carried-over.types';
import { Recommendation } from './recommendation.types';

/** The analyst's link from a re-scan recommendation to the earlier one it carries over. */
@Resolver()
export class CarriedOverResolver {
  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Query(() => CarriedOverChoice, {
    description: 'Confidential: the earlier recommendation this one carries over, and the ones it could.',
  })
  carriedOverChoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CarriedOverChoice> {
    return ctx.services.carriedOver.choice(acting(ctx), id);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => Recommendation, {
    description:
      "Sets (or clears, with fromId null) the earlier scan's recommendation this one carries over. " +
      'BAD_USER_INPUT NOT_EARLIER_RECOMMENDATION unless of an earlier scan of the same municipality.',
  })
  setRecommendationCarriedOver(
    @Arg('id', () => ID) id: string,
    @Arg('fromId', () => ID, { nullable: true }) fromId: string | null,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    return ctx.services.carriedOver.set(acting(ctx), id, fromId, expectedVersion);
  }
}
