import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { FollowUpStatusEnum } from '../recommendations/recommendation.types';
import type { FollowUpStatus } from '../recommendations/recommendation.entity';

@ObjectType({ description: 'How many recommendations had each status (and how many were overdue).' })
export class StatusCounts {
  @Field(() => Int)
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  notAdopted: number;

  @Field(() => Int, { description: 'Open or in progress with a due date that had passed.' })
  overdue: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: 'The state at the end of a month (for the current month: now), rebuilt from the timeline.' })
export class ProgressPoint {
  @Field(() => LocalDate, { description: 'The first day of the month.' })
  month: string;

  @Field(() => StatusCounts)
  counts: StatusCounts;
}

@ObjectType({ description: 'Current status counts of the recommendations on one facet or theme.' })
export class ProgressGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => StatusCounts)
  counts: StatusCounts;
}

export const RescanMatchKindEnum = { LINK: 'LINK', TITLE: 'TITLE' } as const;
export type RescanMatchKind = keyof typeof RescanMatchKindEnum;
registerEnumType(RescanMatchKindEnum, {
  name: 'RescanMatchKind',
  description:
    'How a re-scan recommendation was matched to the baseline: an analyst’s "carried over from" link, or the same title.',
});

@ObjectType()
export class RecommendationBrief {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  title: string;

  @Field(() => FollowUpStatusEnum)
  status: FollowUpStatus;
}

@ObjectType()
export class RescanMatch {
  @Field(() => RecommendationBrief)
  baseline: RecommendationBrief;

  @Field(() => RecommendationBrief)
  rescan: RecommendationBrief;

  @Field(() => RescanMatchKindEnum)
  matchedBy: RescanMatchKind;
}

@ObjectType({
  description:
    'The baseline scan against the latest re-scan: recommendations carried over, closed (not in the re-scan) and new.',
})
export class RescanComparison {
  @Field(() => ID)
  baselineScanId: string;

  @Field(() => LocalDate)
  baselineDate: string;

  @Field(() => ID)
  rescanId: string;

  @Field(() => LocalDate)
  rescanDate: string;

  @Field(() => [RescanMatch])
  carriedOver: RescanMatch[];

  @Field(() => [RecommendationBrief], { description: 'Baseline recommendations the re-scan does not carry over.' })
  closed: RecommendationBrief[];

  @Field(() => [RecommendationBrief], { description: 'Re-scan recommendations that carry nothing over.' })
  new: RecommendationBrief[];
}

@ObjectType({ description: "Confidential: the own municipality's follow-up over time." })
export class FollowUpProgress {
  @Field(() => [ProgressPoint], { description: 'Month by month, oldest first.' })
  series: ProgressPoint[];

  @Field(() => [ProgressGroup])
  byFacet: ProgressGroup[];

  @Field(() => [ProgressGroup])
  byTheme: ProgressGroup[];

  @Field(() => RescanComparison, { nullable: true, description: 'Null while the municipality has no re-scan.' })
  rescan: RescanComparison | null;
}

@InputType()
export class ProgressFilter {
  @Field(() => ID, { nullable: true, description: 'Only this facet in the series.' })
  @IsOptional()
  @IsUUID()
  facetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this theme in the series.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many months back (1–60, default 24).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  months?: number | null;
}
