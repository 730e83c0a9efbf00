import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up';
/**
 * Disclosure control for the regional picture (brief, confidentiality rule 3): the one place that
 * decides how a count or a share derived from confidential data may be shown. Everything that
 * carries picture data (API fields, snapshots, exports) goes through these functions.
 *
 * n = municipalities in the region, k = the region's threshold (default 3).
 */

export const DEFAULT_DISCLOSURE_THRESHOLD = 3;

/** A count as it may be shown: exact only between k and n − k. */
export type CountBand =
  | { kind: 'EXACT'; value: number }
  | { kind: 'FEWER_THAN'; bound: number }
  | { kind: 'MORE_THAN'; bound: number };

export type CountBandKind = CountBand['kind'];

function assertCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/**
 * Bands a count c of municipalities out of n under threshold k:
 * - k ≤ c ≤ n − k: EXACT c;
 * - c < k: FEWER_THAN k;
 * - otherwise (c ≥ k and c > n − k): MORE_THAN n − k.
 *
 * Small regions (k > n/2): no c satisfies k ≤ c ≤ n − k, so nothing is ever exact. The counts
 * then fall in two bands split at k: c < k reads "fewer than k", c ≥ k reads "more than n − k".
 * Both statements are true of every count in their band (for n − k < c < k both would be;
 * "fewer than k" wins). The bands are inherently coarse but distinguishable: with n = 4, k = 3,
 * c ∈ {0, 1, 2} reads "fewer than 3" and c ∈ {3, 4} reads "more than 1". When k > n (including
 * n = 0) every count reads "fewer than k": a single band that reveals nothing. When k = n the upper
 * band holds c = n alone; the API therefore only lets analysts choose 1 ≤ k ≤ n/2
 * (see `maxDisclosureThreshold`), and the default k = 3 meets a small region only if one exists.
 *
 * k = 1 is the analyst's explicit choice of no suppression: 0 and n read "fewer than 1" and
 * "more than n − 1", which are exact in effect.
 */
export function bandCount(c: number, n: number, k: number): CountBand {
  assertCount('n', n, 0);
  assertCount('k', k, 1);
  assertCount('c', c, 0);
  if (c > n) {
    throw new RangeError(`count ${c} exceeds the ${n} municipalities of the region`);
  }
  if (c < k) {
    return { kind: 'FEWER_THAN', bound: k };
  }
  if (c <= n - k) {
    return { kind: 'EXACT', value: c };
  }
  return { kind: 'MORE_THAN', bound: n - k };
}

/** The largest threshold an analyst may set for n municipalities: k ≤ n/2 keeps an exact band. */
export function maxDisclosureThreshold(n: number): number {
  assertCount('n', n, 0);
  return Math.floor(n / 2);
}

/** Follow-up statuses of a recommendation, in workflow order. */

export type FollowUpCounts = Record<FollowUpStatus, number>;

/**
 * A share distribution as it may be shown: whole percentages summing to 100 (or all 0 when
 * nothing was counted), or suppressed when fewer than k municipalities contribute to it.
 */
export type ShareDistribution = { suppressed: true } | { suppressed: false; percentages: FollowUpCounts };

/**
 * Shares per status of the recommendations behind a figure, shown only when at least k
 * municipalities contribute ("too few municipalities to show" otherwise). Rounded to whole
 * percentages with the largest-remainder method so they add up to 100 and hide exact totals.
 */
export function shareDistribution(counts: FollowUpCounts, contributingMunicipalities: number, k: number): ShareDistribution {
  assertCount('contributingMunicipalities', contributingMunicipalities, 0);
  assertCount('k', k, 1);
  for (const status of FOLLOW_UP_STATUSES) {
    assertCount(`counts.${status}`, counts[status], 0);
  }
  if (contributingMunicipalities < k) {
    return { suppressed: true };
  }
  return { suppressed: false, percentages: wholePercentages(counts) };
}

function wholePercentages(counts: FollowUpCounts): FollowUpCounts {
  const total = FOLLOW_UP_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const result: FollowUpCounts = { OPEN: 0, IN_PROGRESS: 0, DONE: 0, NOT_ADOPTED: 0 };
  if (total === 0) {
    return result;
  }
  const parts = FOLLOW_UP_STATUSES.map((status, order) => {
    const exact = (counts[status] * 100) / total;
    return { status, order, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = 100 - parts.reduce((sum, p) => sum + p.floor, 0);
  // Ties go to the earlier status in workflow order: deterministic for equal inputs.
  for (const part of [...parts].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    result[part.status] = part.floor + (left > 0 ? 1 : 0);
    left -= 1;
  }
  return result;
}

export type PictureTrend = 'UP' | 'DOWN' | 'SAME' | 'UNKNOWN' | 'NEW';

/** The counts a band claims, as it reads: "fewer than k" is [0, k − 1], "more than m" is [m + 1, ∞). */
function bandInterval(band: CountBand): [low: number, high: number] {
  switch (band.kind) {
    case 'EXACT':
      return [band.value, band.value];
    case 'FEWER_THAN':
      return [0, band.bound - 1];
    case 'MORE_THAN':
      return [band.bound + 1, Number.POSITIVE_INFINITY];
  }
}

/**
 * The trend of a theme between two published bands. It compares what was published (the bands),
 * never the exact counts behind them, so it tells nothing the two snapshots don't already show:
 * UP or DOWN only when the bands' stated ranges don't overlap, SAME for identical bands (the
 * figure as shown did not change), UNKNOWN when the ranges overlap, NEW when the theme was not
 * in the previous snapshot. Bands from snapshots with different k or n compare by their ranges.
 */
export function bandTrend(previous: CountBand | null, current: CountBand): PictureTrend {
  if (!previous) {
    return 'NEW';
  }
  const [prevLow, prevHigh] = bandInterval(previous);
  const [curLow, curHigh] = bandInterval(current);
  if (prevLow === curLow && prevHigh === curHigh) {
    return 'SAME';
  }
  if (curLow > prevHigh) {
    return 'UP';
  }
  if (curHigh < prevLow) {
    return 'DOWN';
  }
  return 'UNKNOWN';
}
