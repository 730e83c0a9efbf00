import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { Programme } from '../programmes/programme.types';
import { Person } from '../recommendations/recommendation.types';
import { Session } from '../sessions/session.types';
import { Theme } from '../themes/theme.types';
import {
  ActivityFilter,
  ActivityInput,
  ActivityPermissions,
  LearningActivity,
  LearningActivityPage,
} from './activity.types';

@Resolver(() => LearningActivity)
export class ActivityResolver {
  @FieldResolver(() => Programme)
  async programme(@Root() activity: LearningActivity, @Ctx() ctx: Context): Promise<Programme> {
    return (await ctx.loaders.programme.load(activity.programmeId)) as Programme;
  }

  @FieldResolver(() => [Theme], { description: 'The regional themes the activity addresses, by title.' })
  themes(@Root() activity: LearningActivity, @Ctx() ctx: Context): Promise<Theme[]> {
    return ctx.loaders.activityThemes.load(activity.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who in the programme team looks after the activity.' })
  owner(@Root() activity: LearningActivity, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.person.load(activity.ownerUserId);
  }

  @FieldResolver(() => [Session], { description: 'All sessions, cancelled ones included, by start.' })
  sessions(@Root() activity: LearningActivity, @Ctx() ctx: Context): Promise<Session[]> {
    return ctx.loaders.activitySessions.load(activity.id);
  }

  @FieldResolver(() => ActivityPermissions, { description: 'What the viewer may do with this activity.' })
  viewerCan(@Ctx() ctx: Context): ActivityPermissions {
    return { edit: can(requireViewer(ctx.viewer), Permission.PROGRAMME_PLAN) };
  }

  @Authorized()
  @Query(() => LearningActivityPage, {
    description:
      "Learning activities of the viewer's region, by planned year, quarter and title. Filter by themeId for a theme's offer.",
  })
  activities(
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<LearningActivityPage> {
    return ctx.services.activities.list(requireViewer(ctx.viewer).regionId, filter ?? {}, page ?? firstPage());
  }

  @Authorized()
  @Query(() => LearningActivity, { description: "An activity of the viewer's region; NOT_FOUND for any other id." })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LearningActivity> {
    return ctx.services.activities.byId(requireViewer(ctx.viewer).regionId, id);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => LearningActivity)
  createActivity(@Arg('input') input: ActivityInput, @Ctx() ctx: Context): Promise<LearningActivity> {
    return ctx.services.activities.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => LearningActivity, {
    description:
      'Replaces the fields and themes of an activity; it stays in its programme. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateActivity(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ActivityInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<LearningActivity> {
    return ctx.services.activities.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }
}
