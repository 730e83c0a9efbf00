import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from './follow-up';
import {
  bandCount,
  bandTrend,
  maxDisclosureThreshold,
  shareDistribution,
  type CountBand,
  type FollowUpCounts,
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
    const rank = (b: CountBand) => (b.kind === 'FEWER_THAN' ? -1 : b.kind === 'EXACT' ? b.value : Number.MAX_SAFE_INTEGER);
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

describe('shareDistribution', () => {
  it('is suppressed below k contributing municipalities (k − 1)', () => {
    expect(shareDistribution(counts(5, 1, 1, 0), 2, 3)).toEqual({ suppressed: true });
    expect(shareDistribution(counts(0, 0, 0, 0), 0, 3)).toEqual({ suppressed: true });
  });

  it('is shown from k contributing municipalities on', () => {
    expect(shareDistribution(counts(2, 1, 1, 0), 3, 3)).toEqual({
      suppressed: false,
      percentages: counts(50, 25, 25, 0),
    });
    expect(shareDistribution(counts(2, 1, 1, 0), 14, 3)).toEqual({
      suppressed: false,
      percentages: counts(50, 25, 25, 0),
    });
  });

  it('with k = 1 only a theme nobody contributes to is suppressed', () => {
    expect(shareDistribution(counts(1, 0, 0, 0), 1, 1)).toEqual({ suppressed: false, percentages: counts(100, 0, 0, 0) });
    expect(shareDistribution(counts(0, 0, 0, 0), 0, 1)).toEqual({ suppressed: true });
  });

  it('rounds to whole percentages that add up to 100, ties to the earlier status', () => {
    expect(shareDistribution(counts(1, 1, 1, 0), 3, 3)).toEqual({ suppressed: false, percentages: counts(34, 33, 33, 0) });
    expect(shareDistribution(counts(1, 1, 1, 1), 3, 3)).toEqual({ suppressed: false, percentages: counts(25, 25, 25, 25) });
    expect(shareDistribution(counts(1, 2, 3, 1), 3, 3)).toEqual({ suppressed: false, percentages: counts(14, 29, 43, 14) });
    for (let a = 0; a <= 12; a += 1) {
      for (let b = 0; b <= 12; b += 3) {
        const result = shareDistribution(counts(a, b, 7, 1), 5, 3);
        if (result.suppressed) {
          throw new Error('unexpected suppression');
        }
        expect(FOLLOW_UP_STATUSES.reduce((sum, s) => sum + result.percentages[s], 0)).toBe(100);
      }
    }
  });

  it('refuses negative or fractional counts', () => {
    expect(() => shareDistribution(counts(-1, 0, 0, 0), 3, 3)).toThrow(RangeError);
    expect(() => shareDistribution(counts(0, 0, 0, 0), 2.5, 3)).toThrow(RangeError);
    expect(() => shareDistribution(counts(0, 0, 0, 0), 3, 0)).toThrow(RangeError);
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
