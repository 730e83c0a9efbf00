import type { Role } from '@rode-draad/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';

/**
 * The home page: "what now?" for the viewer. Each section is present (non-null) only when the
 * viewer holds the permission behind it, so the web app shows sections by what the API answered,
 * never by role name. Lists are short (the first few, soonest first) with totals beside them.
 */

@ObjectType({ description: 'A session as the home page lists it, with its seats.' })
export class HomeSession {
  @Field(() => ID)
  id: string;

  @Field({ description: "The learning activity's title." })
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  registrationDeadline: Date;

  @Field({ description: 'DRAFT, OPEN, FULL, CANCELLED or COMPLETED.' })
  status: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  waitlisted: number;
}

@ObjectType({ description: 'A session the viewer waits for, with their place in the queue.' })
export class HomeWaitlistEntry {
  @Field(() => HomeSession)
  session: HomeSession;

  @Field(() => Int, { description: '1 = next in line.' })
  position: number;
}

@ObjectType({ description: 'A session the viewer attended and can still evaluate.' })
export class HomeEvaluationDue {
  @Field(() => HomeSession)
  session: HomeSession;

  @Field()
  closesAt: Date;
}

@ObjectType({ description: 'A peer-learning track whose enrolment window is open now.' })
export class HomeTrack {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  enrolmentClosesAt: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the viewer's municipality enrolled; null for viewers who may not see enrolments.",
  })
  enrolled: boolean | null;
}

@ObjectType({ description: "A colleague's registration for an upcoming session (the own municipality's)." })
export class HomeColleagueRegistration {
  @Field(() => ID)
  id: string;

  @Field()
  personName: string;

  @Field({ description: 'CONFIRMED or WAITLISTED.' })
  status: string;

  @Field(() => HomeSession)
  session: HomeSession;
}

@ObjectType({ description: 'A recommendation whose due date is near or past (confidential).' })
export class HomeRecommendation {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LocalDate)
  dueDate: string;

  @Field()
  status: string;
}

@ObjectType({ description: 'Follow-up that needs attention: own municipality (coordinators) or assigned (owners).' })
export class HomeFollowUp {
  @Field(() => [HomeRecommendation], { description: 'Open or in progress, due today or within the coming two weeks.' })
  dueSoon: HomeRecommendation[];

  @Field(() => Int)
  dueSoonTotal: number;

  @Field(() => [HomeRecommendation], { description: 'Open or in progress, due before today (Europe/Amsterdam).' })
  overdue: HomeRecommendation[];

  @Field(() => Int)
  overdueTotal: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  notAdopted: number;
}

@ObjectType({ description: 'A regional theme.' })
export class HomeTheme {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: "The programme team's agenda." })
export class HomeProgramme {
  @Field(() => [HomeSession], { description: 'The next published sessions, with their fill rate.' })
  upcoming: HomeSession[];

  @Field(() => [HomeSession], { description: 'Upcoming sessions still in draft.' })
  drafts: HomeSession[];

  @Field(() => Int)
  draftTotal: number;

  @Field(() => [HomeSession], { description: 'Open sessions whose registration closes within seven days.' })
  deadlinesThisWeek: HomeSession[];

  @Field(() => [HomeSession], { description: 'Upcoming sessions with people on the waitlist.' })
  withWaitlist: HomeSession[];

  @Field(() => [HomeTheme], { description: 'Active themes without any upcoming published session.' })
  themesWithoutOffer: HomeTheme[];
}

@ObjectType({
  description: 'A municipality whose scan is missing or old, or whose recommendations lack a theme (confidential).',
})
export class HomeMunicipalityScan {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  name: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest scan; null when there is none.' })
  lastScanDate: string | null;

  @Field({ description: 'No scan, or the latest is older than `staleAfterYears`.' })
  scanMissingOrOld: boolean;

  @Field(() => Int, { description: 'Recommendations not linked to any regional theme.' })
  withoutTheme: number;
}

@ObjectType({ description: "The RIEC's agenda: scans, theme links and the regional picture (confidential)." })
export class HomeAnalysis {
  @Field(() => Int)
  staleAfterYears: number;

  @Field(() => [HomeMunicipalityScan])
  municipalities: HomeMunicipalityScan[];

  @Field(() => ID, { nullable: true, description: 'The latest published snapshot, if any.' })
  lastSnapshotId: string | null;

  @Field(() => Date, { nullable: true })
  lastSnapshotAt: Date | null;

  @Field(() => Int, { description: 'Scans recorded since the latest snapshot (all of them without one).' })
  scansSinceSnapshot: number;

  @Field(() => Int, { description: 'Recommendations recorded since the latest snapshot.' })
  recommendationsSinceSnapshot: number;
}

@ObjectType({ description: 'A role grant request waiting for approval.' })
export class HomeRoleGrant {
  @Field(() => ID)
  id: string;

  @Field()
  userName: string;

  @Field(() => RoleEnum)
  requestedRole: Role;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field()
  requestedAt: Date;
}

@ObjectType({ description: 'A blocked account.' })
export class HomeAccount {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  disabledAt: Date;
}

@ObjectType({ description: "The platform operator's agenda." })
export class HomeAdministration {
  @Field(() => [HomeAccount])
  disabledAccounts: HomeAccount[];

  @Field(() => Int)
  disabledTotal: number;

  @Field(() => Int, { description: 'E-mails that could not be delivered (FAILED in the outbox).' })
  failedMessages: number;

  @Field(() => Int, { description: 'Account invitations whose link still works (sent, not used, revoked or expired).' })
  pendingInvitations: number;
}

@ObjectType({ description: "What the viewer has to do next; a section is null when it is not the viewer's work." })
export class Home {
  @Field(() => [HomeSession], { nullable: true, description: 'My confirmed upcoming sessions.' })
  nextSessions: HomeSession[] | null;

  @Field(() => [HomeWaitlistEntry], { nullable: true })
  waitlist: HomeWaitlistEntry[] | null;

  @Field(() => [HomeEvaluationDue], { nullable: true })
  evaluationsToGive: HomeEvaluationDue[] | null;

  @Field(() => [HomeTrack], { nullable: true })
  openTracks: HomeTrack[] | null;

  @Field(() => HomeFollowUp, { nullable: true })
  followUp: HomeFollowUp | null;

  @Field(() => [HomeColleagueRegistration], { nullable: true })
  colleagueRegistrations: HomeColleagueRegistration[] | null;

  @Field(() => HomeProgramme, { nullable: true })
  programme: HomeProgramme | null;

  @Field(() => HomeAnalysis, { nullable: true })
  analysis: HomeAnalysis | null;

  @Field(() => [HomeRoleGrant], { nullable: true, description: 'Role grant requests waiting for approval.' })
  pendingRoleGrants: HomeRoleGrant[] | null;

  @Field(() => HomeAdministration, { nullable: true })
  administration: HomeAdministration | null;
}
