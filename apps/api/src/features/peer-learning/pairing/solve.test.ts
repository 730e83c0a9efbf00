import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import { randomInput, seededRandom } from './random-input';
import { solve } from './solve';

describe('solve: exactly one trio', () => {
  // The subset method is checked against brute force in engine.test.ts; larger pools use the branch and
  // bound, which must find the same optimum.
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'branch and bound equals the subset method (seed %i)',
    (seed) => {
      const random = seededRandom(500 + seed);
      const size = 5 + 2 * Math.floor(random() * 5);
      const input = randomInput(random, size, 1 + Math.floor(random() * 5), 'PAIRS');
      const ids = input.members.map((m) => m.id);
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          const roll = random();
          if (roll < 0.1) {
            input.forbidden.push([ids[a]!, ids[b]!]);
          } else if (roll < 0.25) {
            input.repeats.push([ids[a]!, ids[b]!]);
          }
        }
      }
      const model = buildModel(input);
      const free = ids.map((_, i) => i);
      const banned = new Set(random() < 0.5 ? ['0,1', '1,2,3'] : []);
      const subsets = solve(model, free, 'ONE', banned);
      const branched = solve(model, free, 'ONE', banned, 'BRANCH_AND_BOUND');
      expect(branched.exact).toBe(true);
      expect(branched.value).toBe(subsets.value);
      expect(branched.groups === null).toBe(subsets.groups === null);
    },
  );
});
