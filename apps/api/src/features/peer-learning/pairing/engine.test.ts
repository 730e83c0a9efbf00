import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../common/errors';
import { proposeGroups, scoreGroups, PREFER_BONUS, type GroupForm, type PairingInput } from './engine';
import { randomInput, seededRandom } from './random-input';

/** Independent reference: every partition into groups of 2 and 3, best by (fewest repeats, highest total). */
function bruteForce(input: PairingInput, banned?: string[]): { total: number; repeats: number } | null {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const forbidden = new Set(input.forbidden.map(([a, b]) => key(a, b)));
  const repeats = new Set(input.repeats.map(([a, b]) => key(a, b)));
  const preferences = new Set(input.preferred.map(([a, b]) => `${a}>${b}`));
  const scores = new Map<string, number>();
  for (const ma of input.members) {
    for (const mb of input.members) {
      let score = 0;
      input.goals.forEach((_, g) => (score += ma.needs[g]! * mb.shares[g]! + mb.needs[g]! * ma.shares[g]!));
      const bonus = [`${ma.id}>${mb.id}`, `${mb.id}>${ma.id}`].filter((p) => preferences.has(p)).length;
      scores.set(key(ma.id, mb.id), score + PREFER_BONUS * bonus);
    }
  }
  const bannedKey = banned ? [...banned].sort().join(',') : null;
  const lockKeys = new Set(input.locked.map((g) => [...g].sort().join(',')));
  const lockedIds = new Set(input.locked.flat());
  const ids = input.members.map((m) => m.id).sort();
  const trioLimit = input.form === 'PAIRS' ? ids.length % 2 : Infinity;
  let best: { total: number; repeats: number } | null = null;
  const walk = (rest: string[], total: number, met: number, trios: number) => {
    if (rest.length === 0) {
      if (best === null || met < best.repeats || (met === best.repeats && total > best.total)) {
        best = { total, repeats: met };
      }
      return;
    }
    const first = rest[0]!;
    const others = rest.slice(1);
    const lock = input.locked.find((g) => g.includes(first));
    const options: string[][] = lock
      ? [[...lock].sort()]
      : others.flatMap((b, x) => [[first, b], ...others.slice(x + 1).map((c) => [first, b, c])]);
    for (const group of options) {
      const groupKey = group.join(',');
      if (groupKey === bannedKey || (!lock && group.some((id, k) => k > 0 && lockedIds.has(id)))) {
        continue;
      }
      if (group.length === 3 && trios >= trioLimit && !lockKeys.has(groupKey)) {
        continue;
      }
      const pairs = group.flatMap((a, x) => group.slice(x + 1).map((b) => [a, b] as const));
      if (pairs.some(([a, b]) => forbidden.has(key(a, b)))) {
        continue;
      }
      const gain = pairs.reduce((sum, [a, b]) => sum + scores.get(key(a, b))!, 0);
      walk(
        others.filter((id) => !group.includes(id)),
        total + gain,
        met + pairs.filter(([a, b]) => repeats.has(key(a, b))).length,
        trios + (group.length === 3 ? 1 : 0),
      );
    }
  };
  walk(ids, 0, 0, 0);
  return best;
}

/** A random instance with constraints, as the optimality tests use it. */
function constrainedInstance(seed: number): PairingInput {
  const random = seededRandom(seed);
  const size = 2 + Math.floor(random() * 11);
  const form: GroupForm = random() < 0.5 ? 'PAIRS' : 'PAIRS_OR_TRIOS';
  const input = randomInput(random, size, 1 + Math.floor(random() * 4), form);
  const ids = input.members.map((m) => m.id);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      const roll = random();
      if (a < b && roll < 0.08) {
        input.forbidden.push([ids[a]!, ids[b]!]);
      } else if (a < b && roll < 0.2) {
        input.repeats.push([ids[b]!, ids[a]!]);
      } else if (a !== b && roll < 0.3) {
        input.preferred.push([ids[a]!, ids[b]!]);
      }
    }
  }
  // A locked pair in a third of the instances, on two members that are not forbidden together.
  if (size >= 4 && random() < 0.34) {
    const [a, b] = [ids[size - 1]!, ids[Math.floor(random() * (size - 1))]!];
    input.forbidden = input.forbidden.filter(([x, y]) => !(new Set([x, y]).has(a) && new Set([x, y]).has(b)));
    input.locked.push([a, b]);
  }
  return input;
}

function expectValidGrouping(input: PairingInput, groups: string[][]) {
  const placed = groups.flat().sort();
  expect(placed).toEqual(input.members.map((m) => m.id).sort());
  const scored = scoreGroups(input, groups);
  expect(scored.violations).toEqual([]);
  return scored;
}

