import type { CountBandKind, PictureTrend } from '@rode-draad/shared';
import { IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LearningEffectView } from './learning-effect.types';

/** The two published figures of a theme the differencing check compares. */
export type DifferencingCell = 'MUNICIPALITIES' | 'FOLLOW_UP' | 'LEARNING_EFFECT';

/*
 * The regional picture as the API shows it. These types carry only disclosure-controlled
 * figures (count bands and rounded shares): the exact counts never leave the picture service.
 */

export const CountBandKindEnum: { [K in CountBandKind]: K } = {
  EXACT: 'EXACT',
  FEWER_THAN: 'FEWER_THAN',
  MORE_THAN: 'MORE_THAN',
};
registerEnumType(CountBandKindEnum, {
  name: 'CountBandKind',
  description: 'How a count is shown under disclosure control: exactly, or only as "fewer than" / "more than" a bound.',
});

export const PictureTrendEnum: { [K in PictureTrend]: K } = {
  UP: 'UP',
  DOWN: 'DOWN',
  SAME: 'SAME',
  UNKNOWN: 'UNKNOWN',
  NEW: 'NEW',
};
registerEnumType(PictureTrendEnum, {
  name: 'PictureTrend',
  description:
    'Change of a theme since the previous snapshot, judged on the published bands only: UNKNOWN when they overlap, NEW when the theme was not in it.',
});

@ObjectType({ description: 'A count of municipalities under disclosure control.' })
export class CountBand {
  @Field(() => CountBandKindEnum)
  kind: CountBandKind;

  @Field(() => Int, { nullable: true, description: 'The count, for EXACT only.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'k for FEWER_THAN, n − k for MORE_THAN.' })
  bound: number | null;
}

@ObjectType({
  description: 'A share as it may be shown: from ≤ share < to percent; the top band (to = 100) includes 100 %.',
})
export class ShareBand {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;
}

@ObjectType({
  description:
    'Follow-up of the recommendations linked to a theme, each status as a quarter band (0–25, 25–50, 50–75, 75–100 %); suppressed when fewer than k municipalities or fewer than 4k recommendations stand behind it.',
})
export class FollowUpShares {
  @Field({
    description: 'True when too few municipalities or recommendations stand behind the theme: "too few to show".',
  })
  suppressed: boolean;

  @Field(() => ShareBand, { nullable: true })
  open: ShareBand | null;

  @Field(() => ShareBand, { nullable: true })
  inProgress: ShareBand | null;

  @Field(() => ShareBand, { nullable: true })
  done: ShareBand | null;

  @Field(() => ShareBand, { nullable: true })
  notAdopted: ShareBand | null;
}

@ObjectType({ description: 'A theme as it stood in the picture; a snapshot keeps the title it had when published.' })
export class PictureTheme {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'One theme of the regional picture. No municipality is ever named in it.' })
export class PictureLine {
  @Field(() => PictureTheme)
  theme: PictureTheme;

  @Field(() => CountBand, { description: 'Municipalities with at least one recommendation linked to the theme.' })
  municipalities: CountBand;

  @Field(() => FollowUpShares)
  followUp: FollowUpShares;

  @Field(() => PictureTrendEnum, { nullable: true, description: 'Null when there is no earlier snapshot.' })
  trend: PictureTrend | null;

  @Field(() => LearningEffectView, {
    nullable: true,
    description: 'Learning → follow-up for the theme; null in snapshots published before it was computed.',
  })
  learningEffect: LearningEffectView | null;
}

@ObjectType({ description: 'The regional picture: one line per theme, under disclosure control.' })
export class PictureLines {
  @Field(() => Int, { description: 'The threshold k the lines were computed with.' })
  threshold: number;

  @Field(() => Int, {
    description:
      'n of the disclosure rule the lines were computed with: the contributing municipalities, or where that count is not shown the lowest it could be (snapshots from before consent: the municipalities of the region).',
  })
  municipalityCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many municipalities contribute (consent agreed): n of the disclosure rule. Only when that count itself passes the k rule; null otherwise and for snapshots from before consent.',
  })
  contributingCount: number | null;

  @Field(() => [PictureLine])
  lines: PictureLine[];

  @Field(() => Date, { nullable: true, description: 'When the snapshot the trends compare with was published.' })
  comparedWithPublishedAt: Date | null;
}

export const DifferencingCellEnum: { [K in DifferencingCell]: K } = {
  MUNICIPALITIES: 'MUNICIPALITIES',
  FOLLOW_UP: 'FOLLOW_UP',
  LEARNING_EFFECT: 'LEARNING_EFFECT',
};
registerEnumType(DifferencingCellEnum, {
  name: 'DifferencingCell',
  description:
    "A theme's published figure: its count of municipalities, its follow-up shares, or its learning → follow-up comparison.",
});

@ObjectType({
  description:
    'A figure whose change since the last snapshot could be the work of fewer than k municipalities (count) or recommendations (shares): comparing the two snapshots might point at one municipality.',
})
export class DifferencingRisk {
  @Field(() => PictureTheme)
  theme: PictureTheme;

  @Field(() => DifferencingCellEnum)
  cell: DifferencingCell;

  @Field(() => Int, {
    description: 'The smallest change (municipalities or recommendations) that explains the difference; below k.',
  })
  smallestChange: number;
}

@ObjectType({ description: 'A municipality whose agreed outcomes feed the picture (analysts only).' })
export class PictureMunicipality {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'The picture from live data, with the differencing check against the last snapshot.' })
export class PicturePreview extends PictureLines {
  @Field(() => [PictureMunicipality], {
    description: 'The municipalities with at least one scan whose consent is AGREED, by name.',
  })
  contributingMunicipalities: PictureMunicipality[];

  @Field(() => [DifferencingRisk], {
    description: 'To confirm (acknowledgedRisks of publishPicture) or hold; empty when none.',
  })
  differencingRisks: DifferencingRisk[];
}

@InputType({ description: 'A differencing risk the analyst saw and accepts for this publication.' })
export class DifferencingCellInput {
  @Field(() => ID)
  @IsUUID()
  themeId: string;

  @Field(() => DifferencingCellEnum)
  @IsIn(Object.values(DifferencingCellEnum))
  cell: DifferencingCell;
}

@ObjectType({ description: 'A published, immutable, dated regional picture.' })
export class PictureSnapshot extends PictureLines {
  @Field(() => ID)
  id: string;

  @Field()
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: 'Name of the analyst who published it.' })
  publishedByName: string | null;

  @Field()
  note: string;
}

@ObjectType()
export class PictureSnapshotPage {
  @Field(() => [PictureSnapshot], { description: 'Newest first.' })
  items: PictureSnapshot[];

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: "The region's disclosure threshold, for analysts." })
export class DisclosureSettings {
  @Field(() => Int, { description: 'k: counts below k read "fewer than k", above n − k "more than n − k".' })
  threshold: number;

  @Field(() => Int, { description: 'n: the municipalities of the region.' })
  municipalityCount: number;

  @Field(() => Int, { description: 'The largest k that still leaves an exact band: n/2 rounded down.' })
  maxThreshold: number;
}
