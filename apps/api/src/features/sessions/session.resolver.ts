import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { LearningActivity } from '../activities/activity.types';
import { Municipality } from '../regions/region.types';
import { Theme } from '../themes/theme.types';
import {
  Facilitator,
  OverlapQuery,
  PlanSessionsInput,
  Session,
  SessionFilter,
  SessionInput,
  SessionOverlap,
  SessionPage,
  SessionPermissions,
  Venue,
} from './session.types';
import { listedOr, primeSessionList } from './session-list';
import { PlanSessionSeriesInput, SeriesOccurrence, SessionSeriesInput } from './session-series.types';

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => LearningActivity)
  activity(@Root() session: Session, @Ctx() ctx: Context): LearningActivity | Promise<LearningActivity> {
    return listedOr(
      session,
      (listed) => listed.activity,
      async () => (await ctx.loaders.activity.load(session.activityId)) as LearningActivity,
    );
  }

  @FieldResolver(() => [Theme], { description: "The activity's themes." })
  themes(@Root() session: Session, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return listedOr(
      session,
      (listed) => listed.themes,
      () => ctx.loaders.activityThemes.load(session.activityId),
    );
  }

  @FieldResolver(() => Venue, { nullable: true })
  venue(@Root() session: Session, @Ctx() ctx: Context): Venue | null | Promise<Venue | null> {
    const { venueId } = session;
    return venueId
      ? listedOr(
          session,
          (listed) => listed.venue,
          () => ctx.loaders.venue.load(venueId),
        )
      : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  hostMunicipality(@Root() session: Session, @Ctx() ctx: Context): Municipality | null | Promise<Municipality | null> {
    const { hostMunicipalityId } = session;
    return hostMunicipalityId
      ? listedOr(
          session,
          (listed) => listed.hostMunicipality,
          () => ctx.loaders.municipality.load(hostMunicipalityId),
        )
      : null;
  }

  @FieldResolver(() => [Facilitator], { description: 'By name.' })
  facilitators(@Root() session: Session, @Ctx() ctx: Context): Promise<Facilitator[]> {
    return ctx.loaders.sessionFacilitators.load(session.id);
  }

  @FieldResolver(() => SessionPermissions, { description: 'What the viewer may do with this session.' })
  viewerCan(@Root() session: Session, @Ctx() ctx: Context): SessionPermissions {
    const staff = can(requireViewer(ctx.viewer), Permission.PROGRAMME_PLAN);
    return {
      edit: staff && session.status !== 'CANCELLED',
      cancel: staff && session.status !== 'CANCELLED' && session.status !== 'COMPLETED',
    };
  }

  @Authorized()
  @Query(() => SessionPage, { description: "Sessions of the viewer's region by start, for lists and calendar views." })
  async sessions(
    @Arg('filter', () => SessionFilter, { nullable: true }) filter: SessionFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<SessionPage> {
    const list = await ctx.services.learningSessions.list(requireViewer(ctx.viewer), filter ?? {}, page ?? firstPage());
    primeSessionList(ctx.loaders, list);
    return list;
  }

  @Authorized()
  @Query(() => Session, { description: "A session of the viewer's region; NOT_FOUND for any other id." })
  session(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Session> {
    return ctx.services.learningSessions.byId(requireViewer(ctx.viewer).regionId, id);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Query(() => [SessionOverlap], {
    description:
      'Sessions at the same time for the same target audience: a warning before saving, not an error. At most 50.',
  })
  overlappingSessions(@Arg('input') input: OverlapQuery, @Ctx() ctx: Context): Promise<SessionOverlap[]> {
    return ctx.services.learningSessions.overlapping(requireViewer(ctx.viewer).regionId, input);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => [Session], {
    description:
      'Plans one session or a series of an activity, all or nothing. Double booking of a venue or facilitator: CONFLICT VENUE_CLASH / FACILITATOR_CLASH.',
  })
  planSessions(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('input') input: PlanSessionsInput,
    @Ctx() ctx: Context,
  ): Promise<Session[]> {
    return ctx.services.learningSessions.plan(requireViewer(ctx.viewer), activityId, input.sessions);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Session, {
    description: 'Replaces the fields and facilitators of a session. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateSession(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SessionInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    return ctx.services.learningSessions.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Session, {
    description: 'Cancels a session; it stays visible as CANCELLED and frees its venue and facilitators.',
  })
  cancelSession(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    return ctx.services.learningSessions.cancel(requireViewer(ctx.viewer), id, expectedVersion);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Query(() => [SeriesOccurrence], {
    description:
      'The sessions a repeat rule would plan for an activity, each with its double bookings (saving would be refused) and same-audience overlaps (a warning). Writes nothing.',
  })
  sessionSeriesPreview(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('input') input: SessionSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<SeriesOccurrence[]> {
    return ctx.services.learningSessions.previewSeries(requireViewer(ctx.viewer), activityId, input);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => [Session], {
    description:
      'Plans the sessions of a repeat rule, as previewed, without skipDates: all or nothing, as one series. Double booking: CONFLICT VENUE_CLASH / FACILITATOR_CLASH.',
  })
  planSessionSeries(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('input') input: PlanSessionSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<Session[]> {
    return ctx.services.learningSessions.planSeries(requireViewer(ctx.viewer), activityId, input);
  }
}
