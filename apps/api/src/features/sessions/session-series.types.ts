import { REPEAT_FREQUENCIES, SESSION_SERIES_MAX, WEEKS_OF_MONTH, type RepeatFrequency } from '@rode-draad/shared';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Session, SessionInput, SessionOverlap } from './session.types';

export const RepeatFrequencyEnum = Object.fromEntries(REPEAT_FREQUENCIES.map((f) => [f, f])) as {
  [K in RepeatFrequency]: K;
};
registerEnumType(RepeatFrequencyEnum, {
  name: 'RepeatFrequency',
  description: 'WEEKLY: the weekday of the first session, every n weeks. MONTHLY: the nth (or last) such weekday.',
});

@InputType({
  description:
    'How a series repeats, in Amsterdam calendar dates from the first session on. Ends on until (inclusive) or after count sessions: exactly one.',
})
export class RepeatInput {
  @Field(() => RepeatFrequencyEnum)
  @IsIn(REPEAT_FREQUENCIES)
  frequency: RepeatFrequency;

  @Field(() => Int, { defaultValue: 1, description: 'Every n weeks or months, 1 to 12.' })
  @IsInt()
  interval: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "MONTHLY: which of the month's weekdays of the first session's kind, 1 to 5 or -1 for the last. Months without a 5th are skipped, not counted.",
  })
  @IsOptional()
  @IsIn(WEEKS_OF_MONTH)
  weekOfMonth?: number | null;

  @Field(() => String, { nullable: true, description: 'The last possible date, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @MaxLength(10)
  until?: string | null;

  @Field(() => Int, { nullable: true, description: `The number of sessions, at most ${SESSION_SERIES_MAX}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  count?: number | null;
}

@InputType({
  description:
    'A series from a repeat rule: the first session as a template (its Amsterdam date, times and registration deadline repeat at the same wall-clock times) and the rule.',
})
export class SessionSeriesInput {
  @Field(() => SessionInput)
  @ValidateNested()
  first: SessionInput;

  @Field(() => RepeatInput)
  @ValidateNested()
  repeat: RepeatInput;
}

@InputType()
export class PlanSessionSeriesInput extends SessionSeriesInput {
  @Field(() => [String], {
    defaultValue: [],
    description: 'Dates (YYYY-MM-DD) of the preview not to plan; each must be a date of the series.',
  })
  @ArrayMaxSize(SESSION_SERIES_MAX)
  @ArrayUnique()
  @MaxLength(10, { each: true })
  skipDates: string[];
}

@ObjectType({ description: 'What a session of a series would run into: a venue or facilitator already booked.' })
export class SessionClash {
  @Field(() => String, { description: 'VENUE_CLASH or FACILITATOR_CLASH: saving would be refused.' })
  reason: 'VENUE_CLASH' | 'FACILITATOR_CLASH';

  @Field(() => Session, {
    nullable: true,
    description: 'The session already booked; null for another date of this series.',
  })
  session: Session | null;

  @Field(() => String, { nullable: true, description: 'The date of this series it clashes with, if any.' })
  seriesDate: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the facilitator booked twice (FACILITATOR_CLASH).' })
  facilitatorName: string | null;
}

@ObjectType({ description: 'One session a repeat rule would plan, with what it runs into.' })
export class SeriesOccurrence {
  @Field({ description: 'The Amsterdam calendar date, YYYY-MM-DD: the key to skip it.' })
  date: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field()
  registrationDeadline: Date;

  @Field(() => [SessionClash], { description: 'Double bookings: saving with this date would be refused.' })
  clashes: SessionClash[];

  @Field(() => [SessionOverlap], { description: 'Sessions at the same time for a shared audience: a warning only.' })
  overlaps: SessionOverlap[];
}
