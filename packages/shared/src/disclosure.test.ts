import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up';
import {
  bandCount,
  bandTrend,
  countChangeBelowK,
  evaluationShown,
  maxDisclosureThreshold,
  minimumRecommendationsForShares,
  roundRatingToHalf,
  shareBand,
  shareChangeBelowK,
  shareDistribution,
  type CountBand,
  type FollowUpCounts,
  type ShareBand,
} from './disclosure';

const counts = (OPEN: number, IN_PROGRESS: number, DONE: number, NOT_ADOPTED: number): FollowUpCounts => ({
  OPEN,
  IN_PROGRESS,
  DONE,
  NOT_ADOPTED,
});

describe('bandCount at the boundaries (n = 14, k = 3)', () => {
  it.each([
    [0, { kind: 'FEWER_THAN', bound: 3 }],
    [1, { kind: 'FEWER_THAN', bound: 3 }],
    [2, { kind: 'FEWER_THAN', bound: 3 }], // k − 1
    [3, { kind: 'EXACT', value: 3 }], // k
    [7, { kind: 'EXACT', value: 7 }],
    [11, { kind: 'EXACT', value: 11 }], // n − k
    [12, { kind: 'MORE_THAN', bound: 11 }], // n − k + 1
    [14, { kind: 'MORE_THAN', bound: 11 }], // n
  ] as [number, CountBand][])('c = %i', (c, band) => {
    expect(bandCount(c, 14, 3)).toEqual(band);
  });
});

describe('bandCount in small regions', () => {
  it('n = 0: the only count reads "fewer than k"', () => {
    expect(bandCount(0, 0, 3)).toEqual({ kind: 'FEWER_THAN', bound: 3 });
    expect(bandCount(0, 0, 1)).toEqual({ kind: 'FEWER_THAN', bound: 1 });
  });

  it('k > n/2: never exact; below k "fewer than k", from k on "more than n − k"', () => {
    expect([0, 1, 2, 3, 4].map((c) => bandCount(c, 4, 3))).toEqual([
      { kind: 'FEWER_THAN', bound: 3 },
      { kind: 'FEWER_THAN', bound: 3 },
      { kind: 'FEWER_THAN', bound: 3 },
      { kind: 'MORE_THAN', bound: 1 },
      { kind: 'MORE_THAN', bound: 1 },
    ]);
    expect([0, 1, 2, 3, 4, 5].map((c) => bandCount(c, 5, 3).kind)).toEqual([
      'FEWER_THAN',
      'FEWER_THAN',
      'FEWER_THAN',
      'MORE_THAN',
      'MORE_THAN',
      'MORE_THAN',
    ]);
  });

  it('k > n: one band for every count', () => {
    for (let c = 0; c <= 2; c += 1) {
      expect(bandCount(c, 2, 3)).toEqual({ kind: 'FEWER_THAN', bound: 3 });
    }
  });

  it('k = n/2 still has exactly one exact value', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => bandCount(c, 6, 3).kind)).toEqual([
      'FEWER_THAN',
      'FEWER_THAN',
      'FEWER_THAN',
      'EXACT',
      'MORE_THAN',
      'MORE_THAN',
      'MORE_THAN',
    ]);
  });
});

describe('bandCount with k = 1 (no suppression chosen)', () => {
  it('shows 1..n−1 exactly, 0 as "fewer than 1" and n as "more than n − 1"', () => {
    expect(bandCount(0, 14, 1)).toEqual({ kind: 'FEWER_THAN', bound: 1 });
    expect(bandCount(1, 14, 1)).toEqual({ kind: 'EXACT', value: 1 });
    expect(bandCount(13, 14, 1)).toEqual({ kind: 'EXACT', value: 13 });
    expect(bandCount(14, 14, 1)).toEqual({ kind: 'MORE_THAN', bound: 13 });
  });
});

