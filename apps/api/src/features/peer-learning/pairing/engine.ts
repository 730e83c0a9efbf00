import { maxWeightMatching } from './matching';
import { buildModel, compareIds, groupKey, pairValue, sumPairs, type Model } from './model';
import type { LearningLine, PairingInput, PairingResult, ProposedGroup, ScoredGrouping } from './pairing.types';
import { solve, type Solution, type TrioRule } from './solve';

export type * from './pairing.types';
export { PREFER_BONUS } from './model';
export { EXACT_TRIOS_LIMIT, ONE_TRIO_WORK_LIMIT } from './solve';

/**
 * costOfBreaking re-solves once per group; it is skipped (NOT_COMPUTED) when that would cost more than this
 * many work units (groups × the work of the first solve; K400 ≈ 6.4e7 units ≈ 0.2–0.5 s on this machine).
 */
export const EXPLAIN_WORK_LIMIT = 6e7;

/**
 * Proposes groups: everyone placed exactly once, no forbidden pair, locked groups kept; then fewest repeats;
 * then the highest total of complementarity + prefer bonus. Exact (see docs/pairing.md for the sizes) and
 * deterministic: members are sorted by id and ties are broken in that order. Malformed data throws
 * BadInputError; an impossible grouping is a typed result.
 */
export function proposeGroups(input: PairingInput): PairingResult {
  const model = buildModel(input);
  if (model.n < 2) {
    return { feasible: false, reason: 'NOT_ENOUGH_MEMBERS', detail: model.ids };
  }
  const locks = readLocks(model, input.locked);
  if (locks.problems.length > 0) {
    return { feasible: false, reason: 'LOCKED_GROUP_INVALID', detail: locks.problems };
  }
  const setup = freeMembers(model, locks.groups);
  if (setup.free.length === 1) {
    return { feasible: false, reason: 'NOT_ENOUGH_MEMBERS', detail: setup.free.map((i) => model.ids[i]!) };
  }
  const solution = solve(model, setup.free, setup.trios, new Set());
  if (!solution.groups) {
    return { feasible: false, reason: 'FORBIDDEN_PAIRS', detail: leftOver(model, setup.free) };
  }

  const lockedKeys = new Set(locks.groups.map(groupKey));
  const groups = [...locks.groups, ...solution.groups].map((group) => [...group].sort((a, b) => a - b));
  groups.sort((a, b) => a[0]! - b[0]!);
  const totalOf = (all: number[][]) => all.reduce((sum, group) => sum + groupTotals(model, group).total, 0);
  const repeatsOf = (all: number[][]) => all.reduce((sum, group) => sum + groupTotals(model, group).repeats, 0);
  const total = totalOf(groups);
  const explain = solution.work * groups.length <= EXPLAIN_WORK_LIMIT;
  let exact = solution.exact;

  const proposed = groups.map((group): ProposedGroup => {
    const totals = groupTotals(model, group);
    const key = groupKey(group);
    const locked = lockedKeys.has(key);
    let explanation: Pick<
      ProposedGroup['explanation'],
      'costOfBreaking' | 'costOfBreakingStatus' | 'repeatsWithoutGroup'
    > = {
      costOfBreaking: null,
      costOfBreakingStatus: 'NOT_COMPUTED',
      repeatsWithoutGroup: null,
    };
    if (explain) {
      // Breaking a locked group releases its members; the rest of the locks stay.
      const otherLocks = locks.groups.filter((lock) => groupKey(lock) !== key);
      const again = locked ? freeMembers(model, otherLocks) : setup;
      const without: Solution = solve(model, again.free, again.trios, new Set([key]));
      exact &&= without.exact;
      if (without.groups) {
        const all = [...otherLocks, ...without.groups];
        explanation = {
          costOfBreaking: total - totalOf(all),
          costOfBreakingStatus: 'COMPUTED',
          repeatsWithoutGroup: repeatsOf(all),
        };
      } else {
        explanation = { costOfBreaking: null, costOfBreakingStatus: 'NO_PLACEMENT_WITHOUT', repeatsWithoutGroup: null };
      }
    }
    return {
      members: group.map((i) => model.ids[i]!),
      score: totals.score,
      bonus: totals.bonus,
      locked,
      repeats: totals.repeats,
      explanation: { learning: learningLines(model, group), ...explanation },
    };
  });
  return { feasible: true, groups: proposed, total, repeats: repeatsOf(groups), exact };
}

