import { describe, expect, it } from 'vitest';
import {
  learningEffect,
  learningEffectChangeBelowK,
  meanProgressBand,
  type LearningEffect,
  type LearningSideFigures,
} from './learning-effect';

const sideOf = (municipalities: number, recommendations: number, meanProgress: number): LearningSideFigures => ({
  municipalities,
  recommendations,
  meanProgress,
});

describe('meanProgressBand', () => {
  it.each([
    [0, 0],
    [0.2499, 0],
    [0.25, 25],
    [0.5, 50],
    [0.75, 75],
    [1, 75],
  ])('%f is in the band from %i', (mean, from) => {
    expect(meanProgressBand(mean)).toEqual({ from, to: from + 25 });
  });

  it('puts a mean that floating point lands a hair below an edge on the edge', () => {
    const mean = (1 / 3 + 2 / 3 + 0 + 0) / 4 - 1e-15;
    expect(meanProgressBand(mean)).toEqual({ from: 25, to: 50 });
  });

  it('refuses a mean outside 0 to 1', () => {
    expect(() => meanProgressBand(1.5)).toThrow(RangeError);
    expect(() => meanProgressBand(Number.NaN)).toThrow(RangeError);
  });
});

describe('learningEffect (n = 14, k = 3)', () => {
  it('is suppressed when either side has fewer than k municipalities, at the boundary', () => {
    expect(learningEffect(sideOf(2, 40, 0.5), sideOf(9, 40, 0.5), 14, 3)).toEqual({ suppressed: true });
    expect(learningEffect(sideOf(9, 40, 0.5), sideOf(2, 40, 0.5), 14, 3)).toEqual({ suppressed: true });
    expect(learningEffect(sideOf(3, 40, 0.5), sideOf(3, 40, 0.1), 14, 3)).toEqual({
      suppressed: false,
      tookPart: { municipalities: { kind: 'EXACT', value: 3 }, progress: { from: 50, to: 75 } },
      didNot: { municipalities: { kind: 'EXACT', value: 3 }, progress: { from: 0, to: 25 } },
    });
  });

  it('withholds the progress of a side with fewer than 4k recommendations, not its count', () => {
    const effect = learningEffect(sideOf(3, 11, 0.5), sideOf(4, 12, 0.9), 14, 3);
    expect(effect).toEqual({
      suppressed: false,
      tookPart: { municipalities: { kind: 'EXACT', value: 3 }, progress: null },
      didNot: { municipalities: { kind: 'EXACT', value: 4 }, progress: { from: 75, to: 100 } },
    });
  });
});

describe('learningEffectChangeBelowK (k = 3)', () => {
  const published = learningEffect(sideOf(5, 20, 0.4), sideOf(6, 24, 0.6), 14, 3);

  it('is null when nothing visible changed', () => {
    expect(learningEffectChangeBelowK(published, sideOf(5, 22, 0.45), sideOf(6, 24, 0.55), 3)).toBeNull();
    expect(learningEffectChangeBelowK({ suppressed: true }, sideOf(2, 8, 0.4), sideOf(9, 30, 0.6), 3)).toBeNull();
  });

  it('flags a side count that one municipality changed, also when the comparison goes dark', () => {
    expect(learningEffectChangeBelowK(published, sideOf(6, 24, 0.4), sideOf(6, 24, 0.6), 3)).toBe(1);
    const exactlyK = learningEffect(sideOf(3, 20, 0.4), sideOf(6, 24, 0.6), 14, 3);
    expect(learningEffectChangeBelowK(exactlyK, sideOf(2, 16, 0.4), sideOf(7, 28, 0.6), 3)).toBe(1);
    expect(learningEffectChangeBelowK(published, sideOf(8, 32, 0.4), sideOf(6, 24, 0.6), 3)).toBeNull();
  });

  it('flags a progress band that fewer than k municipalities could have moved', () => {
    // 0.4 → 0.55 with 5 municipalities: the sum moved by at least 5 × 0.05 = 0.25, one municipality.
    expect(learningEffectChangeBelowK(published, sideOf(5, 20, 0.55), sideOf(6, 24, 0.6), 3)).toBe(1);
    // 0.4 → 0.95 with 5: at least 5 × 0.45 = 2.25, three municipalities: not below k.
    expect(learningEffectChangeBelowK(published, sideOf(5, 20, 0.95), sideOf(6, 24, 0.6), 3)).toBeNull();
  });

  it('flags a comparison that appears when a side just reached k', () => {
    const dark: LearningEffect = { suppressed: true };
    expect(learningEffectChangeBelowK(dark, sideOf(3, 20, 0.4), sideOf(8, 30, 0.6), 3)).toBe(1);
    expect(learningEffectChangeBelowK(dark, sideOf(5, 20, 0.4), sideOf(8, 30, 0.6), 3)).toBeNull();
  });
});