describe('bandCount, exhaustively for n ≤ 30 and k ≤ 20', () => {
  const cases: { n: number; k: number; c: number; band: CountBand }[] = [];
  for (let n = 0; n <= 30; n += 1) {
    for (let k = 1; k <= 20; k += 1) {
      for (let c = 0; c <= n; c += 1) {
        cases.push({ n, k, c, band: bandCount(c, n, k) });
      }
    }
  }

  it('is exact exactly when k ≤ c ≤ n − k, and then shows c', () => {
    for (const { n, k, c, band } of cases) {
      const exact = k <= c && c <= n - k;
      expect(band.kind === 'EXACT', `n=${n} k=${k} c=${c}`).toBe(exact);
      if (band.kind === 'EXACT') {
        expect(band.value).toBe(c);
      }
    }
  });

  it('says only true things, with k or n − k as the bound', () => {
    for (const { n, k, c, band } of cases) {
      if (band.kind === 'FEWER_THAN') {
        expect(band.bound).toBe(k);
        expect(c).toBeLessThan(band.bound);
      } else if (band.kind === 'MORE_THAN') {
        expect(band.bound).toBe(n - k);
        expect(band.bound).toBeGreaterThanOrEqual(0);
        expect(c).toBeGreaterThan(band.bound);
      }
    }
  });

  it('never tells fewer than k counts apart, so 0 and 1 look the same for k ≥ 2', () => {
    for (const { n, k, c, band } of cases) {
      if (c < k) {
        expect(band).toEqual({ kind: 'FEWER_THAN', bound: k });
      }
      if (k >= 2 && n >= 1 && c === 1) {
        expect(band).toEqual(bandCount(0, n, k));
      }
    }
  });

  it('hides each of the top k counts among at least k values when k ≤ n/2', () => {
    for (const { n, k, c, band } of cases) {
      if (k <= n / 2 && c > n - k) {
        expect(band).toEqual({ kind: 'MORE_THAN', bound: n - k });
      }
    }
  });

  it('is deterministic and monotone: a higher count never reads lower', () => {
    const rank = (b: CountBand) =>
      b.kind === 'FEWER_THAN' ? -1 : b.kind === 'EXACT' ? b.value : Number.MAX_SAFE_INTEGER;
    for (const { n, k, c, band } of cases) {
      expect(bandCount(c, n, k)).toEqual(band);
      if (c > 0) {
        expect(rank(band)).toBeGreaterThanOrEqual(rank(bandCount(c - 1, n, k)));
      }
    }
  });
});

describe('bandCount refuses impossible input', () => {
  it.each([
    [-1, 14, 3],
    [15, 14, 3],
    [1.5, 14, 3],
    [1, -1, 3],
    [1, 14, 0],
    [1, 14, Number.NaN],
  ])('c=%s n=%s k=%s', (c, n, k) => {
    expect(() => bandCount(c, n, k)).toThrow(RangeError);
  });
});

describe('maxDisclosureThreshold', () => {
  it('keeps an exact band: k ≤ n/2', () => {
    expect([0, 1, 2, 3, 14, 15, 400].map(maxDisclosureThreshold)).toEqual([0, 0, 1, 1, 7, 7, 200]);
  });
});

const band = (from: number): ShareBand => ({ from, to: from + 25 });
const bands = (OPEN: number, IN_PROGRESS: number, DONE: number, NOT_ADOPTED: number) => ({
  OPEN: band(OPEN),
  IN_PROGRESS: band(IN_PROGRESS),
  DONE: band(DONE),
  NOT_ADOPTED: band(NOT_ADOPTED),
});

describe('shareBand', () => {
  it('puts a count in its quarter, 25 % and 75 % starting a band, 100 % in the top one', () => {
    expect([0, 2, 3, 5, 6, 8, 9, 11, 12].map((c) => shareBand(c, 12).from)).toEqual([0, 0, 25, 25, 50, 50, 75, 75, 75]);
    expect(shareBand(12, 12)).toEqual({ from: 75, to: 100 });
    expect(shareBand(0, 1)).toEqual({ from: 0, to: 25 });
  });

  it('refuses impossible input', () => {
    expect(() => shareBand(1, 0)).toThrow(RangeError);
    expect(() => shareBand(5, 4)).toThrow(RangeError);
    expect(() => shareBand(-1, 4)).toThrow(RangeError);
  });
});

describe('shareDistribution', () => {
  it('is suppressed below k contributing municipalities (k − 1), however many recommendations', () => {
    expect(shareDistribution(counts(50, 10, 10, 0), 2, 3)).toEqual({ suppressed: true });
    expect(shareDistribution(counts(0, 0, 0, 0), 0, 3)).toEqual({ suppressed: true });
  });

  it('is suppressed below 4k recommendations (4k − 1) and shown from 4k on', () => {
    expect(minimumRecommendationsForShares(3)).toBe(12);
    expect(shareDistribution(counts(5, 3, 3, 0), 5, 3)).toEqual({ suppressed: true }); // 11
    expect(shareDistribution(counts(6, 3, 3, 0), 3, 3)).toEqual({ suppressed: false, bands: bands(50, 25, 25, 0) }); // 12
    expect(shareDistribution(counts(1, 0, 0, 3), 1, 1)).toEqual({ suppressed: false, bands: bands(25, 0, 0, 75) }); // k = 1: 4
    expect(shareDistribution(counts(1, 0, 0, 2), 1, 1)).toEqual({ suppressed: true });
  });

  it('never publishes whole percentages: 1 of 12 and 2 of 12 read the same', () => {
    expect(shareDistribution(counts(11, 0, 1, 0), 4, 3)).toEqual(shareDistribution(counts(10, 0, 2, 0), 4, 3));
  });

  it('refuses negative or fractional counts', () => {
    expect(() => shareDistribution(counts(-1, 0, 0, 0), 3, 3)).toThrow(RangeError);
    expect(() => shareDistribution(counts(0, 0, 0, 0), 2.5, 3)).toThrow(RangeError);
    expect(() => shareDistribution(counts(0, 0, 0, 0), 3, 0)).toThrow(RangeError);
  });

  it('even for a reader who knows the total, leaves at least k candidate counts per shown band (k ≤ 8, N ≤ 120)', () => {
    for (let k = 1; k <= 8; k += 1) {
      for (let total = minimumRecommendationsForShares(k); total <= 120; total += 1) {
        const candidates = new Map<number, number>();
        for (let c = 0; c <= total; c += 1) {
          const { from } = shareBand(c, total);
          candidates.set(from, (candidates.get(from) ?? 0) + 1);
        }
        for (const [from, n] of candidates) {
          expect(n, `k=${k} N=${total} band ${from}`).toBeGreaterThanOrEqual(k);
        }
      }
    }
  });
});