/** Scores a hand-made grouping (staff swap or split in the UI and see the total at once). */
export function scoreGroups(input: PairingInput, groups: string[][]): ScoredGrouping {
  const model = buildModel(input);
  const violations: string[] = [];
  const placed = new Map<number, number>();
  const perGroup: ScoredGrouping['perGroup'] = [];
  let total = 0;
  let repeats = 0;
  let trios = 0;
  for (const ids of groups) {
    const members = [...ids].sort(compareIds);
    const group: number[] = [];
    for (const id of members) {
      const i = model.indexOf.get(id);
      if (i === undefined) {
        violations.push(`UNKNOWN_MEMBER:${id}`);
        continue;
      }
      placed.set(i, (placed.get(i) ?? 0) + 1);
      group.push(i);
    }
    if (members.length < 2 || members.length > 3) {
      violations.push(`GROUP_SIZE:${members.join(',')}`);
    }
    trios += members.length === 3 ? 1 : 0;
    for (const [i, j] of groupPairs(group)) {
      if (model.forbidden[i * model.n + j]) {
        violations.push(`FORBIDDEN_PAIR:${model.ids[i]},${model.ids[j]}`);
      }
    }
    const totals = groupTotals(model, group);
    total += totals.total;
    repeats += totals.repeats;
    perGroup.push({ members, score: totals.score, bonus: totals.bonus });
  }
  for (let i = 0; i < model.n; i++) {
    const times = placed.get(i) ?? 0;
    if (times !== 1) {
      violations.push(`${times === 0 ? 'NOT_PLACED' : 'PLACED_TWICE'}:${model.ids[i]}`);
    }
  }
  if (model.form === 'PAIRS' && trios > model.n % 2) {
    violations.push(`TOO_MANY_TRIOS:${trios}`);
  }
  const keys = new Set(perGroup.map((group) => group.members.join('\u0000')));
  for (const lock of input.locked) {
    const members = [...lock].sort(compareIds);
    if (!keys.has(members.join('\u0000'))) {
      violations.push(`LOCK_BROKEN:${members.join(',')}`);
    }
  }
  return { total, repeats, perGroup, violations };
}

function groupPairs(group: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      pairs.push([group[x]!, group[y]!]);
    }
  }
  return pairs;
}

function groupTotals(model: Model, group: readonly number[]) {
  const n = model.n;
  const score = sumPairs(group, (i, j) => model.score[i * n + j]!);
  const bonus = sumPairs(group, (i, j) => model.bonus[i * n + j]!);
  const repeats = sumPairs(group, (i, j) => model.repeat[i * n + j]!);
  return { score, bonus, repeats, total: score + bonus };
}

/** Per goal (in goal order), every learner and source in the group with need × share > 0. */
function learningLines(model: Model, group: readonly number[]): LearningLine[] {
  const lines: LearningLine[] = [];
  model.goals.forEach((goalId, g) => {
    for (const learner of group) {
      for (const from of group) {
        const points = model.members[learner]!.needs[g]! * model.members[from]!.shares[g]!;
        if (learner !== from && points > 0) {
          lines.push({ goalId, learner: model.ids[learner]!, from: model.ids[from]!, points });
        }
      }
    }
  });
  return lines;
}

/** Locked groups as sorted index groups, or the problems with them as `CODE:ids`. */
function readLocks(model: Model, locked: string[][]): { groups: number[][]; problems: string[] } {
  const problems: string[] = [];
  const groups: number[][] = [];
  const taken = new Set<number>();
  for (const lock of locked) {
    const ids = [...lock].sort(compareIds);
    const unknown = ids.filter((id) => !model.indexOf.has(id));
    if (unknown.length > 0) {
      problems.push(...unknown.map((id) => `UNKNOWN_MEMBER:${id}`));
      continue;
    }
    if (ids.length < 2 || ids.length > 3 || new Set(ids).size !== ids.length) {
      problems.push(`GROUP_SIZE:${ids.join(',')}`);
      continue;
    }
    const group = ids.map((id) => model.indexOf.get(id)!);
    for (const i of group) {
      if (taken.has(i)) {
        problems.push(`IN_TWO_LOCKED_GROUPS:${model.ids[i]}`);
      }
      taken.add(i);
    }
    for (const [i, j] of groupPairs(group)) {
      if (model.forbidden[i * model.n + j]) {
        problems.push(`FORBIDDEN_PAIR:${model.ids[i]},${model.ids[j]}`);
      }
    }
    groups.push(group);
  }
  const trios = groups.filter((group) => group.length === 3);
  if (model.form === 'PAIRS' && trios.length > model.n % 2) {
    problems.push(...trios.map((trio) => `TRIO_NOT_ALLOWED:${trio.map((i) => model.ids[i]).join(',')}`));
  }
  return { groups: groups.sort((a, b) => a[0]! - b[0]!), problems: [...new Set(problems)] };
}

/** The members outside the locked groups and which trios they may form. */
function freeMembers(model: Model, locks: readonly number[][]): { free: number[]; trios: TrioRule } {
  const lockedMembers = new Set(locks.flat());
  const free = model.ids.map((_, i) => i).filter((i) => !lockedMembers.has(i));
  const trios: TrioRule = model.form === 'PAIRS_OR_TRIOS' ? 'ANY' : free.length % 2 === 1 ? 'ONE' : 'NONE';
  return { free, trios };
}

/** Who cannot be placed: the members a largest set of allowed pairs leaves over (deterministic). */
function leftOver(model: Model, free: readonly number[]): string[] {
  const edges = [];
  for (let a = 0; a < free.length; a++) {
    for (let b = a + 1; b < free.length; b++) {
      if (!model.forbidden[free[a]! * model.n + free[b]!]) {
        edges.push({ a, b, weight: 1 + pairValue(model, free[a]!, free[b]!) + model.repeatPenalty });
      }
    }
  }
  const mate = maxWeightMatching(free.length, edges);
  return free.filter((_, a) => mate[a]! < 0).map((i) => model.ids[i]!);
}
