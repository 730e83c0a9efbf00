import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { Municipality } from '../regions/region.types';
import { andThen } from '../../common/maybe-promise';
import { listedOr } from '../sessions/session-list';
import { Session } from '../sessions/session.types';
import { registrationOpen } from './registration.service';
import {
  AttendanceInput,
  MunicipalityRegistrations,
  MyRegistrationsFilter,
  Registration,
  RegistrationPage,
  RegistrationPermissions,
  SessionParticipant,
} from './registration.types';

@Resolver(() => Registration)
export class RegistrationResolver {
  @FieldResolver(() => Session)
  async session(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Session> {
    return (await ctx.loaders.session.load(registration.sessionId)) as Session;
  }

  @FieldResolver(() => Municipality, { description: "The registrant's municipality when they registered." })
  async municipality(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipality.load(registration.municipalityId)) as Municipality;
  }

  @FieldResolver(() => RegistrationPermissions, { description: 'What the viewer may do with this registration.' })
  viewerCan(@Root() r: Registration, @Ctx() ctx: Context): RegistrationPermissions {
    const viewer = requireViewer(ctx.viewer);
    const now = Date.now();
    return {
      // Whoever sees a registration may cancel it (own, own municipality's, or staff); see RegistrationService.
      cancel: r.status !== 'CANCELLED' && r.sessionStatus !== 'COMPLETED' && r.sessionStartsAt.getTime() > now,
      evaluate:
        r.participant.id === viewer.userId &&
        r.status === 'CONFIRMED' &&
        r.attended === true &&
        r.sessionEndsAt.getTime() <= now &&
        r.sessionEvaluationClosesAt.getTime() > now &&
        !r.evaluated,
    };
  }