/** Brute force: the fewest single changes from a state inside the previous bands to `current`. */
function bruteForceChange(
  previous: Record<FollowUpStatus, ShareBand>,
  current: FollowUpCounts,
  limit: number,
): number | null {
  let best: number | null = null;
  const span = [...Array(2 * limit + 1).keys()].map((i) => i - limit);
  for (const a of span) {
    for (const b of span) {
      for (const c of span) {
        for (const d of span) {
          const before = counts(current.OPEN + a, current.IN_PROGRESS + b, current.DONE + c, current.NOT_ADOPTED + d);
          const deltas = [a, b, c, d];
          const cost = Math.max(
            deltas.reduce((s, x) => s + Math.max(0, -x), 0),
            deltas.reduce((s, x) => s + Math.max(0, x), 0),
          );
          const total = FOLLOW_UP_STATUSES.reduce((s, st) => s + before[st], 0);
          if (cost === 0 || cost > limit || total < 1 || FOLLOW_UP_STATUSES.some((st) => before[st] < 0)) {
            continue;
          }
          if (
            FOLLOW_UP_STATUSES.every((st) => shareBand(before[st], total).from === previous[st].from) &&
            (best === null || cost < best)
          ) {
            best = cost;
          }
        }
      }
    }
  }
  return best;
}

describe('shareChangeBelowK', () => {
  it('flags a band moved by one status change, and says how small that change can be', () => {
    // 12 recommendations: 6 open (50 %), 3 in progress, 3 done → one open one is done: open falls to 25–50 %.
    const before = shareDistribution(counts(6, 3, 3, 0), 4, 3);
    expect(shareChangeBelowK(before, counts(5, 3, 4, 0), 3)).toBe(1);
  });

  it('does not flag what readers cannot see: the same bands, or suppression before', () => {
    const before = shareDistribution(counts(15, 5, 5, 0), 4, 3);
    expect(shareChangeBelowK(before, counts(15, 5, 6, 0), 3)).toBeNull(); // one more done, bands unchanged
    expect(shareChangeBelowK({ suppressed: true }, counts(1, 20, 0, 0), 3)).toBeNull();
  });

  it('does not flag a move that takes at least k changes', () => {
    // At least 75 % open and under 25 % done before; 10 of 20 done now: e.g. from 16 open and 5 done, six changes.
    expect(shareChangeBelowK({ suppressed: false, bands: bands(75, 0, 0, 0) }, counts(10, 0, 10, 0), 6)).toBeNull();
    expect(shareChangeBelowK({ suppressed: false, bands: bands(75, 0, 0, 0) }, counts(10, 0, 10, 0), 7)).toBe(6);
  });

  it('agrees with a brute-force search on every small case (k ≤ 3, counts ≤ 6)', () => {
    const previousBands = [
      bands(75, 0, 0, 0),
      bands(50, 25, 0, 0),
      bands(25, 25, 25, 0),
      bands(0, 50, 25, 0),
      bands(0, 0, 0, 75),
    ];
    let flagged = 0;
    for (const previous of previousBands) {
      for (let k = 1; k <= 3; k += 1) {
        for (let a = 0; a <= 6; a += 1) {
          for (let b = 0; b <= 6; b += 2) {
            for (let c = 0; c <= 6; c += 3) {
              const current = counts(a, b, c, 1);
              const total = a + b + c + 1;
              const same = FOLLOW_UP_STATUSES.every((st) => shareBand(current[st], total).from === previous[st].from);
              const expected = same ? null : bruteForceChange(previous, current, k - 1);
              flagged += expected === null ? 0 : 1;
              expect(
                shareChangeBelowK({ suppressed: false, bands: previous }, current, k),
                `${JSON.stringify(previous)} ${a},${b},${c},1 k=${k}`,
              ).toBe(expected);
            }
          }
        }
      }
    }
    expect(flagged).toBeGreaterThan(20);
  });
});

