import { IsEnum, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import type { FollowUpStatus, Priority } from './recommendation.entity';

export const PriorityEnum = { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P4' } as const;
registerEnumType(PriorityEnum, { name: 'Priority', description: 'P1 is the most urgent.' });

export const FollowUpStatusEnum = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  NOT_ADOPTED: 'NOT_ADOPTED',
} as const;
registerEnumType(FollowUpStatusEnum, { name: 'FollowUpStatus' });

export enum RecommendationSortField {
  PRIORITY = 'PRIORITY',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  REFERENCE = 'REFERENCE',
  CREATED_AT = 'CREATED_AT',
  DUE_DATE = 'DUE_DATE',
}
registerEnumType(RecommendationSortField, { name: 'RecommendationSortField' });

@ObjectType({ description: 'A theme as referenced from confidential data: id and title only.' })
export class ThemeRef {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'A colleague as shown next to follow-up: name only.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class ScanRef {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  scanDate: string;
}

@ObjectType()
export class RecommendationPermissions {
  @Field({ description: 'Edit text, facet, priority, theme links; delete (RIEC analysts).' })
  edit: boolean;

  @Field({
    description:
      "Record follow-up: status, owner, due date, progress and attachments (the municipality's coordinators).",
  })
  followUp: boolean;

  @Field({
    description:
      'Add progress updates (note, links, files): coordinators, and a participant on a recommendation they own.',
  })
  recordProgress: boolean;

  @Field({ description: 'Link to learning activities, sessions and tracks (coordinators, analysts).' })
  linkLearning: boolean;
}

@ObjectType({ description: "Confidential: a recommendation from a municipality's scan, with its follow-up." })
export class Recommendation {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => FollowUpStatusEnum)
  status: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'Why it was not adopted.' })
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  statusChangedAt: Date | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate: string | null;

  @Field({ description: 'Due before today (Europe/Amsterdam) and neither done nor not adopted.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent changes.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field(() => RecommendationPermissions)
  viewerCan: RecommendationPermissions;

  municipalityId: string;
  scanId: string;
  facetId: string;
  ownerUserId: string | null;
}

@ObjectType()
export class RecommendationPage {
  @Field(() => [Recommendation])
  items: Recommendation[];

  @Field(() => Int)
  total: number;
}

@InputType()
export class RecommendationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scanId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  facetId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => PriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PriorityEnum))
  priority?: Priority;

  @Field(() => FollowUpStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(FollowUpStatusEnum))
  status?: FollowUpStatus;

  @Field({ nullable: true, description: 'Matches title, text or reference.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only those this person owns.' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or after this day.' })
  @IsOptional()
  dueFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before this day.' })
  @IsOptional()
  dueTo?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue ones (due before today in Europe/Amsterdam, not closed); false: none of them.',
  })
  @IsOptional()
  overdue?: boolean;
}

@InputType()
export class RecommendationSort {
  @Field(() => RecommendationSortField, { defaultValue: RecommendationSortField.PRIORITY })
  @IsEnum(RecommendationSortField)
  field: RecommendationSortField = RecommendationSortField.PRIORITY;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class RecommendationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  reference?: string | null;

  @Field()
  @Length(1, 300)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  body: string;

  @Field(() => ID)
  @IsUUID()
  facetId: string;

  @Field(() => PriorityEnum)
  @IsIn(Object.values(PriorityEnum))
  priority: Priority;
}

@InputType()
export class NewRecommendationInput extends RecommendationInput {
  @Field(() => ID)
  @IsUUID()
  scanId: string;
}