describe('proposeGroups: optimal against brute force', () => {
  // Sizes 2..12, both forms, with forbidden pairs, repeats, preferences and locks; cost of breaking checked
  // against brute force for the smaller instances.
  const seeds = Array.from({ length: 120 }, (_, i) => i + 1);
  it.each(seeds)('seed %i', (seed) => {
    const input = constrainedInstance(seed);
    const result = proposeGroups(input);
    const reference = bruteForce(input);
    if (reference === null) {
      expect(result.feasible).toBe(false);
      return;
    }
    if (!result.feasible) {
      throw new Error(`engine found no grouping for seed ${seed}: ${result.reason} ${result.detail.join(' ')}`);
    }
    expect({ total: result.total, repeats: result.repeats }).toEqual(reference);
    expect(result.exact).toBe(true);
    const scored = expectValidGrouping(
      input,
      result.groups.map((g) => g.members),
    );
    expect(scored.total).toBe(result.total);
    for (const lock of input.locked) {
      expect(result.groups.find((g) => g.locked)?.members).toEqual([...lock].sort());
    }
    if (input.members.length <= 9) {
      for (const group of result.groups) {
        const released = {
          ...input,
          locked: input.locked.filter((l) => [...l].sort().join() !== group.members.join()),
        };
        const without = bruteForce(released, group.members);
        const explanation = group.explanation;
        if (without === null) {
          expect(explanation.costOfBreakingStatus).toBe('NO_PLACEMENT_WITHOUT');
          expect(explanation.costOfBreaking).toBeNull();
        } else {
          expect(explanation).toMatchObject({
            costOfBreaking: result.total - without.total,
            costOfBreakingStatus: 'COMPUTED',
            repeatsWithoutGroup: without.repeats,
          });
        }
      }
    }
  });
});

describe('proposeGroups: properties', () => {
  const shuffle = <T>(items: T[], random: () => number) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  it.each([7, 12, 30, 36, 55, 104])('gives the same answer for shuffled input order (seed %i)', (seed) => {
    const input = constrainedInstance(seed);
    const random = seededRandom(seed * 7);
    const shuffled: PairingInput = {
      ...input,
      members: shuffle(input.members, random),
      forbidden: shuffle(input.forbidden, random).map(([a, b]) => [b, a]),
      preferred: shuffle(input.preferred, random),
      repeats: shuffle(input.repeats, random),
      locked: input.locked.map((group) => shuffle(group, random)),
    };
    expect(proposeGroups(shuffled)).toEqual(proposeGroups(input));
  });

  it('places 31 members in pairs and exactly one trio, exactly, with forbidden pairs and repeats', () => {
    const random = seededRandom(31);
    const input = randomInput(random, 31, 5, 'PAIRS');
    const ids = input.members.map((m) => m.id);
    input.forbidden = ids.slice(1, 20).map((id) => [ids[0]!, id]);
    input.repeats = ids.slice(3).map((id, i) => [id, ids[i]!]);
    input.locked = [[ids[5]!, ids[9]!]];
    const result = proposeGroups(input);
    if (!result.feasible) {
      throw new Error(result.reason);
    }
    expect(result.exact).toBe(true);
    expect(result.groups.filter((g) => g.members.length === 3)).toHaveLength(1);
    expect(result.groups.find((g) => g.locked)?.members).toEqual([ids[5], ids[9]]);
    expect(result.repeats).toBe(0);
    expectValidGrouping(
      input,
      result.groups.map((g) => g.members),
    );
  });

  it(`says exact: false above the exact trio limit, and still gives a valid grouping better than pairs alone`, () => {
    const input = randomInput(seededRandom(20), 20, 4, 'PAIRS_OR_TRIOS');
    input.forbidden = [[input.members[0]!.id, input.members[1]!.id]];
    const result = proposeGroups(input);
    const pairsOnly = proposeGroups({ ...input, form: 'PAIRS' });
    if (!result.feasible || !pairsOnly.feasible) {
      throw new Error('infeasible');
    }
    expect(result.exact).toBe(false);
    expect(result.total).toBeGreaterThan(pairsOnly.total);
    expectValidGrouping(
      input,
      result.groups.map((g) => g.members),
    );
  });
});

/**
 * Hand-checked: A needs goal g1 (3) and shares g2 (2); B shares g1 (3) and needs g2 (2); C and D a little.
 * Pair scores: AB 13 (9 + 4), AD 5, BC 5, CD 2, AC 0, BD 0. Best: AB + CD = 15; without AB or CD: AD + BC = 10.
 */
