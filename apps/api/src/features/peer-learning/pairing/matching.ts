import blossom from 'edmonds-blossom-fixed';

/** One undirected edge between node indexes `a` and `b` with an integer weight. */
export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/**
 * Maximum-weight matching with maximum cardinality on a general graph (Edmonds' blossom, exact).
 * Returns `mate[v]`: the node matched to v, or -1. The package's array only reaches the highest
 * matched index, so it is padded to `n` here; max-cardinality mode so a node whose edges all weigh
 * 0 is still matched.
 */
export function maxWeightMatching(n: number, edges: readonly WeightedEdge[]): number[] {
  const mate = new Array<number>(n).fill(-1);
  if (edges.length === 0) {
    return mate;
  }
  const raw = blossom(
    edges.map((edge) => [edge.a, edge.b, edge.weight]),
    true,
  );
  for (let v = 0; v < raw.length && v < n; v++) {
    mate[v] = raw[v] ?? -1;
  }
  return mate;
}
