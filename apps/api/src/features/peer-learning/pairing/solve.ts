import { maxWeightMatching, type WeightedEdge } from './matching';
import { groupKey, pairValue, type Model } from './model';

/** NONE: pairs only; ONE: exactly one trio (PAIRS with an odd count); ANY: pairs and trios anywhere. */
export type TrioRule = 'NONE' | 'ONE' | 'ANY';

/**
 * Up to this many free members, PAIRS_OR_TRIOS is solved exactly by dynamic programming over subsets
 * (2^n states); above it, a local search gives a good grouping with `exact: false`.
 */
export const EXACT_TRIOS_LIMIT = 16;

/**
 * Work limit for one solve with exactly one trio, in units of n³ per matching (K400 ≈ 6.4e7 units ≈ 0.2–0.5 s here).
 * Counted in work, not time, so the same input always gives the same answer.
 */
export const ONE_TRIO_WORK_LIMIT = 1.2e8;

export interface Solution {
  /** Groups of member indexes; null when no grouping places everyone (or, when not exact, none was found). */
  groups: number[][] | null;
  /** Solver value: score + bonus − repeatPenalty per repeat, summed. */
  value: number;
  exact: boolean;
  /** Work spent, in n³ units per matching. */
  work: number;
}

/**
 * The best grouping of `free` (member indexes) under `trios`, never using a group whose key is in `banned`
 * (`costOfBreaking` re-solves without one group) nor a forbidden pair.
 */
export function solve(
  model: Model,
  free: readonly number[],
  trios: TrioRule,
  banned: ReadonlySet<string>,
  /** Tests force the branch and bound on small pools to check it against the subset method. */
  oneTrioMethod: 'AUTO' | 'BRANCH_AND_BOUND' = 'AUTO',
): Solution {
  const sub = new SubProblem(model, free, banned);
  const m = free.length;
  if (m === 0) {
    return { groups: [], value: 0, exact: true, work: 0 };
  }
  let local: LocalSolution;
  if (trios === 'NONE' || (trios === 'ANY' && m > EXACT_TRIOS_LIMIT && m % 2 === 0)) {
    local = sub.perfectMatching(range(m));
  } else if (trios === 'ONE' && m <= EXACT_TRIOS_LIMIT && oneTrioMethod === 'AUTO') {
    local = sub.oneTrioBySubsets();
  } else if (trios === 'ONE' || m > EXACT_TRIOS_LIMIT) {
    local = sub.oneTrio();
  } else {
    local = sub.partition(range(m));
  }
  if (trios === 'ANY' && m > EXACT_TRIOS_LIMIT) {
    local = local.groups ? sub.improve(local.groups) : local;
    local.exact = false;
  }
  return {
    groups: local.groups?.map((group) => group.map((i) => free[i]!)) ?? null,
    value: local.value,
    exact: local.exact,
    work: sub.work,
  };
}

interface LocalSolution {
  groups: number[][] | null;
  value: number;
  exact: boolean;
}

const INFEASIBLE: LocalSolution = { groups: null, value: -Infinity, exact: true };

/** The free members renumbered 0..m-1 with their pair values (−Infinity: not allowed). */
class SubProblem {
  readonly m: number;
  /** Value of the pair as a group: −Infinity when forbidden or banned. */
  private readonly pairAsGroup: Float64Array;
  /** Value of the pair inside a trio: −Infinity when forbidden. */
  private readonly pairInTrio: Float64Array;
  private readonly bannedTrios = new Set<number>();
  /** Added to every matching weight so all are ≥ 1 (a repeat pair's value is negative). */
  private readonly shift: number;
  work = 0;

