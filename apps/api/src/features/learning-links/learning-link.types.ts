import { IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { Person } from '../recommendations/recommendation.types';

export const LearningKindEnum = { ACTIVITY: 'ACTIVITY', SESSION: 'SESSION', TRACK: 'TRACK' } as const;
export type LearningKind = keyof typeof LearningKindEnum;
registerEnumType(LearningKindEnum, {
  name: 'LearningKind',
  description: 'What a recommendation can be linked to: a learning activity, one of its sessions, a peer track.',
});

@ObjectType({ description: "One of the municipality's own people registered for linked learning." })
export class LearningAttendee {
  @Field(() => Person)
  person: Person;

  @Field({ description: 'When the session starts.' })
  sessionStartsAt: Date;

  @Field({ description: 'CONFIRMED or WAITLISTED.' })
  status: string;

  @Field(() => Boolean, { nullable: true, description: 'Recorded by programme staff after the session.' })
  attended: boolean | null;
}

@ObjectType({
  description:
    "The own municipality's part in linked learning (the chain: recommendation → learning → attendance). Only for the municipality's coordinators.",
})
export class LearningAttendance {
  @Field(() => Int)
  registered: number;

  @Field(() => Int)
  attended: number;

  @Field(() => [LearningAttendee])
  people: LearningAttendee[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'TRACK: whether the municipality is enrolled (not withdrawn); null for activities and sessions.',
  })
  enrolled: boolean | null;
}

@ObjectType({ description: 'Confidential: a link from a recommendation to learning that helps address it.' })
export class LearningLink {
  @Field(() => ID)
  id: string;

  @Field(() => LearningKindEnum)
  kind: LearningKind;

  @Field(() => ID, { description: 'The activity, session or track.' })
  targetId: string;

  @Field({ description: "The activity's or track's title (a session: its activity's)." })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The activity (of a session: its activity).' })
  activityId: string | null;

  @Field(() => Date, { nullable: true, description: 'A session: its start; a track: its first day.' })
  startsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A session: its status.' })
  sessionStatus: string | null;

  @Field()
  linkedAt: Date;

  @Field(() => Person, { nullable: true })
  linkedBy: Person | null;

  /** Filled by the field resolver; the municipality, for the attendance loader. */
  municipalityId: string;
  regionId: string;
}

@ObjectType({
  description:
    "What the programme offers on a recommendation's themes: activities, their open sessions, peer-learning tracks.",
})
export class LearningOfferItem {
  @Field(() => LearningKindEnum)
  kind: LearningKind;

  @Field(() => ID)
  id: string;

  @Field({ description: "The activity's or track's title (a session: its activity's)." })
  title: string;

  @Field(() => String, { nullable: true, description: 'The activity format (activities and sessions).' })
  format: string | null;

  @Field(() => ID, { nullable: true })
  activityId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'A session: its start; an activity: its next session; a track: its first day.',
  })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'A session: its registration deadline.' })
  registrationDeadline: Date | null;

  @Field(() => String, { nullable: true, description: 'A session: its status (OPEN, FULL, ...).' })
  sessionStatus: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A track: its last day.' })
  endsOn: string | null;

  @Field(() => [String], { description: "The recommendation's themes this item is on." })
  themes: string[];

  @Field({ description: 'Whether it starts in the future (upcoming items come first).' })
  upcoming: boolean;

  @Field(() => ID, { nullable: true, description: 'The link when the recommendation is linked to it already.' })
  linkId: string | null;
}

@InputType({ description: 'What to link a recommendation to.' })
export class LearningTargetInput {
  @Field(() => LearningKindEnum)
  @IsIn(Object.values(LearningKindEnum))
  kind: LearningKind;

  @Field(() => ID)
  @IsUUID()
  id: string;
}
