import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';
import { PictureTheme } from '../picture/picture.types';
import {
  ADVICE_BODY_MAX,
  ADVICE_PRIORITIES,
  ADVICE_TITLE_MAX,
  ANSWER_EXPLANATION_MAX,
  ANSWER_LINKS_MAX,
  ANSWER_STATUSES,
  type AdvicePriority,
  type AnswerStatus,
} from './regional-advice.rules';

export type { AdvicePriority, AnswerStatus } from './regional-advice.rules';

export const AdvicePriorityEnum: { [K in AdvicePriority]: K } = { HIGH: 'HIGH', MEDIUM: 'MEDIUM', LOW: 'LOW' };
registerEnumType(AdvicePriorityEnum, {
  name: 'AdvicePriority',
  description: 'Priority of a piece of regional advice.',
});

export const AnswerStatusEnum: { [K in AnswerStatus]: K } = {
  NOT_STARTED: 'NOT_STARTED',
  PLANNED: 'PLANNED',
  UNDER_WAY: 'UNDER_WAY',
  ANSWERED: 'ANSWERED',
};
registerEnumType(AnswerStatusEnum, {
  name: 'AdviceAnswerStatus',
  description: "How far the programme's answer to a piece of regional advice is.",
});

@InputType({ description: 'A piece of regional advice, published with the snapshot and immutable with it.' })
export class RegionalAdviceInput {
  @Field()
  @IsNotBlank()
  @MaxLength(ADVICE_TITLE_MAX)
  title: string;

  @Field()
  @IsNotBlank()
  @MaxLength(ADVICE_BODY_MAX)
  body: string;

  @Field(() => AdvicePriorityEnum)
  @IsIn(ADVICE_PRIORITIES)
  priority: AdvicePriority;

  @Field(() => [ID], { description: 'Themes of the region the advice is about.' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(10)
  themeIds: string[];
}

@InputType({ description: "The programme's answer to a piece of regional advice, replacing the current one." })
export class AdviceAnswerInput {
  @Field(() => ID)
  @IsUUID()
  adviceId: string;

  @Field(() => AnswerStatusEnum)
  @IsIn(ANSWER_STATUSES)
  status: AnswerStatus;

  @Field({ description: 'Required: why this status, what the programme does.' })
  @IsNotBlank()
  @MaxLength(ANSWER_EXPLANATION_MAX)
  explanation: string;

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(ANSWER_LINKS_MAX)
  activityIds: string[];

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(ANSWER_LINKS_MAX)
  trackIds: string[];

  @Field(() => Int, { description: 'The answer version the form loaded; 0 before the first answer.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}

@ObjectType({ description: 'An activity or peer-learning track linked to an answer, with its title.' })
export class AdviceAnswerLink {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'The current answer of the programme.' })
export class AdviceAnswer {
  @Field(() => AnswerStatusEnum)
  status: AnswerStatus;

  @Field()
  explanation: string;

  @Field(() => [AdviceAnswerLink])
  activities: AdviceAnswerLink[];

  @Field(() => [AdviceAnswerLink])
  tracks: AdviceAnswerLink[];

  @Field()
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  updatedByName: string | null;
}

@ObjectType({ description: 'One change of the answer: the answer over time.' })
export class AdviceAnswerEvent {
  @Field(() => Int)
  version: number;

  @Field(() => AnswerStatusEnum)
  status: AnswerStatus;

  @Field()
  explanation: string;

  @Field(() => [AdviceAnswerLink], { description: 'Activities linked after the change, titled as they were then.' })
  activities: AdviceAnswerLink[];

  @Field(() => [AdviceAnswerLink], { description: 'Tracks linked after the change, titled as they were then.' })
  tracks: AdviceAnswerLink[];

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  byName: string | null;
}

@ObjectType()
export class RegionalAdviceViewerCan {
  @Field({ description: "May give the programme's answer." })
  answer: boolean;
}

@ObjectType({
  description: 'A regional recommendation of the RIEC, published with a picture snapshot. Regional, not confidential.',
})
export class RegionalAdvice {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  snapshotId: string;

  @Field()
  snapshotPublishedAt: Date;

  @Field(() => Int, { description: 'Order within the snapshot, from 0.' })
  position: number;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => AdvicePriorityEnum)
  priority: AdvicePriority;

  @Field(() => [PictureTheme], { description: 'Themes with their titles at publication.' })
  themes: PictureTheme[];

  @Field(() => AdviceAnswer, { nullable: true, description: 'Null: no answer yet.' })
  answer: AdviceAnswer | null;

  @Field(() => Int, { description: 'The version to send with the next answer; 0 before the first.' })
  answerVersion: number;

  @Field(() => [AdviceAnswerEvent], { description: 'Every change of the answer, oldest first.' })
  answerHistory: AdviceAnswerEvent[];

  @Field(() => RegionalAdviceViewerCan)
  viewerCan: RegionalAdviceViewerCan;
}
