import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EVALUATION_WINDOW_DAYS_DEFAULT, EVALUATION_WINDOW_DAYS_MAX, SESSION_SERIES_MAX } from '@rode-draad/shared';
import { IsNotBlank } from '../../common/validation';
import { ActivityFormatEnum, TargetAudienceEnum } from '../activities/activity.types';
import type { ActivityFormat, TargetAudience } from '../activities/activity.entity';
import { SESSION_STATUSES, type SessionStatus } from './session.entity';
import type { ListedRelations } from './session-list';

export const SessionStatusEnum = Object.fromEntries(SESSION_STATUSES.map((s) => [s, s])) as { [K in SessionStatus]: K };
registerEnumType(SessionStatusEnum, {
  name: 'SessionStatus',
  description: 'DRAFT: being planned; OPEN: open for registration; FULL; CANCELLED (kept, for calendars); COMPLETED.',
});

/** Statuses staff set by editing a session; CANCELLED goes through cancelSession, FULL follows registrations. */
export const SETTABLE_SESSION_STATUSES = ['DRAFT', 'OPEN', 'COMPLETED'] as const;

export const SESSION_CAPACITY_MAX = 10000;

@ObjectType({ description: 'A place sessions happen.' })
export class Venue {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field()
  room: string;
}

@InputType()
export class VenueInput {
  @Field()
  @IsNotBlank()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(200)
  room?: string | null;
}

@ObjectType({ description: 'Someone who leads sessions, from inside or outside the platform.' })
export class Facilitator {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  organisation: string;

  /** Exposed by FacilitatorResolver.email, to programme staff only. */
  email: string | null;
}

@InputType()
export class FacilitatorInput {
  @Field()
  @IsNotBlank()
  @Length(1, 120)
  name: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(200)
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

@ObjectType()
export class SessionPermissions {
  @Field({ description: 'Edit the session (programme staff; not once cancelled).' })
  edit: boolean;

  @Field({ description: 'Cancel the session (programme staff; not once cancelled or completed).' })
  cancel: boolean;
}

@ObjectType({ description: 'A session of a learning activity: a time, a place or link, a capacity. Not confidential.' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Shared by the sessions planned together as a series.' })
  seriesId: string | null;

  @Field({ description: 'UTC on the wire; show in timeZone.' })
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'The IANA time zone the session is planned in: Europe/Amsterdam.' })
  timeZone: string;

  /** Resolved per viewer (`onlineUrl` in SessionRegistrationResolver): staff and confirmed registrants only. */
  onlineUrl: string | null;

  @Field({ description: 'Whether the session has an online meeting link (the link itself: see onlineUrl).' })
  online: boolean;

  @Field(() => Int)
  capacity: number;

  @Field()
  registrationDeadline: Date;

  @Field(() => Int, { nullable: true, description: 'Seats one municipality may take at most; null: no limit.' })
  maxPerMunicipality: number | null;

  @Field(() => SessionStatusEnum)
  status: SessionStatus;

  @Field({
    description: "Whether participants see each other's names. Off by default: attendance can reveal a weak spot.",
  })
  showParticipantNames: boolean;

  @Field(() => Int, { description: 'Days after the end during which attendees can evaluate the session.' })
  evaluationWindowDays: number;

  @Field({
    description:
      'When the evaluation window closes: evaluations are taken until then, and their results released then, once.',
  })
  evaluationClosesAt: Date;

  @Field(() => Int, { description: 'Optimistic lock: pass it back as expectedVersion; raised on every edit.' })
  version: number;

  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised on every change of time, place or status.' })
  sequence: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  activityId: string;
  venueId: string | null;
  hostMunicipalityId: string | null;
  /**
   * What the list read with the session (session-list), so its field resolvers answer in place:
   * graphql-js completes a plain value at once, a promise (even a loader's cached one) only later,
   * with a promise per row to gather its fields.
   */
  listed?: ListedRelations;
}

@ObjectType()
export class SessionPage {
  @Field(() => [Session])
  items: Session[];

  @Field(() => Int, { description: 'All sessions matching the filter, over all pages.' })
  total: number;
}

@InputType()
export class SessionInput {
  @Field({ description: 'UTC or with offset, e.g. 2025-03-04T09:00:00+01:00.' })
  @IsDate()
  startsAt: Date;

  @Field({ description: 'After startsAt.' })
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'A venue, an online link, or both.' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  hostMunicipalityId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(SESSION_CAPACITY_MAX)
  capacity: number;

  @Field(() => Date, { nullable: true, description: 'At or before startsAt; startsAt when empty.' })
  @IsOptional()
  @IsDate()
  registrationDeadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'At most capacity.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SESSION_CAPACITY_MAX)
  maxPerMunicipality?: number | null;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  facilitatorIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  showParticipantNames?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days after the end for evaluations (1 to ${EVALUATION_WINDOW_DAYS_MAX}); ${EVALUATION_WINDOW_DAYS_DEFAULT} for new sessions when empty, unchanged on edit when empty. Fixed once the window has closed.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVALUATION_WINDOW_DAYS_MAX)
  evaluationWindowDays?: number | null;

  @Field(() => SessionStatusEnum, {
    nullable: true,
    description: 'DRAFT, OPEN or COMPLETED; DRAFT for new sessions when empty, unchanged on edit when empty.',
  })
  @IsOptional()
  @IsIn(SETTABLE_SESSION_STATUSES)
  status?: SessionStatus | null;
}

@InputType({
  description: 'One session, or a series (e.g. a three-part masterclass) planned in one go: all or nothing.',
})
export class PlanSessionsInput {
  @Field(() => [SessionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(SESSION_SERIES_MAX)
  @ValidateNested({ each: true })
  sessions: SessionInput[];
}

@InputType()
export class SessionFilter {
  @Field(() => Date, { nullable: true, description: 'Sessions ending after this moment.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sessions starting before this moment.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => ActivityFormatEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ActivityFormatEnum))
  format?: ActivityFormat | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  hostMunicipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  activityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => SessionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus | null;

  @Field({ nullable: true, description: "Matches the activity's title or description, or the venue's name." })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType({ description: 'A session being planned, to warn about sessions at the same time for the same audience.' })
export class OverlapQuery {
  @Field(() => ID, { description: 'The activity being planned; its target audiences are compared.' })
  @IsUUID()
  activityId: string;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'The session being edited, left out of the answer.' })
  @IsOptional()
  @IsUUID()
  excludeSessionId?: string | null;
}

@ObjectType({ description: 'A session that overlaps in time with one being planned, for the same target audience.' })
export class SessionOverlap {
  @Field(() => Session)
  session: Session;

  @Field(() => [TargetAudienceEnum], { description: 'The audiences both activities share.' })
  sharedAudiences: TargetAudience[];
}
