import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { FollowUpProgress, ProgressFilter } from './progress.types';

@Resolver()
export class ProgressResolver {
  @Authorized(Permission.FOLLOW_UP_OVERVIEW)
  @Query(() => FollowUpProgress, {
    description:
      "Confidential: the own municipality's follow-up over time (status and overdue by month, by facet and theme, baseline vs re-scan).",
  })
  followUpProgress(
    @Arg('filter', () => ProgressFilter, { nullable: true }) filter: ProgressFilter | null,
    @Ctx() ctx: Context,
  ): Promise<FollowUpProgress> {
    return ctx.services.progress.overview(acting(ctx), filter ?? {});
  }
}
