import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up';
/**
 * Disclosure control for the regional picture (brief, confidentiality rules 3 and 7) and for session
 * evaluations: the one place that decides how a count or a share derived from confidential data, or
 * an aggregate of anonymous answers, may be shown, alone and compared with an earlier one. Everything that
 * carries picture data (API fields, snapshots, exports) goes through these functions.
 *
 * n = municipalities in the region, k = the region's threshold (default 3).
 */

export const DEFAULT_DISCLOSURE_THRESHOLD = 3;

/** A count as it may be shown: exact only between k and n − k. */
export type CountBand =
  { kind: 'EXACT'; value: number } | { kind: 'FEWER_THAN'; bound: number } | { kind: 'MORE_THAN'; bound: number };

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

export type FollowUpCounts = Record<FollowUpStatus, number>;

/*
 * Follow-up shares, and why they are banded (brief, confidentiality rule 7: differencing).
 *
 * Whole percentages give the counts away: 33 % / 67 % can only be 1 and 2 of 3 (or 2 and 4 of 6 …),
 * and the smallest total that rounds to a published set of percentages is usually the real one. Two
 * consecutive snapshots then give the exact change per status, i.e. what one municipality did.
 *
 * So a share is published only as one of four quarter bands, 0–25, 25–50, 50–75 and 75–100 %
 * (from ≤ share < to; the top band includes 100 %), and only when at least k municipalities and at
 * least 4k recommendations stand behind the theme:
 *
 * - The total N of recommendations behind a theme is never published, and a band is an interval of
 *   ratios, so many (N, count) pairs fit every band: no count follows from one snapshot.
 * - Even a reader who somehow learned N cannot narrow a status count below k candidates: a band is an
 *   interval of length N/4 ≥ k counts (that is why the minimum is 4k), and a half-open interval of
 *   length L holds at least ⌊L⌋ whole numbers. 0 % and 100 % are not shown apart from their band, so
 *   "nobody has done anything yet" is not told either.
 * - Coarser bands than quarters say too little to be useful; finer ones (e.g. to the nearest 20 %,
 *   five bands) would need N ≥ 5k to keep that guarantee and would move on smaller changes.
 * - Between two snapshots, a band that does not move tells nothing about a change behind it. A band
 *   that moves can still be pushed over its edge by a single recommendation, and a reader who knows
 *   that one municipality changed one link would learn the direction of that change. No deterministic
 *   rounding avoids that edge, so the publish step checks it instead: `shareChangeBelowK` finds such
 *   moves before publication and the analyst confirms or holds (see picture.service.ts).
 */

/** A share as it may be shown: from ≤ share < to percent (the top band, to = 100, includes 100 %). */
export interface ShareBand {
  from: number;
  to: number;
}

/** Quarter bands: see the reasoning above. */
export const SHARE_BAND_WIDTH = 25;

/** The fewest recommendations behind a theme for its shares to be shown: 4k, one k per quarter band. */
export function minimumRecommendationsForShares(k: number): number {
  assertCount('k', k, 1);
  return (100 / SHARE_BAND_WIDTH) * k;
}

/** The band of c out of total (total ≥ 1): band i holds the counts with i/4 ≤ c/total < (i + 1)/4. */
export function shareBand(c: number, total: number): ShareBand {
  assertCount('total', total, 1);
  assertCount('c', c, 0);
  if (c > total) {
    throw new RangeError(`count ${c} exceeds the total ${total}`);
  }
  const bands = 100 / SHARE_BAND_WIDTH;
  // Whole-number arithmetic, so no floating-point edge puts a count in the wrong band.
  const index = Math.min(bands - 1, Math.floor((bands * c) / total));
  return { from: index * SHARE_BAND_WIDTH, to: (index + 1) * SHARE_BAND_WIDTH };
}

/** A share distribution as it may be shown: one band per status, or suppressed. */
export type ShareDistribution = { suppressed: true } | { suppressed: false; bands: Record<FollowUpStatus, ShareBand> };

/**
 * Shares per status of the recommendations behind a theme, in quarter bands; suppressed ("too few
 * to show") when fewer than k municipalities or fewer than 4k recommendations stand behind them.
 */
export function shareDistribution(
  counts: FollowUpCounts,
  contributingMunicipalities: number,
  k: number,
): ShareDistribution {
  assertCount('contributingMunicipalities', contributingMunicipalities, 0);
  const minimum = minimumRecommendationsForShares(k);
  for (const status of FOLLOW_UP_STATUSES) {
    assertCount(`counts.${status}`, counts[status], 0);
  }
  const total = totalOf(counts);
  if (contributingMunicipalities < k || total < minimum) {
    return { suppressed: true };
  }
  return {
    suppressed: false,
    bands: {
      OPEN: shareBand(counts.OPEN, total),
      IN_PROGRESS: shareBand(counts.IN_PROGRESS, total),
      DONE: shareBand(counts.DONE, total),
      NOT_ADOPTED: shareBand(counts.NOT_ADOPTED, total),
    },
  };
}

