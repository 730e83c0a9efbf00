import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Municipality } from '../regions/region.types';
import type { SessionStatus } from '../sessions/session.entity';

export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatusEnum = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, s])) as {
  [K in RegistrationStatus]: K;
};
registerEnumType(RegistrationStatusEnum, {
  name: 'RegistrationStatus',
  description: 'CONFIRMED: has a seat; WAITLISTED: in line for one, in order of arrival; CANCELLED.',
});

export const REGISTRATION_PERIODS = ['UPCOMING', 'PAST'] as const;
export type RegistrationPeriod = (typeof REGISTRATION_PERIODS)[number];
export const RegistrationPeriodEnum = Object.fromEntries(REGISTRATION_PERIODS.map((s) => [s, s])) as {
  [K in RegistrationPeriod]: K;
};
registerEnumType(RegistrationPeriodEnum, {
  name: 'RegistrationPeriod',
  description: 'UPCOMING: sessions that have not ended (soonest first); PAST: ended sessions (latest first).',
});

@ObjectType({ description: 'A person on a registration: the registrant, or who registered them.' })
export class RegistrationPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType()
export class RegistrationPermissions {
  @Field({ description: 'Cancel the registration (not once cancelled, nor after the session started).' })
  cancel: boolean;

  @Field({ description: 'Evaluate the session: the registrant, marked as attended, after the session, once.' })
  evaluate: boolean;
}

@ObjectType({
  description:
    'A registration for a session. Shown only to the registrant, coordinators of their municipality and programme staff: attendance of a municipality can reveal a weak spot.',
})
export class Registration {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist, from 1; null unless WAITLISTED.' })
  waitlistPosition: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Recorded by programme staff after the session started; null: not recorded.',
  })
  attended: boolean | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => RegistrationPerson)
  participant: RegistrationPerson;

  @Field(() => RegistrationPerson, {
    description: 'The registrant themselves, or the coordinator who registered them.',
  })
  registeredBy: RegistrationPerson;

  sessionId: string;
  municipalityId: string;
  evaluated: boolean;
  sessionStartsAt: Date;
  sessionEndsAt: Date;
  sessionEvaluationClosesAt: Date;
  sessionStatus: SessionStatus;
}

@ObjectType()
export class RegistrationPage {
  @Field(() => [Registration])
  items: Registration[];

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: 'Registrations of one municipality for a session: counts only.' })
export class MunicipalityRegistrations {
  @Field(() => Municipality)
  municipality: Municipality;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Confirmed registrations marked as attended.' })
  attended: number;
}

@ObjectType({
  description: "A confirmed participant, shown to the region only when the session's showParticipantNames is on.",
})
export class SessionParticipant {
  @Field()
  name: string;

  @Field(() => Municipality)
  municipality: Municipality;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID()
  registrationId: string;

  @Field(() => Boolean, { nullable: true, description: 'null clears a recorded attendance.' })
  @IsOptional()
  @IsBoolean()
  attended: boolean | null;
}

@InputType()
export class MyRegistrationsFilter {
  @Field(() => RegistrationPeriodEnum, { defaultValue: 'UPCOMING' })
  @IsIn(REGISTRATION_PERIODS)
  period: RegistrationPeriod = 'UPCOMING';

  @Field({ defaultValue: false })
  @IsBoolean()
  includeCancelled: boolean = false;
}

/** Seats of a session, for the Session fields of the same names. */
export interface SessionSeats {
  confirmed: number;
  waitlisted: number;
  /** Registrations marked present; null until attendance is recorded. */
  attended: number | null;
}