function handExample(): PairingInput {
  return {
    goals: ['g1', 'g2'],
    members: [
      { id: 'D', needs: [0, 1], shares: [1, 0] },
      { id: 'A', needs: [3, 0], shares: [0, 2] },
      { id: 'C', needs: [1, 0], shares: [0, 1] },
      { id: 'B', needs: [0, 2], shares: [3, 0] },
    ],
    form: 'PAIRS',
    locked: [],
    forbidden: [],
    preferred: [],
    repeats: [],
  };
}

describe('proposeGroups: explanation', () => {
  it('says per goal who learns what from whom, and what breaking each group costs', () => {
    expect(proposeGroups(handExample())).toEqual({
      feasible: true,
      total: 15,
      repeats: 0,
      exact: true,
      groups: [
        {
          members: ['A', 'B'],
          score: 13,
          bonus: 0,
          locked: false,
          repeats: 0,
          explanation: {
            learning: [
              { goalId: 'g1', learner: 'A', from: 'B', points: 9 },
              { goalId: 'g2', learner: 'B', from: 'A', points: 4 },
            ],
            costOfBreaking: 5,
            costOfBreakingStatus: 'COMPUTED',
            repeatsWithoutGroup: 0,
          },
        },
        {
          members: ['C', 'D'],
          score: 2,
          bonus: 0,
          locked: false,
          repeats: 0,
          explanation: {
            learning: [
              { goalId: 'g1', learner: 'C', from: 'D', points: 1 },
              { goalId: 'g2', learner: 'D', from: 'C', points: 1 },
            ],
            costOfBreaking: 5,
            costOfBreakingStatus: 'COMPUTED',
            repeatsWithoutGroup: 0,
          },
        },
      ],
    });
  });

  it('avoids a repeat even at a loss, and prices breaking against the best grouping without a repeat', () => {
    const result = proposeGroups({ ...handExample(), repeats: [['B', 'A']] });
    if (!result.feasible) {
      throw new Error(result.reason);
    }
    expect(result.groups.map((g) => [g.members, g.score, g.explanation.costOfBreaking])).toEqual([
      [['A', 'D'], 5, 10], // without AD: AC + BD (0), since AB + CD would repeat
      [['B', 'C'], 5, 10],
    ]);
    expect(result.repeats).toBe(0);
  });

  it('takes a repeat when nothing else places everyone', () => {
    const result = proposeGroups({
      ...handExample(),
      repeats: [['B', 'A']],
      forbidden: [
        ['A', 'D'],
        ['A', 'C'],
      ],
    });
    expect(result).toMatchObject({ feasible: true, total: 15, repeats: 1 });
  });

  it('adds PREFER_BONUS per direction, enough to tip a close call', () => {
    // AD + BC = 10 + 2 × 2 × 2 (both directions on both pairs) = 18 beats AB + CD = 15.
    const input = {
      ...handExample(),
      preferred: [
        ['A', 'D'],
        ['D', 'A'],
        ['B', 'C'],
        ['C', 'B'],
      ] as [string, string][],
    };
    const result = proposeGroups(input);
    expect(PREFER_BONUS).toBe(2);
    expect(result).toMatchObject({ feasible: true, total: 18 });
    if (result.feasible) {
      expect(result.groups.map((g) => [g.members, g.score, g.bonus])).toEqual([
        [['A', 'D'], 5, 4],
        [['B', 'C'], 5, 4],
      ]);
    }
  });

  it('keeps a locked group and reports null when nobody can be placed without a group', () => {
    const result = proposeGroups({
      ...handExample(),
      locked: [['D', 'A']],
      forbidden: [
        ['A', 'B'],
        ['A', 'C'],
      ],
    });
    if (!result.feasible) {
      throw new Error(result.reason);
    }
    expect(result.groups.map((g) => [g.members, g.locked, g.explanation.costOfBreakingStatus])).toEqual([
      [['A', 'D'], true, 'NO_PLACEMENT_WITHOUT'],
      [['B', 'C'], false, 'NO_PLACEMENT_WITHOUT'],
    ]);
    expect(result.groups[0]!.explanation.costOfBreaking).toBeNull();
  });
});