const totalOf = (counts: FollowUpCounts) => FOLLOW_UP_STATUSES.reduce((sum, s) => sum + counts[s], 0);

const sameBand = (a: ShareBand, b: ShareBand) => a.from === b.from && a.to === b.to;

/** The counts out of total that lie in a band, as [low, high]; low > high when none does. */
function countsInBand(band: ShareBand, total: number): [low: number, high: number] {
  const low = Math.floor((band.from * total + 99) / 100); // ⌈from · total / 100⌉
  const high = band.to >= 100 ? total : Math.floor((band.to * total - 1) / 100); // c · 100 < to · total
  return [low, high];
}

/**
 * Differencing check for a theme's follow-up shares: the smallest number of single-recommendation
 * changes (a link added or removed, or one status changed) that takes some state matching the
 * previously published bands to today's exact counts, when it is below k; null otherwise, and null
 * when nothing visible changed (same bands, or suppressed before or now).
 *
 * "Could be explained by fewer than k changes" rather than "was caused by": readers cannot tell the
 * two apart either, so a move one municipality could have made is what points at one municipality.
 * The previous state's own suppression rule is left out, which can only make the answer smaller,
 * i.e. the check more cautious.
 *
 * Per candidate previous total N' (within k − 1 of today's N), each status may take the counts its
 * band allows; the nearest such state to today's counts costs max(added, removed) changes, since an
 * addition and a removal pair up into one status change.
 */
export function shareChangeBelowK(previous: ShareDistribution, current: FollowUpCounts, k: number): number | null {
  assertCount('k', k, 1);
  const total = totalOf(current);
  if (previous.suppressed || total < 1) {
    return null;
  }
  if (FOLLOW_UP_STATUSES.every((s) => sameBand(previous.bands[s], shareBand(current[s], total)))) {
    return null;
  }
  let best: number | null = null;
  for (let candidate = Math.max(1, total - (k - 1)); candidate <= total + (k - 1); candidate += 1) {
    const cost = nearestCost(previous.bands, current, candidate);
    if (cost !== null && cost < k && (best === null || cost < best)) {
      best = cost;
    }
  }
  return best;
}

/** Changes from the nearest state of total `candidate` inside the bands to `current`; null if none fits. */
function nearestCost(
  bands: Record<FollowUpStatus, ShareBand>,
  current: FollowUpCounts,
  candidate: number,
): number | null {
  let added = 0;
  let removed = 0;
  let sum = 0;
  let roomUp = 0;
  let roomDown = 0;
  for (const status of FOLLOW_UP_STATUSES) {
    const [low, high] = countsInBand(bands[status], candidate);
    if (low > high) {
      return null;
    }
    const nearest = Math.min(high, Math.max(low, current[status]));
    added += Math.max(0, current[status] - nearest);
    removed += Math.max(0, nearest - current[status]);
    sum += nearest;
    roomUp += high - nearest;
    roomDown += nearest - low;
  }
  // Reaching the candidate total moves some counts further from today's: each step is one more change.
  if (sum < candidate) {
    if (roomUp < candidate - sum) {
      return null;
    }
    removed += candidate - sum;
  } else if (sum > candidate) {
    if (roomDown < sum - candidate) {
      return null;
    }
    added += sum - candidate;
  }
  return Math.max(added, removed);
}

/**
 * Differencing check for a theme's count of municipalities: how far today's exact count lies from
 * what the previous snapshot published, when that is 1 to k − 1 (a change a single municipality, or
 * fewer than k, could have made); null otherwise.
 */
export function countChangeBelowK(previous: CountBand, current: number, k: number): number | null {
  assertCount('k', k, 1);
  assertCount('current', current, 0);
  const [low, high] = bandInterval(previous);
  const distance = current < low ? low - current : current > high ? current - high : 0;
  return distance >= 1 && distance < k ? distance : null;
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

/*
 * Session evaluations (brief, confidentiality rule 7). Results that change with every response give
 * each response away by differencing: the average before and after one more answer is that answer,
 * and a comment that appears is the newest one. So results are released once, when the session's
 * evaluation window closes (no answers are taken after that), and then only with at least k
 * responses: the average rounded to half a point, the comments in random order.
 */

/** Days after a session's end during which attendees can evaluate it, unless staff choose otherwise. */
export const EVALUATION_WINDOW_DAYS_DEFAULT = 14;
export const EVALUATION_WINDOW_DAYS_MAX = 90;

/** The average as released: to the nearest half point, so one rating cannot be worked back from it. */
export function roundRatingToHalf(average: number): number {
  if (!Number.isFinite(average)) {
    throw new RangeError(`average must be a finite number, got ${average}`);
  }
  return Math.round(average * 2) / 2;
}

/** Whether released results may show an average and comments: at least k responses. */
export function evaluationShown(responses: number, k: number): boolean {
  assertCount('responses', responses, 0);
  assertCount('k', k, 1);
  return responses >= k;
}
