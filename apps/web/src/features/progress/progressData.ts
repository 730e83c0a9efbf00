import { dateTimeFormat } from '../../lib/dateFormat';
/** Counts as the API sends them. */
export interface Counts {
  open: number;
  inProgress: number;
  done: number;
  notAdopted: number;
  overdue: number;
  total: number;
}

export const STATUS_SERIES = ['open', 'inProgress', 'done', 'notAdopted'] as const;

/** One chart row per month, labelled "mrt 2024" in the user's language, oldest first. */
export function toChartRows(
  series: readonly { month: string; counts: Counts }[],
  language: string,
): ({ month: string } & Counts)[] {
  const label = dateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return series.map((point) => ({ ...point.counts, month: label.format(new Date(`${point.month}T00:00:00Z`)) }));
}

/** Share of closed recommendations (done or not adopted) as a whole percentage; null without any. */
export function closedShare(counts: Counts): number | null {
  return counts.total === 0 ? null : Math.round(((counts.done + counts.notAdopted) / counts.total) * 100);
}