  constructor(model: Model, free: readonly number[], banned: ReadonlySet<string>) {
    const m = (this.m = free.length);
    this.pairAsGroup = new Float64Array(m * m).fill(-Infinity);
    this.pairInTrio = new Float64Array(m * m).fill(-Infinity);
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const i = free[a]!;
        const j = free[b]!;
        if (model.forbidden[i * model.n + j]) {
          continue;
        }
        const value = pairValue(model, i, j);
        this.pairInTrio[a * m + b] = this.pairInTrio[b * m + a] = value;
        // Most solves ban nothing: skip building a key for each of the m² pairs then.
        if (banned.size === 0 || !banned.has(groupKey([i, j]))) {
          this.pairAsGroup[a * m + b] = this.pairAsGroup[b * m + a] = value;
        }
      }
    }
    this.shift = 1 + model.repeatPenalty;
    const localOf = new Map(free.map((member, a) => [member, a]));
    for (const key of banned) {
      const locals = key.split(',').map((member) => localOf.get(Number(member)));
      if (locals.length === 3 && locals.every((a) => a !== undefined)) {
        const [a, b, c] = locals.sort((x, y) => x - y);
        this.bannedTrios.add((a! * m + b!) * m + c!);
      }
    }
  }

  private trioValue(a: number, b: number, c: number): number {
    const m = this.m;
    const value = this.pairInTrio[a * m + b]! + this.pairInTrio[a * m + c]! + this.pairInTrio[b * m + c]!;
    if (value === -Infinity || this.bannedTrios.has((a * m + b) * m + c)) {
      return -Infinity;
    }
    return value;
  }

  private groupValue(group: readonly number[]): number {
    const [a, b, c] = [...group].sort((x, y) => x - y);
    return c === undefined ? this.pairAsGroup[a! * this.m + b!]! : this.trioValue(a!, b!, c);
  }

  /** Best grouping of `nodes` into pairs only (blossom: exact at any size). */
  perfectMatching(nodes: readonly number[]): LocalSolution {
    const k = nodes.length;
    this.work += Math.max(1, k * k * k);
    if (k % 2 === 1) {
      return INFEASIBLE;
    }
    const m = this.m;
    const edges: WeightedEdge[] = [];
    for (let x = 0; x < k; x++) {
      for (let y = x + 1; y < k; y++) {
        const value = this.pairAsGroup[nodes[x]! * m + nodes[y]!]!;
        if (value !== -Infinity) {
          // Shift to ≥ 1: max-cardinality mode then places everyone first, weights decide among those.
          edges.push({ a: x, b: y, weight: value + this.shift });
        }
      }
    }
    const mate = maxWeightMatching(k, edges);
    const groups: number[][] = [];
    let value = 0;
    for (let x = 0; x < k; x++) {
      const y = mate[x]!;
      if (y < 0) {
        return INFEASIBLE;
      }
      if (x < y) {
        groups.push([nodes[x]!, nodes[y]!]);
        value += this.pairAsGroup[nodes[x]! * m + nodes[y]!]!;
      }
    }
    return { groups, value, exact: true };
  }

  /**
   * Exactly one trio: branch and bound over the trios, each completed by a perfect matching of the rest.
   * Bound: a perfect matching of S is worth at most half the sum over S of each member's best pair value.
   */
  oneTrio(): LocalSolution {
    const m = this.m;
    if (m < 3) {
      return INFEASIBLE;
    }
    const best = new Float64Array(m).fill(-Infinity);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        best[a] = Math.max(best[a]!, this.pairAsGroup[a * m + b]!);
      }
    }
    // Members without any allowed pair can only be placed in the trio.
    const unpairable = range(m).filter((a) => best[a] === -Infinity);
    if (unpairable.length > 3) {
      return INFEASIBLE;
    }
    const half = (a: number) => (best[a] === -Infinity ? 0 : best[a]! / 2);
    let halfSum = 0;
    for (let a = 0; a < m; a++) {
      halfSum += half(a);
    }
    let incumbent = this.greedyOneTrio();
    const candidates: { a: number; b: number; c: number; trio: number; bound: number }[] = [];
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        for (let c = b + 1; c < m; c++) {
          if (unpairable.some((u) => u !== a && u !== b && u !== c)) {
            continue;
          }
          const trio = this.trioValue(a, b, c);
          const bound = trio + halfSum - half(a) - half(b) - half(c);
          if (trio !== -Infinity && bound > incumbent.value) {
            candidates.push({ a, b, c, trio, bound });
          }
        }
      }
    }
    // Stable: equal bounds keep enumeration order, so ties resolve the same way every time.
    candidates.sort((x, y) => y.bound - x.bound);
    let exact = true;
    for (const { a, b, c, trio, bound } of candidates) {
      if (bound <= incumbent.value) {
        break;
      }
      if (this.work > ONE_TRIO_WORK_LIMIT) {
        exact = false;
        break;
      }
      const rest = this.perfectMatching(range(m).filter((x) => x !== a && x !== b && x !== c));
      if (rest.groups && trio + rest.value > incumbent.value) {
        incumbent = { groups: [[a, b, c], ...rest.groups], value: trio + rest.value, exact: true };
      }
    }
    return { ...incumbent, exact };
  }

  /** A first trio grouping: match all but one, then add the one left to the pair where it adds most. */
  private greedyOneTrio(): LocalSolution {
    const m = this.m;
    const edges: WeightedEdge[] = [];
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const value = this.pairAsGroup[a * m + b]!;
        if (value !== -Infinity) {
          edges.push({ a, b, weight: value + this.shift });
        }
      }
    }
    this.work += m * m * m;
    const mate = maxWeightMatching(m, edges);
    const left = range(m).filter((a) => mate[a]! < 0);
    if (left.length !== 1) {
      return INFEASIBLE;
    }
    const u = left[0]!;
    const pairs = range(m)
      .filter((a) => a !== u && a < mate[a]!)
      .map((a) => [a, mate[a]!]);
    let bestGain = -Infinity;
    let bestPair = -1;
    pairs.forEach(([a, b], p) => {
      const [x, y, z] = [a!, b!, u].sort((s, t) => s - t);
      const gain = this.trioValue(x!, y!, z!) - this.pairAsGroup[a! * m + b!]!;
      if (gain > bestGain) {
        bestGain = gain;
        bestPair = p;
      }
    });
    if (bestPair < 0 || bestGain === -Infinity) {
      return INFEASIBLE;
    }
    const groups = pairs.map((pair, p) => (p === bestPair ? [...pair, u] : pair));
    return { groups, value: groups.reduce((sum, group) => sum + this.groupValue(group), 0), exact: true };
  }

  /**
   * Exactly one trio for small pools: the best pairing of every subset (dynamic programming, 2^m states),
   * then every trio with the best pairing of the rest. Faster than a matching per trio below ~16 members.
   */
  oneTrioBySubsets(): LocalSolution {
    const m = this.m;
    const full = (1 << m) - 1;
    const best = new Float64Array(full + 1).fill(-Infinity);
    const partner = new Int8Array(full + 1);
    best[0] = 0;
    for (let mask = 3; mask <= full; mask++) {
      const x = 31 - Math.clz32(mask & -mask);
      const rest = mask ^ (1 << x);
      for (let y = x + 1; y < m; y++) {
        if (rest & (1 << y)) {
          const value = best[rest ^ (1 << y)]! + this.pairAsGroup[x * m + y]!;
          if (value > best[mask]!) {
            best[mask] = value;
            partner[mask] = y;
          }
        }
      }
    }
    let value = -Infinity;
    let trio: number[] = [];
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        for (let c = b + 1; c < m; c++) {
          const total = this.trioValue(a, b, c) + best[full ^ (1 << a) ^ (1 << b) ^ (1 << c)]!;
          if (total > value) {
            value = total;
            trio = [a, b, c];
          }
        }
      }
    }
    if (value === -Infinity) {
      return INFEASIBLE;
    }
    const groups = [trio];
    for (let mask = full ^ trio.reduce((bits, a) => bits | (1 << a), 0); mask !== 0;) {
      const x = 31 - Math.clz32(mask & -mask);
      const y = partner[mask]!;
      groups.push([x, y]);
      mask ^= (1 << x) | (1 << y);
    }
    return { groups, value, exact: true };
  }

  /** Pairs and trios anywhere, exact: dynamic programming over the subsets of `nodes` (at most ~16). */
  partition(nodes: readonly number[]): LocalSolution {
    const k = nodes.length;
    const full = (1 << k) - 1;
    const dp = new Float64Array(full + 1).fill(-Infinity);
    const choice = new Int32Array(full + 1);
    dp[0] = 0;
    const pairs = new Float64Array(k * k);
    for (let x = 0; x < k; x++) {
      for (let y = 0; y < k; y++) {
        pairs[x * k + y] = this.pairAsGroup[nodes[x]! * this.m + nodes[y]!]!;
      }
    }
    const trio = (x: number, y: number, z: number) => {
      const [a, b, c] = [nodes[x]!, nodes[y]!, nodes[z]!].sort((s, t) => s - t);
      return this.trioValue(a!, b!, c!);
    };
    const trios = new Float64Array(k * k * k).fill(-Infinity);
    for (let x = 0; x < k; x++) {
      for (let y = x + 1; y < k; y++) {
        for (let z = y + 1; z < k; z++) {
          trios[(x * k + y) * k + z] = trio(x, y, z);
        }
      }
    }
    for (let mask = 1; mask <= full; mask++) {
      const x = 31 - Math.clz32(mask & -mask);
      const rest = mask ^ (1 << x);
      let bestValue = -Infinity;
      let bestChoice = 0;
      for (let y = x + 1; y < k; y++) {
        if (!(rest & (1 << y))) {
          continue;
        }
        const afterPair = rest ^ (1 << y);
        const withPair = dp[afterPair]! + pairs[x * k + y]!;
        if (withPair > bestValue) {
          bestValue = withPair;
          bestChoice = y + 1;
        }
        for (let z = y + 1; z < k; z++) {
          if (!(afterPair & (1 << z))) {
            continue;
          }
          const withTrio = dp[afterPair ^ (1 << z)]! + trios[(x * k + y) * k + z]!;
          if (withTrio > bestValue) {
            bestValue = withTrio;
            bestChoice = (z + 1) * 64 + y + 1;
          }
        }
      }
      dp[mask] = bestValue;
      choice[mask] = bestChoice;
    }
    if (dp[full] === -Infinity) {
      return INFEASIBLE;
    }
    const groups: number[][] = [];
    for (let mask = full; mask !== 0;) {
      const x = 31 - Math.clz32(mask & -mask);
      const y = (choice[mask]! % 64) - 1;
      const z = Math.floor(choice[mask]! / 64) - 1;
      const group = z < 0 ? [x, y] : [x, y, z];
      groups.push(group.map((g) => nodes[g]!));
      for (const g of group) {
        mask ^= 1 << g;
      }
    }
    return { groups, value: dp[full]!, exact: true };
  }

  /**
   * Local search for large PAIRS_OR_TRIOS pools: regroup any two groups, and any three with at most 7 members
   * (three pairs into two trios), optimally, until nothing improves.
   */
  improve(start: number[][]): LocalSolution {
    let groups = start.map((group) => [...group]);
    let improved = true;
    while (improved) {
      improved = false;
      const regroup = (picked: number[]) => {
        if (picked.some((p) => groups[p]!.length === 0)) {
          return;
        }
        const union = picked.flatMap((p) => groups[p]!).sort((x, y) => x - y);
        const now = picked.reduce((sum, p) => sum + this.groupValue(groups[p]!), 0);
        const better = this.partition(union);
        if (better.groups && better.value > now) {
          // Emptied slots are dropped after the pass; extra groups go to the end.
          picked.forEach((p, i) => (groups[p] = better.groups![i] ?? []));
          groups.push(...better.groups.slice(picked.length));
          improved = true;
        }
      };
      const count = groups.length;
      for (let p = 0; p < count; p++) {
        for (let q = p + 1; q < count; q++) {
          regroup([p, q]);
          for (let r = q + 1; r < count && count <= LOCAL_SEARCH_TRIPLES_LIMIT; r++) {
            if (groups[p]!.length + groups[q]!.length + groups[r]!.length <= 7) {
              regroup([p, q, r]);
            }
          }
        }
      }
      groups = groups.filter((group) => group.length > 0);
    }
    return { groups, value: groups.reduce((sum, group) => sum + this.groupValue(group), 0), exact: false };
  }
}

/** Above this many groups the local search only regroups two at a time (three at a time grows as groups³). */
const LOCAL_SEARCH_TRIPLES_LIMIT = 80;

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