  @Authorized(Permission.REGISTRATION_SELF)
  @Query(() => RegistrationPage, { description: "The viewer's own registrations." })
  myRegistrations(
    @Arg('filter', () => MyRegistrationsFilter, { nullable: true }) filter: MyRegistrationsFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<RegistrationPage> {
    return ctx.services.registrations.mine(
      requireViewer(ctx.viewer),
      filter ?? new MyRegistrationsFilter(),
      page ?? firstPage(),
    );
  }

  @Authorized(Permission.REGISTRATION_READ, Permission.REGISTRATION_COLLEAGUES)
  @Query(() => [Registration], {
    description:
      "A session's registrations: confirmed, waitlist in order, cancelled. Programme staff see all; coordinators only their own municipality's.",
  })
  sessionRegistrations(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<Registration[]> {
    return ctx.services.registrations.ofSession(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.REGISTRATION_READ)
  @Query(() => [MunicipalityRegistrations], {
    description: 'Registration counts per municipality for a session, by municipality name.',
  })
  registrationsByMunicipality(
    @Arg('sessionId', () => ID) sessionId: string,
    @Ctx() ctx: Context,
  ): Promise<MunicipalityRegistrations[]> {
    return ctx.services.registrations.byMunicipality(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.REGISTRATION_READ)
  @Query(() => String, {
    description:
      'The participant list as CSV (semicolons, UTF-8 with BOM): name, e-mail, municipality, status, attended.',
  })
  participantListCsv(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.registrations.participantListCsv(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.REGISTRATION_SELF)
  @Mutation(() => Registration, {
    description:
      'Registers the viewer: CONFIRMED when a seat fits, else WAITLISTED. Closed: CONFLICT REGISTRATION_CLOSED.',
  })
  registerForSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<Registration> {
    return ctx.services.registrations.register(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.REGISTRATION_COLLEAGUES)
  @Mutation(() => Registration, {
    description: "Registers a colleague of the coordinator's own municipality; anyone else is NOT_FOUND.",
  })
  registerColleague(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return ctx.services.registrations.register(requireViewer(ctx.viewer), sessionId, userId);
  }

  @Authorized(Permission.REGISTRATION_SELF, Permission.REGISTRATION_MANAGE)
  @Mutation(() => Registration, {
    description:
      "Cancels a registration (own; a coordinator's colleagues; staff: any). A freed seat goes to the first on the waitlist who fits.",
  })
  cancelRegistration(
    @Arg('registrationId', () => ID) registrationId: string,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return ctx.services.registrations.cancel(requireViewer(ctx.viewer), registrationId);
  }

  @Authorized(Permission.REGISTRATION_MANAGE)
  @Mutation(() => [Registration], {
    description: 'Records attendance of confirmed registrations (at most 1000 at once), once the session has started.',
  })
  recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('attendance', () => [AttendanceInput]) attendance: AttendanceInput[],
    @Ctx() ctx: Context,
  ): Promise<Registration[]> {
    return ctx.services.registrations.recordAttendance(requireViewer(ctx.viewer), sessionId, attendance);
  }
}

/** The viewer's registration for a session: read with the list, else through the loader. */
const viewerRegistrationOf = (session: Session, ctx: Context) =>
  listedOr(
    session,
    (listed) => listed.viewerRegistration,
    () => ctx.loaders.viewerRegistration.load(session.id),
  );

const seatsOf = (session: Session, ctx: Context) =>
  listedOr(
    session,
    (listed) => listed.seats,
    () => ctx.loaders.sessionSeats.load(session.id),
  );

@Resolver(() => Session)
export class SessionRegistrationResolver {
  @FieldResolver(() => Registration, {
    nullable: true,
    description: "The viewer's confirmed or waitlisted registration.",
  })
  viewerRegistration(
    @Root() session: Session,
    @Ctx() ctx: Context,
  ): Registration | null | Promise<Registration | null> {
    return viewerRegistrationOf(session, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The online meeting link, for programme staff and those with a confirmed seat; null for everyone else.',
  })
  onlineUrl(@Root() session: Session, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const { onlineUrl } = session;
    if (!onlineUrl || !ctx.viewer) {
      return null;
    }
    if (can(ctx.viewer, Permission.PROGRAMME_PLAN)) {
      return onlineUrl;
    }
    return andThen(viewerRegistrationOf(session, ctx), (registration) =>
      registration?.status === 'CONFIRMED' ? onlineUrl : null,
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many attended, over all municipalities; null until attendance is recorded.',
  })
  attendance(@Root() session: Session, @Ctx() ctx: Context): number | null | Promise<number | null> {
    return andThen(seatsOf(session, ctx), (seats) => seats.attended);
  }

  @FieldResolver(() => Int, { description: 'Confirmed registrations.' })
  seatsTaken(@Root() session: Session, @Ctx() ctx: Context): number | Promise<number> {
    return andThen(seatsOf(session, ctx), (seats) => seats.confirmed);
  }

  @FieldResolver(() => Int)
  seatsLeft(@Root() session: Session, @Ctx() ctx: Context): number | Promise<number> {
    return andThen(seatsOf(session, ctx), (seats) => Math.max(0, session.capacity - seats.confirmed));
  }

  @FieldResolver(() => Int)
  waitlistLength(@Root() session: Session, @Ctx() ctx: Context): number | Promise<number> {
    return andThen(seatsOf(session, ctx), (seats) => seats.waitlisted);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may register now (a participant or coordinator, not registered yet).',
  })
  viewerCanRegister(@Root() session: Session, @Ctx() ctx: Context): boolean | Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    if (!can(viewer, Permission.REGISTRATION_SELF) || !registrationOpen(session)) {
      return false;
    }
    return andThen(viewerRegistrationOf(session, ctx), (registration) => !registration);
  }

  @FieldResolver(() => [SessionParticipant], {
    nullable: true,
    description: 'Confirmed participants by name, only when showParticipantNames is on; null otherwise.',
  })
  participants(@Root() session: Session, @Ctx() ctx: Context): Promise<SessionParticipant[]> | null {
    return session.showParticipantNames ? ctx.loaders.sessionParticipants.load(session.id) : null;
  }
}
