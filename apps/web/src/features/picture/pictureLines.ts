import type { PictureLineFieldsFragment } from '../../gql/graphql';

/** What the picture components need, whether the lines come from a snapshot or the live preview. */
export interface PictureData {
  threshold: number;
  municipalityCount: number;
  /** How many municipalities contribute; null when that count does not pass the k rule (or before consent). */
  contributingCount: number | null;
  comparedWithPublishedAt: string | null;
  lines: PictureLineFieldsFragment[];
}

export type Band = PictureLineFieldsFragment['municipalities'];

/** One bar per theme; exactly one of the three series carries a value, so stacking never adds them up. */
export interface ChartRow {
  theme: string;
  exact: number | null;
  fewerThan: number | null;
  moreThan: number | null;
}

/**
 * A banded count is drawn up to its bound (k or n − k) in its own series and pattern: the chart
 * must never suggest an exact number the disclosure rules withheld.
 */
export function toChartRows(lines: readonly PictureLineFieldsFragment[]): ChartRow[] {
  return lines.map(({ theme, municipalities: band }) => ({
    theme: theme.title,
    exact: band.kind === 'EXACT' ? band.value : null,
    fewerThan: band.kind === 'FEWER_THAN' ? band.bound : null,
    moreThan: band.kind === 'MORE_THAN' ? band.bound : null,
  }));
}

/** The bounds that occur, for the legend: only bands the chart actually shows get explained. */
export function bandBounds(lines: readonly PictureLineFieldsFragment[]): {
  fewerThan: number | null;
  moreThan: number | null;
} {
  const bound = (kind: Band['kind']) => lines.find((l) => l.municipalities.kind === kind)?.municipalities.bound ?? null;
  return { fewerThan: bound('FEWER_THAN'), moreThan: bound('MORE_THAN') };
}
