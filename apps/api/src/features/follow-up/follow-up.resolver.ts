import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Recommendation } from '../recommendations/recommendation.types';
import { FollowUpInput, ProgressInput, TimelineEntry } from './follow-up.types';

@Resolver(() => Recommendation)
export class FollowUpResolver {
  @FieldResolver(() => [TimelineEntry], {
    description:
      'Confidential: everything that happened to the recommendation (status, owner, due date, progress, files), newest first.',
  })
  timeline(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<TimelineEntry[]> {
    return ctx.loaders.timeline.load(rec.id);
  }

  @Authorized(Permission.FOLLOW_UP_WRITE)
  @Mutation(() => Recommendation, {
    description:
      'Saves status, owner, due date and a progress note together. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  recordFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: FollowUpInput,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    return ctx.services.followUp.record(acting(ctx), id, input);
  }

  @Authorized(Permission.FOLLOW_UP_PROGRESS)
  @Mutation(() => Recommendation, {
    description:
      "Adds a progress update (note, links) without touching status, owner or due date: the municipality's coordinators, and a participant on a recommendation they own.",
  })
  recordProgress(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ProgressInput,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    return ctx.services.progressUpdates.record(acting(ctx), id, input);
  }
}
