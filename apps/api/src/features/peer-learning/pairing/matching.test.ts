import reference from 'edmonds-blossom-fixed';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching, type WeightedEdge } from './matching';
import { seededRandom } from './random-input';

interface Graph {
  n: number;
  edges: WeightedEdge[];
}

/** Cardinality and total weight of a matching, after checking it is one: symmetric, over edges of the graph. */
function measure({ n, edges }: Graph, mate: readonly number[]): { size: number; weight: number } {
  expect(mate).toHaveLength(n);
  const weightOf = new Map(edges.map((e) => [Math.min(e.a, e.b) * n + Math.max(e.a, e.b), e.weight]));
  let size = 0;
  let weight = 0;
  mate.forEach((w, v) => {
    if (w === -1 || v > w) {
      return;
    }
    expect(mate[w]).toBe(v);
    const edgeWeight = weightOf.get(v * n + w);
    expect(edgeWeight, `${v}-${w} is no edge`).toBeDefined();
    size += 1;
    weight += edgeWeight!;
  });
  return { size, weight };
}

/** Independent optimum for small graphs: the best (cardinality, weight) over every subset of the nodes. */
function bruteForce({ n, edges }: Graph): { size: number; weight: number } {
  const adjacent = new Float64Array(n * n).fill(NaN);
  for (const { a, b, weight } of edges) {
    adjacent[a * n + b] = adjacent[b * n + a] = weight;
  }
  const size = new Int32Array(1 << n);
  const weight = new Float64Array(1 << n);
  for (let mask = 1; mask < 1 << n; mask++) {
    // The lowest node of the mask either stays single or is matched to another node of the mask.
    const x = 31 - Math.clz32(mask & -mask);
    const rest = mask ^ (1 << x);
    size[mask] = size[rest]!;
    weight[mask] = weight[rest]!;
    for (let y = x + 1; y < n; y++) {
      const w = adjacent[x * n + y]!;
      if (rest & (1 << y) && !Number.isNaN(w)) {
        const s = size[rest ^ (1 << y)]! + 1;
        const total = weight[rest ^ (1 << y)]! + w;
        if (s > size[mask]! || (s === size[mask] && total > weight[mask]!)) {
          size[mask] = s;
          weight[mask] = total;
        }
      }
    }
  }
  return { size: size[(1 << n) - 1]!, weight: weight[(1 << n) - 1]! };
}

/** The npm package this module was adapted from, as a second reference on graphs too large to brute-force. */
function byReference(graph: Graph): { size: number; weight: number } {
  if (graph.edges.length === 0) {
    return { size: 0, weight: 0 };
  }
  const raw = reference(
    graph.edges.map((e) => [e.a, e.b, e.weight]),
    true,
  );
  // The package's array stops at the highest node with an edge.
  return measure(
    graph,
    Array.from({ length: graph.n }, (_, v) => raw[v] ?? -1),
  );
}

type WeightKind = 'TIES' | 'ZERO_OR_ONE' | 'SIGNED' | 'WIDE' | 'REPEAT_PENALTY';

/**
 * A seeded random graph: `density` of all pairs (1: complete), nodes after `used` isolated. REPEAT_PENALTY mimics
 * the engine: score + shift, a few pairs minus the penalty M that outweighs every score together.
 */
function randomGraph(random: () => number, n: number, used: number, density: number, kind: WeightKind): Graph {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const penalty = 200 * used * used;
  const edges: WeightedEdge[] = [];
  for (let a = 0; a < used; a++) {
    for (let b = a + 1; b < used; b++) {
      if (random() >= density) {
        continue;
      }
      const weight =
        kind === 'TIES'
          ? int(1, 3)
          : kind === 'ZERO_OR_ONE'
            ? int(0, 1)
            : kind === 'SIGNED'
              ? int(-20, 20)
              : kind === 'WIDE'
                ? int(-1e6, 1e9)
                : 1 + penalty + int(0, 184) - (random() < 0.2 ? penalty : 0);
      // Both orientations of an edge must work.
      edges.push(random() < 0.5 ? { a, b, weight } : { a: b, b: a, weight });
    }
  }
  return { n, edges };
}

const KINDS: WeightKind[] = ['TIES', 'ZERO_OR_ONE', 'SIGNED', 'WIDE', 'REPEAT_PENALTY'];
const DENSITIES = [0.15, 0.4, 0.7, 1];

describe('maxWeightMatching', () => {
  it('matches a hand-checked case: cardinality before weight', () => {
    // A path 0-1-2-3: the heavy middle edge alone weighs more, but both outer edges match everyone.
    const mate = maxWeightMatching(5, [
      { a: 0, b: 1, weight: 5 },
      { a: 1, b: 2, weight: 11 },
      { a: 2, b: 3, weight: 5 },
    ]);
    expect(mate).toEqual([1, 0, 3, 2, -1]);
    expect(maxWeightMatching(3, [])).toEqual([-1, -1, -1]);
  });

  it('finds the optimum of brute force on 2500 small graphs (odd n, isolated nodes, ties, signed weights)', () => {
    const random = seededRandom(9001);
    for (let run = 0; run < 2500; run++) {
      const n = 1 + Math.floor(random() * 14);
      const used = random() < 0.8 ? n : Math.floor(random() * (n + 1));
      const graph = randomGraph(random, n, used, DENSITIES[run % 4]!, KINDS[run % 5]!);
      const found = measure(graph, maxWeightMatching(graph.n, graph.edges));
      const want = bruteForce(graph);
      expect(found, `run ${run}`).toEqual(want);
      expect(found, `run ${run}`).toEqual(byReference(graph));
    }
  });

  it('equals the edmonds-blossom-fixed package on 1000 graphs of 15 to 70 nodes', () => {
    const random = seededRandom(4242);
    for (let run = 0; run < 1000; run++) {
      const n = 15 + Math.floor(random() * 56);
      const used = random() < 0.8 ? n : n - Math.floor(random() * 5);
      const graph = randomGraph(random, n, used, DENSITIES[run % 4]!, KINDS[run % 5]!);
      const found = measure(graph, maxWeightMatching(graph.n, graph.edges));
      expect(found, `run ${run}`).toEqual(byReference(graph));
    }
  });

  it('equals the package on complete graphs of 150 to 200 nodes with engine-like weights', () => {
    const random = seededRandom(77);
    for (let run = 0; run < 4; run++) {
      const n = 150 + Math.floor(random() * 51);
      const graph = randomGraph(random, n, n, 1, run % 2 === 0 ? 'REPEAT_PENALTY' : 'TIES');
      const found = measure(graph, maxWeightMatching(graph.n, graph.edges));
      expect(found, `run ${run}`).toEqual(byReference(graph));
      expect(found.size).toBe(Math.floor(n / 2));
    }
  });

  it('rejects loops, nodes out of range and weights that are not safe integers', () => {
    expect(() => maxWeightMatching(3, [{ a: 1, b: 1, weight: 1 }])).toThrow(RangeError);
    expect(() => maxWeightMatching(3, [{ a: 0, b: 3, weight: 1 }])).toThrow(RangeError);
    expect(() => maxWeightMatching(3, [{ a: -1, b: 2, weight: 1 }])).toThrow(RangeError);
    expect(() => maxWeightMatching(3, [{ a: 0, b: 1, weight: 0.5 }])).toThrow(RangeError);
    expect(() => maxWeightMatching(3, [{ a: 0, b: 1, weight: 2 ** 31 }])).toThrow(RangeError);
  });
});
