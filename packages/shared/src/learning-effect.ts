import {
  bandCount,
  countChangeBelowK,
  minimumRecommendationsForShares,
  SHARE_BAND_WIDTH,
  type CountBand,
  type ShareBand,
} from './disclosure';

/*
 * Learning → follow-up (issue 10): per theme, how follow-up progressed for municipalities that took
 * part in the theme's learning against those that did not, under the picture's disclosure rules.
 *
 * Definitions (the web app and docs/architecture.md state them too):
 * - Only municipalities with at least one recommendation linked to the theme are compared: without
 *   one there is no follow-up on the theme to compare.
 * - A municipality *took part* when, up to the snapshot, at least one of its people attended a
 *   session (attendance recorded) of an activity on the theme, or it is a member of a published
 *   group of a peer-learning track on the theme. The others *did not*.
 * - A municipality's *progress* is the share of its recommendations linked to the theme that are
 *   done or in progress (their status when the snapshot is made). A side's progress is the mean of
 *   its municipalities' progress, so each municipality weighs the same.
 *
 * Disclosure:
 * - When either side has fewer than k municipalities, the whole comparison is suppressed: the theme's
 *   count of municipalities is published elsewhere in the picture, so one side plus that total would
 *   reveal the other.
 * - Otherwise each side's count is banded like every count in the picture (with both sides ≥ k and
 *   their sum ≤ n it is always exact), and its progress is a quarter band (0–25 … 75–100 %), shown
 *   only when at least 4k recommendations stand behind the side, like the picture's follow-up shares.
 */

/** One side's exact figures. Private to the picture service: banded before anything leaves it. */
export interface LearningSideFigures {
  municipalities: number;
  /** Recommendations linked to the theme of the side's municipalities. */
  recommendations: number;
  /** Mean over the side's municipalities of their progress share, 0 to 1 (0 for an empty side). */
  meanProgress: number;
}

/** One side as it may be shown. */
export interface LearningSide {
  municipalities: CountBand;
  /** Null: fewer than 4k recommendations behind the side, "too few to show". */
  progress: ShareBand | null;
}

export type LearningEffect = { suppressed: true } | { suppressed: false; tookPart: LearningSide; didNot: LearningSide };

/*
 * The mean is a sum of ratios computed in floating point, so a mean that is exactly on a band edge
 * (¼ from ⅓ + ⅔ + 0 + 0) may arrive a hair below it. Means of realistic figures (fewer than a
 * million recommendations) that truly lie below an edge do so by far more than this tolerance.
 */
const EDGE_TOLERANCE = 1e-9;

/** The quarter band holding a mean progress (0 to 1); the top band includes 100 %. */
export function meanProgressBand(mean: number): ShareBand {
  if (!Number.isFinite(mean) || mean < -EDGE_TOLERANCE || mean > 1 + EDGE_TOLERANCE) {
    throw new RangeError(`mean progress must lie between 0 and 1, got ${mean}`);
  }
  const bands = 100 / SHARE_BAND_WIDTH;
  const index = Math.max(0, Math.min(bands - 1, Math.floor(bands * mean + EDGE_TOLERANCE)));
  return { from: index * SHARE_BAND_WIDTH, to: (index + 1) * SHARE_BAND_WIDTH };
}

function side(figures: LearningSideFigures, n: number, k: number): LearningSide {
  return {
    municipalities: bandCount(figures.municipalities, n, k),
    progress:
      figures.recommendations >= minimumRecommendationsForShares(k) ? meanProgressBand(figures.meanProgress) : null,
  };
}

/** A theme's comparison as it may be published, for n municipalities in the region and threshold k. */
export function learningEffect(
  tookPart: LearningSideFigures,
  didNot: LearningSideFigures,
  n: number,
  k: number,
): LearningEffect {
  if (tookPart.municipalities < k || didNot.municipalities < k) {
    return { suppressed: true };
  }
  return { suppressed: false, tookPart: side(tookPart, n, k), didNot: side(didNot, n, k) };
}

/**
 * Differencing check for a theme's comparison: the smallest number of municipalities whose change
 * could explain the difference between the previously published comparison and today's exact
 * figures, when it is below k; null otherwise (nothing visible changed, or only by k or more).
 *
 * - A side's count is checked like the picture's counts (`countChangeBelowK`), also when today's
 *   comparison is suppressed: going dark after "exactly k" tells that a side lost some.
 * - A side's progress band that moved: one municipality moves the side's sum of shares by at most 1
 *   (changing its own share, or joining or leaving the side), so moving the mean from the published
 *   band to today's mean takes at least ⌈c · distance⌉ municipalities, c the side's count today.
 * - A comparison that appears: one side was below k, so at least (today's count − (k − 1))
 *   municipalities joined it; the smaller of the two sides is taken, since readers do not know which.
 */
export function learningEffectChangeBelowK(
  previous: LearningEffect,
  tookPart: LearningSideFigures,
  didNot: LearningSideFigures,
  k: number,
): number | null {
  const now = [tookPart, didNot];
  const changes: number[] = [];
  if (previous.suppressed) {
    if (tookPart.municipalities >= k && didNot.municipalities >= k) {
      changes.push(Math.max(1, Math.min(...now.map((s) => s.municipalities - (k - 1)))));
    }
  } else {
    const before = [previous.tookPart, previous.didNot];
    const shownNow = tookPart.municipalities >= k && didNot.municipalities >= k;
    for (const [i, earlier] of before.entries()) {
      const current = now[i]!;
      const countChange = countChangeBelowK(earlier.municipalities, current.municipalities, k);
      if (countChange !== null) {
        changes.push(countChange);
      }
      const band = shownNow && current.recommendations >= minimumRecommendationsForShares(k);
      if (band && earlier.progress && current.municipalities > 0) {
        const moved = progressChange(earlier.progress, current);
        if (moved !== null) {
          changes.push(moved);
        }
      }
    }
  }
  const below = changes.filter((c) => c < k);
  return below.length ? Math.min(...below) : null;
}

/** Municipalities needed to move a side's mean from a published band to today's; null if the band holds. */
function progressChange(band: ShareBand, current: LearningSideFigures): number | null {
  const today = meanProgressBand(current.meanProgress);
  if (today.from === band.from && today.to === band.to) {
    return null;
  }
  const low = band.from / 100;
  const high = band.to / 100;
  const distance = current.meanProgress < low ? low - current.meanProgress : current.meanProgress - high;
  return Math.max(1, Math.ceil(current.municipalities * Math.max(0, distance) - EDGE_TOLERANCE));
}