describe('scoreGroups', () => {
  it('scores a valid hand-made grouping', () => {
    expect(
      scoreGroups(handExample(), [
        ['B', 'A'],
        ['C', 'D'],
      ]),
    ).toEqual({
      total: 15,
      repeats: 0,
      perGroup: [
        { members: ['A', 'B'], score: 13, bonus: 0 },
        { members: ['C', 'D'], score: 2, bonus: 0 },
      ],
      violations: [],
    });
  });

  it('scores a trio as the sum of its three pairs, and names every broken rule', () => {
    const input = {
      ...handExample(),
      forbidden: [['C', 'A']] as [string, string][],
      locked: [['C', 'D']],
      repeats: [['A', 'B']] as [string, string][],
    };
    expect(
      scoreGroups(input, [
        ['A', 'B', 'C'],
        ['D', 'X'],
        ['A', 'D'],
      ]),
    ).toEqual({
      total: 13 + 0 + 5 + 5,
      repeats: 1,
      perGroup: [
        { members: ['A', 'B', 'C'], score: 18, bonus: 0 },
        { members: ['D', 'X'], score: 0, bonus: 0 },
        { members: ['A', 'D'], score: 5, bonus: 0 },
      ],
      violations: [
        'FORBIDDEN_PAIR:A,C',
        'UNKNOWN_MEMBER:X',
        'PLACED_TWICE:A',
        'PLACED_TWICE:D',
        'TOO_MANY_TRIOS:1',
        'LOCK_BROKEN:C,D',
      ],
    });
  });

  it('names members left out and groups of a wrong size', () => {
    expect(scoreGroups(handExample(), [['A', 'B', 'C', 'D']]).violations).toEqual(['GROUP_SIZE:A,B,C,D']);
    expect(scoreGroups(handExample(), [['A', 'B']]).violations).toEqual(['NOT_PLACED:C', 'NOT_PLACED:D']);
  });
});

describe('infeasible and invalid input', () => {
  it('needs at least two members, and no member left alone next to the locked groups', () => {
    const one = { ...handExample(), members: handExample().members.slice(0, 1) };
    expect(proposeGroups(one)).toEqual({ feasible: false, reason: 'NOT_ENOUGH_MEMBERS', detail: ['D'] });
    const three = { ...handExample(), members: handExample().members.slice(0, 3), locked: [['A', 'C']] };
    expect(proposeGroups(three)).toEqual({ feasible: false, reason: 'NOT_ENOUGH_MEMBERS', detail: ['D'] });
  });

  it.each<GroupForm>(['PAIRS', 'PAIRS_OR_TRIOS'])(
    'names who cannot be placed because of forbidden pairs (%s)',
    (form) => {
      const input: PairingInput = {
        ...handExample(),
        form,
        forbidden: [
          ['A', 'B'],
          ['C', 'A'],
          ['A', 'D'],
        ],
      };
      const result = proposeGroups(input);
      expect(result).toMatchObject({ feasible: false, reason: 'FORBIDDEN_PAIRS' });
      expect(!result.feasible && result.detail).toContain('A');
    },
  );

  it('reports every problem with the locked groups', () => {
    const input: PairingInput = {
      ...handExample(),
      forbidden: [['B', 'C']],
      locked: [
        ['A', 'GONE'],
        ['A', 'B'],
        ['B', 'C', 'D'],
        ['A', 'C', 'D', 'B'],
        ['D', 'D'],
      ],
    };
    expect(proposeGroups(input)).toEqual({
      feasible: false,
      reason: 'LOCKED_GROUP_INVALID',
      detail: [
        'UNKNOWN_MEMBER:GONE',
        'IN_TWO_LOCKED_GROUPS:B',
        'FORBIDDEN_PAIR:B,C',
        'GROUP_SIZE:A,B,C,D',
        'GROUP_SIZE:D,D',
        'TRIO_NOT_ALLOWED:B,C,D',
      ],
    });
  });

  it('keeps a locked trio where trios are allowed', () => {
    const input: PairingInput = { ...handExample(), form: 'PAIRS_OR_TRIOS', locked: [['B', 'C', 'D']] };
    expect(proposeGroups(input)).toMatchObject({ feasible: false, reason: 'NOT_ENOUGH_MEMBERS', detail: ['A'] });
    const five = { ...input, members: [...input.members, { id: 'E', needs: [1, 1], shares: [1, 1] }] };
    const result = proposeGroups(five);
    expect(result.feasible && result.groups.map((g) => [g.members, g.locked])).toEqual([
      [['A', 'E'], false],
      [['B', 'C', 'D'], true],
    ]);
  });

  it.each([
    ['a need out of range', { needs: [4, 0] }, 'members[0].needs'],
    ['a fractional share', { shares: [1.5, 0] }, 'members[0].shares'],
    ['too few levels', { needs: [1] }, 'members[0].needs'],
    ['a duplicate id', { id: 'A' }, 'members[3].id'],
  ])('throws BadInputError for %s', (_, change, field) => {
    const input = handExample();
    input.members = [...input.members, { ...input.members[1]!, ...change }].reverse();
    const problem = (() => {
      try {
        proposeGroups(input);
      } catch (error) {
        return error;
      }
    })();
    expect(problem).toBeInstanceOf(BadInputError);
    expect((problem as BadInputError).fields.map((f) => f.field)).toContain(field);
    expect(() => scoreGroups(input, [])).toThrow(BadInputError);
  });
});
