import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LearningActivity } from '../activities/activity.types';
import { CountBand } from '../picture/picture.types';
import { Theme } from '../themes/theme.types';
import { Programme } from './programme.types';

@ObjectType()
export class ActivityRef {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'A column of the roadmap: a year, or a quarter of a year.' })
export class RoadmapPeriod {
  @Field(() => Int)
  year: number;

  @Field(() => Int, {
    nullable: true,
    description: 'By quarter: 1–4, or null for activities planned in the year without a quarter. By year: always null.',
  })
  quarter: number | null;
}

@ObjectType()
export class ActivityRefPage {
  @Field(() => [ActivityRef])
  items: ActivityRef[];

  @Field(() => Int, { description: 'All activities of the cell, over all pages.' })
  total: number;
}

@ObjectType({ description: 'What one roadmap cell holds: its activities (paged) and its peer-learning tracks.' })
export class RoadmapCellContent {
  @Field(() => ActivityRefPage, {
    description:
      "Activities planned in the cell or with a session in it, by title; as many as the row's activityCounts says.",
  })
  activities: ActivityRefPage;

  @Field(() => [ActivityRef], {
    description: "Tracks overlapping the cell, by title; a programme's tracks are few, so they come unpaged.",
  })
  tracks: ActivityRef[];
}

/**
 * What the programme offers on one theme, as counts per period: one list per measure, aligned with
 * Roadmap.periods. At national scale (40 themes × 25 quarters) an object per cell made the answer
 * too large to send and to resolve; the lists behind a cell come from roadmapCell.
 */
@ObjectType()
export class RoadmapRow {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => [Int], {
    description: 'Per period (as Roadmap.periods): activities planned in it or with a session in it.',
  })
  activityCounts: number[];

  @Field(() => [Int], {
    description: 'Per period (as Roadmap.periods): sessions in it (Europe/Amsterdam), cancelled ones left out.',
  })
  sessionCounts: number[];

  @Field(() => [Int], {
    description:
      'Per period (as Roadmap.periods): peer-learning tracks of the programme whose period overlaps it. By quarter, the "quarter open" column never has tracks.',
  })
  trackCounts: number[];

  @Field(() => [Int], { description: 'Years of the period in which nothing is planned on the theme: the gaps.' })
  gapYears: number[];
}

@ObjectType({
  description: 'Themes × years (and quarters) of a programme: what is offered on each theme when, and the gaps.',
})
export class Roadmap {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => [Int])
  years: number[];

  @Field()
  byQuarter: boolean;

  @Field(() => [RoadmapPeriod], {
    description: 'The columns, year by year (and quarter by quarter, the "quarter open" column last in each year).',
  })
  periods: RoadmapPeriod[];

  @Field(() => [RoadmapRow], {
    description: "The region's active themes, and retired ones the programme addresses, by title.",
  })
  rows: RoadmapRow[];
}

@ObjectType({ description: 'A theme as the programme-building view shows it.' })
export class ProgrammeBuilderTheme {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => Int, { description: '1 for the most widespread theme in the latest published picture.' })
  rank: number;

  @Field(() => CountBand, {
    nullable: true,
    description: 'Municipalities with the theme, as published (disclosure-controlled); null when not in the snapshot.',
  })
  municipalities: CountBand | null;

  @Field(() => Int, { description: 'Activities of the programme on the theme.' })
  activityCount: number;

  nextSessionId: string | null;
}

@ObjectType()
export class ProgrammeBuilder {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => Date, {
    nullable: true,
    description: 'The snapshot the ranking uses; null before the first is published.',
  })
  snapshotPublishedAt: Date | null;

  @Field(() => [ProgrammeBuilderTheme], {
    description: 'Active themes, widest band first; themes missing from the snapshot last, by title.',
  })
  themes: ProgrammeBuilderTheme[];
}

@ObjectType({ description: 'The chain theme → activities → sessions, over all programmes of the region.' })
export class ThemeProgramme {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => [LearningActivity], { description: 'By planned year, quarter and title; each with its sessions.' })
  activities: LearningActivity[];
}
