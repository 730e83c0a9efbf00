import { PROGRAMME_YEAR_MAX, PROGRAMME_YEAR_MIN } from '@rode-draad/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';
import { ACTIVITY_FORMATS, TARGET_AUDIENCES, type ActivityFormat, type TargetAudience } from './activity.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ActivityFormatEnum = asEnum<ActivityFormat>(ACTIVITY_FORMATS);
registerEnumType(ActivityFormatEnum, { name: 'ActivityFormat', description: 'The kind of learning activity.' });

export const TargetAudienceEnum = asEnum<TargetAudience>(TARGET_AUDIENCES);
registerEnumType(TargetAudienceEnum, { name: 'TargetAudience', description: 'A function an activity is meant for.' });

@ObjectType()
export class ActivityPermissions {
  @Field({ description: 'Edit the activity and plan its sessions (programme staff).' })
  edit: boolean;
}

@ObjectType({ description: 'A learning activity of a programme, on one or more regional themes. Not confidential.' })
export class LearningActivity {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ActivityFormatEnum)
  format: ActivityFormat;

  @Field()
  learningGoals: string;

  @Field(() => [TargetAudienceEnum])
  targetAudiences: TargetAudience[];

  @Field(() => Int, { nullable: true })
  plannedYear: number | null;

  @Field(() => Int, { nullable: true, description: '1–4; null when only the year is planned.' })
  plannedQuarter: number | null;

  @Field(() => Int, {
    description: 'Optimistic lock: send it back as expectedVersion when editing; raised on every edit.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  programmeId: string;
  ownerUserId: string;
}

@ObjectType()
export class LearningActivityPage {
  @Field(() => [LearningActivity])
  items: LearningActivity[];

  @Field(() => Int, { description: 'All activities matching the filter, over all pages.' })
  total: number;
}

@InputType()
export class ActivityInput {
  @Field(() => ID)
  @IsUUID()
  programmeId: string;

  @Field()
  @IsNotBlank()
  @Length(1, 200)
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => ActivityFormatEnum)
  @IsIn(ACTIVITY_FORMATS)
  format: ActivityFormat;

  @Field(() => [ID], { description: 'At least one regional theme of the region.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  themeIds: string[];

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(5000)
  learningGoals?: string | null;

  @Field(() => [TargetAudienceEnum], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayUnique()
  @IsIn(TARGET_AUDIENCES, { each: true })
  targetAudiences?: TargetAudience[] | null;

  @Field(() => Int, { nullable: true, description: 'Within the programme period.' })
  @IsOptional()
  @IsInt()
  @Min(PROGRAMME_YEAR_MIN)
  @Max(PROGRAMME_YEAR_MAX)
  plannedYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Needs a planned year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  plannedQuarter?: number | null;

  @Field(() => ID, { nullable: true, description: 'A user of the region; the creator when empty.' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;
}

@InputType()
export class ActivityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities addressing this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => ActivityFormatEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityFormatEnum)
  format?: ActivityFormat | null;

  @Field(() => TargetAudienceEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TargetAudienceEnum)
  targetAudience?: TargetAudience | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Planned in this year, or with a session in it (Europe/Amsterdam).',
  })
  @IsOptional()
  @IsInt()
  @Min(PROGRAMME_YEAR_MIN)
  @Max(PROGRAMME_YEAR_MAX)
  year?: number | null;

  @Field({ nullable: true, description: 'Matches title, description or learning goals, case-insensitive.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
