import { blossomMatching } from './blossom';

/** One undirected edge between node indexes `a` and `b` with an integer weight. */
export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/**
 * Weights stay below this in absolute value: the doubled duals then stay far inside the exact integer range
 * of a double for any graph size this runs on.
 */
const MAX_WEIGHT = 2 ** 31;

/**
 * Maximum-weight matching among the maximum-cardinality matchings of a general graph (Edmonds' blossom,
 * exact; see blossom.ts). Returns `mate[v]`: the node matched to v, or -1. At most one edge per pair of
 * nodes; a node whose edges all weigh 0 (or less) is still matched when cardinality allows.
 */
export function maxWeightMatching(n: number, edges: readonly WeightedEdge[]): number[] {
  const ends = new Int32Array(2 * edges.length);
  const weights = new Float64Array(edges.length);
  edges.forEach(({ a, b, weight }, k) => {
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= n || b >= n || a === b) {
      throw new RangeError(`maxWeightMatching: edge ${k} joins ${a} and ${b} in a graph of ${n} nodes`);
    }
    if (!Number.isInteger(weight) || Math.abs(weight) >= MAX_WEIGHT) {
      throw new RangeError(`maxWeightMatching: edge ${k} weighs ${weight}, not an integer below 2^31`);
    }
    ends[2 * k] = a;
    ends[2 * k + 1] = b;
    weights[k] = weight;
  });
  return Array.from(blossomMatching(n, ends, weights));
}
