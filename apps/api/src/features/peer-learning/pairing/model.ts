import { BadInputError, type FieldProblem } from '../../../common/errors';
import type { GroupForm, PairingInput, PairingMember } from './pairing.types';

/**
 * Bonus per direction when one member prefers another: a preference weighs like 2 points of one goal
 * (a need of 1 meeting a share of 2), small next to a strong match (3 × 3 = 9 per goal and direction), so it
 * tips a close call without overriding complementarity.
 */
export const PREFER_BONUS = 2;

const MAX_LEVEL = 3;

/** The input as index-based matrices; member index = position after sorting by id (determinism). */
export interface Model {
  form: GroupForm;
  goals: string[];
  members: PairingMember[];
  ids: string[];
  indexOf: Map<string, number>;
  n: number;
  /** n × n complementarity per pair. */
  score: Int32Array;
  /** n × n prefer bonus per pair (both directions summed). */
  bonus: Int32Array;
  forbidden: Uint8Array;
  repeat: Uint8Array;
  /**
   * Cost of one repeat pair in the solver's objective: more than the sum of every pair's score and bonus, so
   * one repeat fewer always beats any gain in complementarity (the lexicographic objective as one number).
   */
  repeatPenalty: number;
}

/** Rejects malformed data (a bug in the caller, not a staff decision) with BadInputError; builds the matrices. */
export function buildModel(input: PairingInput): Model {
  const problems: FieldProblem[] = [];
  if (input.form !== 'PAIRS' && input.form !== 'PAIRS_OR_TRIOS') {
    problems.push({ field: 'form', reason: 'INVALID_INPUT' });
  }
  if (new Set(input.goals).size !== input.goals.length) {
    problems.push({ field: 'goals', reason: 'INVALID_INPUT' });
  }
  const seen = new Set<string>();
  input.members.forEach((member, i) => {
    if (seen.has(member.id)) {
      problems.push({ field: `members[${i}].id`, reason: 'INVALID_INPUT' });
    }
    seen.add(member.id);
    for (const key of ['needs', 'shares'] as const) {
      const levels = member[key];
      const valid =
        Array.isArray(levels) &&
        levels.length === input.goals.length &&
        levels.every((level) => Number.isInteger(level) && level >= 0 && level <= MAX_LEVEL);
      if (!valid) {
        problems.push({ field: `members[${i}].${key}`, reason: 'INVALID_INPUT' });
      }
    }
  });
  if (problems.length > 0) {
    throw new BadInputError('The pairing input is malformed.', problems);
  }

  const members = [...input.members].sort((a, b) => compareIds(a.id, b.id));
  const ids = members.map((member) => member.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const score = new Int32Array(n * n);
  const bonus = new Int32Array(n * n);
  const forbidden = new Uint8Array(n * n);
  const repeat = new Uint8Array(n * n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = complementarity(members[i]!, members[j]!);
      score[i * n + j] = score[j * n + i] = value;
      sum += value;
    }
  }
  const mark = (pairs: [string, string][], apply: (i: number, j: number) => void) => {
    const done = new Set<string>();
    for (const [a, b] of pairs) {
      const i = indexOf.get(a);
      const j = indexOf.get(b);
      if (i === undefined || j === undefined || i === j || done.has(`${i},${j}`)) {
        continue;
      }
      done.add(`${i},${j}`);
      apply(i, j);
    }
  };
  mark(input.forbidden, (i, j) => (forbidden[i * n + j] = forbidden[j * n + i] = 1));
  mark(input.repeats, (i, j) => (repeat[i * n + j] = repeat[j * n + i] = 1));
  mark(input.preferred, (i, j) => {
    bonus[i * n + j] = bonus[j * n + i] = bonus[i * n + j]! + PREFER_BONUS;
    sum += PREFER_BONUS;
  });
  return {
    form: input.form,
    goals: input.goals,
    members,
    ids,
    indexOf,
    n,
    score,
    bonus,
    forbidden,
    repeat,
    repeatPenalty: sum + 1,
  };
}

/** score(i, j) = Σ over goals of need_i × share_j + need_j × share_i. */
function complementarity(a: PairingMember, b: PairingMember): number {
  let value = 0;
  for (let g = 0; g < a.needs.length; g++) {
    value += a.needs[g]! * b.shares[g]! + b.needs[g]! * a.shares[g]!;
  }
  return value;
}

/** Code-unit order, independent of locale, so the same ids always sort the same. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The solver's value of a pair: score + bonus − repeatPenalty per repeat. */
export function pairValue(model: Model, i: number, j: number): number {
  const k = i * model.n + j;
  return model.score[k]! + model.bonus[k]! - model.repeat[k]! * model.repeatPenalty;
}

/** Sum over the pairs inside a group of `pick(i, j)`. */
export function sumPairs(group: readonly number[], pick: (i: number, j: number) => number): number {
  let total = 0;
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      total += pick(group[x]!, group[y]!);
    }
  }
  return total;
}

/** A canonical key for a group of member indexes. */
export function groupKey(group: readonly number[]): string {
  return [...group].sort((a, b) => a - b).join(',');
}