describe('countChangeBelowK (n = 14, k = 3)', () => {
  const exact = (value: number): CountBand => ({ kind: 'EXACT', value });
  it('flags changes of 1 and 2 municipalities, not 0 or 3', () => {
    expect(countChangeBelowK(exact(5), 5, 3)).toBeNull();
    expect(countChangeBelowK(exact(5), 6, 3)).toBe(1);
    expect(countChangeBelowK(exact(5), 3, 3)).toBe(2);
    expect(countChangeBelowK(exact(5), 8, 3)).toBeNull();
  });

  it('measures from the edge of a band', () => {
    expect(countChangeBelowK({ kind: 'FEWER_THAN', bound: 3 }, 2, 3)).toBeNull();
    expect(countChangeBelowK({ kind: 'FEWER_THAN', bound: 3 }, 3, 3)).toBe(1);
    expect(countChangeBelowK({ kind: 'FEWER_THAN', bound: 3 }, 4, 3)).toBe(2);
    expect(countChangeBelowK({ kind: 'FEWER_THAN', bound: 3 }, 5, 3)).toBeNull();
    expect(countChangeBelowK({ kind: 'MORE_THAN', bound: 11 }, 11, 3)).toBe(1);
    expect(countChangeBelowK({ kind: 'MORE_THAN', bound: 11 }, 14, 3)).toBeNull();
  });

  it('never flags anything with k = 1', () => {
    expect(countChangeBelowK(exact(5), 6, 1)).toBeNull();
  });
});

describe('evaluation rules', () => {
  it('rounds averages to half points', () => {
    expect([1, 1.24, 1.25, 1.74, 1.75, 3.6667, 5].map(roundRatingToHalf)).toEqual([1, 1, 1.5, 1.5, 2, 3.5, 5]);
    expect(() => roundRatingToHalf(Number.NaN)).toThrow(RangeError);
  });

  it('shows results from k responses on (k − 1 hidden)', () => {
    expect(evaluationShown(2, 3)).toBe(false);
    expect(evaluationShown(3, 3)).toBe(true);
    expect(evaluationShown(4, 5)).toBe(false);
    expect(evaluationShown(0, 1)).toBe(false);
  });
});

describe('bandTrend compares published bands only', () => {
  const exact = (value: number): CountBand => ({ kind: 'EXACT', value });
  const fewer = (bound: number): CountBand => ({ kind: 'FEWER_THAN', bound });
  const more = (bound: number): CountBand => ({ kind: 'MORE_THAN', bound });

  it('compares exact counts exactly', () => {
    expect(bandTrend(exact(4), exact(6))).toBe('UP');
    expect(bandTrend(exact(6), exact(4))).toBe('DOWN');
    expect(bandTrend(exact(5), exact(5))).toBe('SAME');
  });

  it('reads an unchanged band as SAME, whatever happened inside it', () => {
    expect(bandTrend(fewer(3), fewer(3))).toBe('SAME');
    expect(bandTrend(more(11), more(11))).toBe('SAME');
  });

  it('moves between bands only when their ranges do not overlap', () => {
    expect(bandTrend(fewer(3), exact(3))).toBe('UP');
    expect(bandTrend(exact(3), fewer(3))).toBe('DOWN');
    expect(bandTrend(exact(11), more(11))).toBe('UP');
    expect(bandTrend(more(11), exact(11))).toBe('DOWN');
    expect(bandTrend(fewer(3), more(11))).toBe('UP');
    expect(bandTrend(more(11), fewer(3))).toBe('DOWN');
  });

  it('is UNKNOWN when the ranges overlap (k or n changed, or a small region)', () => {
    expect(bandTrend(fewer(3), fewer(4))).toBe('UNKNOWN');
    expect(bandTrend(fewer(4), exact(3))).toBe('UNKNOWN');
    expect(bandTrend(more(10), exact(11))).toBe('UNKNOWN');
    expect(bandTrend(more(10), more(11))).toBe('UNKNOWN');
    // n = 4, k = 3: "fewer than 3" is [0, 2], "more than 1" is [2, ∞).
    expect(bandTrend(fewer(3), more(1))).toBe('UNKNOWN');
  });

  it('is NEW for a theme that was not in the previous snapshot', () => {
    expect(bandTrend(null, exact(4))).toBe('NEW');
  });
});
