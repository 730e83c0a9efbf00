import {
  PROGRESS_LINKS_MAX,
  PROGRESS_NOTE_MAX_LENGTH,
  type ConsentStatus,
  type FollowUpStatus,
} from '@rode-draad/shared';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { ConsentStatusEnum } from '../consent/consent.types';
import { LearningKindEnum, type LearningKind } from '../learning-links/learning-link.types';
import { FollowUpStatusEnum, Person } from '../recommendations/recommendation.types';

export const TimelineEventKindEnum = {
  STATUS: 'STATUS',
  OWNER: 'OWNER',
  DUE_DATE: 'DUE_DATE',
  PROGRESS: 'PROGRESS',
  ATTACHMENT: 'ATTACHMENT',
  LINK: 'LINK',
  UNLINK: 'UNLINK',
  CONSENT: 'CONSENT',
  HOLD_BACK: 'HOLD_BACK',
  RELEASE: 'RELEASE',
} as const;
export type TimelineEventKind = keyof typeof TimelineEventKindEnum;
registerEnumType(TimelineEventKindEnum, {
  name: 'TimelineEventKind',
  description:
    'What happened to a recommendation: a change of status, owner or due date, a progress note, a file, a learning link added or removed, consent for the regional picture recorded on its scan, the recommendation held back from the picture or released.',
});

@ObjectType({ description: 'Confidential: a file added as evidence of follow-up (download at /api/attachments/{id}).' })
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field({ description: 'Detected from the content when it was uploaded.' })
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;
}

@ObjectType({ description: 'What a LINK or UNLINK entry was about, as it was called then.' })
export class TimelineLearning {
  @Field(() => LearningKindEnum)
  kind: LearningKind;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'Confidential: one thing that happened to a recommendation. Append-only.' })
export class TimelineEntry {
  @Field(() => ID)
  id: string;

  @Field(() => TimelineEventKindEnum)
  kind: TimelineEventKind;

  @Field()
  at: Date;

  @Field(() => Person, { nullable: true })
  actor: Person | null;

  @Field(() => FollowUpStatusEnum, { nullable: true })
  fromStatus: FollowUpStatus | null;

  @Field(() => FollowUpStatusEnum, { nullable: true })
  toStatus: FollowUpStatus | null;

  @Field(() => String, { nullable: true, description: 'Why it was not adopted (STATUS).' })
  reason: string | null;

  @Field(() => Person, { nullable: true })
  fromOwner: Person | null;

  @Field(() => Person, { nullable: true })
  toOwner: Person | null;

  @Field(() => LocalDate, { nullable: true })
  fromDueDate: string | null;

  @Field(() => LocalDate, { nullable: true })
  toDueDate: string | null;

  @Field(() => String, { nullable: true, description: 'The progress note (PROGRESS).' })
  note: string | null;

  @Field(() => [String], { description: 'Links to documents in the municipality’s own systems (PROGRESS).' })
  links: string[];

  @Field(() => Attachment, { nullable: true })
  attachment: Attachment | null;

  @Field(() => TimelineLearning, { nullable: true, description: 'The learning linked or unlinked (LINK, UNLINK).' })
  learning: TimelineLearning | null;

  @Field(() => ConsentStatusEnum, { nullable: true, description: "The scan's consent before (CONSENT)." })
  fromConsent: ConsentStatus | null;

  @Field(() => ConsentStatusEnum, { nullable: true, description: "The scan's consent after (CONSENT)." })
  toConsent: ConsentStatus | null;
}

@InputType({
  description:
    'The whole follow-up as the panel shows it, saved together: what differs from the stored values is changed and written to the timeline.',
})
export class FollowUpInput {
  @Field(() => FollowUpStatusEnum)
  @IsIn(Object.values(FollowUpStatusEnum))
  status: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'Required when the status becomes NOT_ADOPTED.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A coordinator or participant of the same municipality; null for none.',
  })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A new due date may not lie in the past.' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A progress note for the timeline.' })
  @IsOptional()
  @MaxLength(PROGRESS_NOTE_MAX_LENGTH)
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) links to evidence.' })
  @IsOptional()
  @ArrayMaxSize(PROGRESS_LINKS_MAX)
  links?: string[] | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'A progress update on its own: a note and/or links (owners and coordinators).' })
export class ProgressInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PROGRESS_NOTE_MAX_LENGTH)
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) links to evidence.' })
  @IsOptional()
  @ArrayMaxSize(PROGRESS_LINKS_MAX)
  links?: string[] | null;
}
