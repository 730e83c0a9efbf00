/*
 * Maximum-weight, maximum-cardinality matching in a general graph: Edmonds' blossom algorithm with the
 * primal-dual method, O(n³). The algorithm and its structure are Joris van Rantwijk's mwmatching.py
 * (http://jorisvr.nl/article/maximum-matching, after Z. Galil, "Efficient Algorithms for Finding Maximum
 * Matching in Graphs", ACM Computing Surveys 1986); the names and steps below follow it one to one, so the
 * code can be reviewed against it. Adapted from its JavaScript port, the MIT-licensed npm package
 * `edmonds-blossom-fixed` 1.0.1 (https://github.com/mattkrick/EdmondsBlossom), whose notice follows.
 *
 * Changes here, for speed on dense graphs: typed arrays (per-stage resets with `fill` instead of
 * re-allocation), a flat adjacency holding each edge's remote vertex and doubled weight, the slack of each
 * bestEdge cached until the next dual step, and the substage scan and the dual step as methods of their own.
 * Also: the number of vertices is given by the caller, the mode is always maximum cardinality, and the port's
 * vertex tests `<= nVertex` (blossomLeaves) and `> nVertex` (augmentBlossom) are the original's `< n` and
 * `>= n` again (the difference only concerns blossom number n, which is never in use: at most (n - 1) / 2
 * blossoms exist at once and free numbers are reused from the top).
 *
 * The MIT License (MIT)
 *
 * Copyright (c) 2015 mattkrick
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */

/** Labels of top-level blossoms (and of vertices inside a T-blossom). BREADCRUMB marks scanBlossom's path. */
const FREE = 0;
const S = 1;
const T = 2;
const BREADCRUMB = 5;

/**
 * Edge k joins `ends[2k]` and `ends[2k + 1]` with integer weight `weights[k]` (at most one edge per pair, no
 * loops; the caller checks). Returns `mate[v]`: the vertex matched to v, or -1.
 */
export function blossomMatching(nVertex: number, ends: Int32Array, weights: Float64Array): Int32Array {
  return new Blossom(nVertex, ends, weights).run();
}

/**
 * Vertices are 0..n-1, non-trivial blossoms n..2n-1. Edge k has endpoints 2k and 2k+1; `p ^ 1` is the other
 * endpoint of the same edge. Dual variables are doubled (`dualVar[v]` = 2·u(v)) so integer weights keep every
 * value an integer, which makes the `<= 0` and `=== 0` tests exact.
 */
class Blossom {
  private readonly n: number;
  /** endpoint[p]: the vertex at endpoint p. */
  private readonly endpoint: Int32Array;
  /** 2 × the edge's weight (slack works on doubled duals). */
  private readonly weight2: Float64Array;
  /**
   * Slots neighbStart[v] .. neighbStart[v + 1] - 1 hold the edges at v: the remote endpoint, the remote vertex
   * and the doubled weight (the last two copied so the scan reads one contiguous range).
   */
  private readonly neighbStart: Int32Array;
  private readonly neighbEnd: Int32Array;
  private readonly neighbVertex: Int32Array;
  private readonly neighbWeight2: Float64Array;
  /** mate[v]: the remote endpoint of v's matched edge, or -1 (endpoint[mate[v]] is the partner). */
  private readonly mate: Int32Array;
  /** label[b] of a top-level blossom: FREE, S or T; inside a T-blossom label[v] is T iff v is reached from outside. */
  private readonly label: Int32Array;
  /** labelEnd[b]: the remote endpoint of the edge through which b got its label, or -1. */
  private readonly labelEnd: Int32Array;
  /** inBlossom[v]: the top-level blossom containing v (v itself when it is top-level). */
  private readonly inBlossom: Int32Array;
  /** blossomParent[b]: the parent blossom, or -1 at top level. */
  private readonly blossomParent: Int32Array;
  /** blossomChilds[b]: the sub-blossoms, starting with the base and going round. */
  private readonly blossomChilds: number[][];
  /** blossomBase[b]: the base vertex, or -1 for an unused blossom number. */
  private readonly blossomBase: Int32Array;
  /** blossomEndPs[b][i]: the endpoint of child i on the edge to child i + 1 (wrapping). */
  private readonly blossomEndPs: number[][];
  /** bestEdge[v|b]: least-slack edge to an S-vertex (free v) or to another S-blossom (S-blossom b), or -1. */
  private readonly bestEdge: Int32Array;
  /** blossomBestEdges[b]: least-slack edges to neighbouring S-blossoms, or null when not computed yet. */
  private readonly blossomBestEdges: (number[] | null)[];
  private readonly unusedBlossoms: number[];
  /** Doubled vertex duals (0..n-1) and blossom duals z(b) (n..2n-1). */
  private readonly dualVar: Float64Array;
  /** allowEdge[k]: edge k is known to have zero slack. */
  private readonly allowEdge: Uint8Array;
  /** Newly found S-vertices still to scan. */
  private queue: number[] = [];
  /**
   * The slack of bestEdge[x], cached: scans compare against it once per edge, and edge data are scattered.
   * Valid while bestSlackEdge[x] is still bestEdge[x] and no dual step has happened since (`epoch`).
   */
  private readonly bestSlack: Float64Array;
  private readonly bestSlackEdge: Int32Array;
  private readonly bestSlackEpoch: Int32Array;
  /** Counts dual steps, the only place vertex duals (and so slacks) change. */
  private epoch = 0;
  /** addBlossom's scratch: least-slack edge from the new blossom to each S-blossom. */
  private readonly bestEdgeTo: Int32Array;

  constructor(n: number, ends: Int32Array, weights: Float64Array) {
    this.n = n;
    const nEdge = weights.length;
    this.endpoint = ends;
    this.weight2 = new Float64Array(nEdge);
    let maxWeight = 0;
    const degree = new Int32Array(n + 1);
    for (let k = 0; k < nEdge; k++) {
      this.weight2[k] = 2 * weights[k]!;
      maxWeight = Math.max(maxWeight, weights[k]!);
      degree[ends[2 * k]!]!++;
      degree[ends[2 * k + 1]!]!++;
    }
    this.neighbStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) {
      this.neighbStart[v + 1] = this.neighbStart[v]! + degree[v]!;
    }
    this.neighbEnd = new Int32Array(2 * nEdge);
    this.neighbVertex = new Int32Array(2 * nEdge);
    this.neighbWeight2 = new Float64Array(2 * nEdge);
    const next = this.neighbStart.slice(0, n);
    for (let p = 0; p < 2 * nEdge; p++) {
      // Endpoint p is at vertex ends[p]; the slot stores the remote endpoint p ^ 1.
      const slot = next[ends[p]!]!++;
      this.neighbEnd[slot] = p ^ 1;
      this.neighbVertex[slot] = ends[p ^ 1]!;
      this.neighbWeight2[slot] = this.weight2[p >> 1]!;
    }
    this.mate = new Int32Array(n).fill(-1);
    this.label = new Int32Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.inBlossom = new Int32Array(n);
    this.blossomBase = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) {
      this.inBlossom[v] = v;
      this.blossomBase[v] = v;
    }
    this.blossomParent = new Int32Array(2 * n).fill(-1);
    this.blossomChilds = Array.from({ length: 2 * n }, () => []);
    this.blossomEndPs = Array.from({ length: 2 * n }, () => []);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.blossomBestEdges = new Array<number[] | null>(2 * n).fill(null);
    this.unusedBlossoms = Array.from({ length: n }, (_, i) => n + i);
    this.dualVar = new Float64Array(2 * n);
    this.dualVar.fill(maxWeight, 0, n);
    this.allowEdge = new Uint8Array(nEdge);
    this.bestEdgeTo = new Int32Array(2 * n);
    this.bestSlack = new Float64Array(2 * n);
    this.bestSlackEdge = new Int32Array(2 * n).fill(-1);
    this.bestSlackEpoch = new Int32Array(2 * n).fill(-1);
  }

  /** 2 × the slack of edge k (not valid inside a blossom). */
  private slack(k: number): number {
    const endpoint = this.endpoint;
    return this.dualVar[endpoint[2 * k]!]! + this.dualVar[endpoint[2 * k + 1]!]! - this.weight2[k]!;
  }

  /** 2 × the slack of bestEdge[x] (which must be an edge). */
  private slackOfBest(x: number): number {
    const k = this.bestEdge[x]!;
    if (this.bestSlackEdge[x] !== k || this.bestSlackEpoch[x] !== this.epoch) {
      this.bestSlack[x] = this.slack(k);
      this.bestSlackEdge[x] = k;
      this.bestSlackEpoch[x] = this.epoch;
    }
    return this.bestSlack[x]!;
  }

  /** bestEdge[x] = k, whose doubled slack kSlack is known. */
  private setBest(x: number, k: number, kSlack: number): void {
    this.bestEdge[x] = k;
    this.bestSlack[x] = kSlack;
    this.bestSlackEdge[x] = k;
    this.bestSlackEpoch[x] = this.epoch;
  }

  /** The leaf vertices of blossom b. */
  private leaves(b: number): number[] {
    if (b < this.n) {
      return [b];
    }
    const out: number[] = [];
    const stack = [b];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < this.n) {
        out.push(t);
      } else {
        const childs = this.blossomChilds[t]!;
        for (let i = childs.length - 1; i >= 0; i--) {
          stack.push(childs[i]!);
        }
      }
    }
    return out;
  }

  run(): Int32Array {
    const { n, label, inBlossom, blossomParent, blossomBase, dualVar, endpoint, mate } = this;
    for (let t = 0; t < n; t++) {
      // Each stage looks for one augmenting path; labels and least-slack edges start afresh.
      label.fill(FREE);
      this.bestEdge.fill(-1);
      this.blossomBestEdges.fill(null, n);
      this.allowEdge.fill(0);
      this.queue = [];
      for (let v = 0; v < n; v++) {
        if (mate[v] === -1 && label[inBlossom[v]!] === FREE) {
          this.assignLabel(v, S, -1);
        }
      }
      let augmented = false;
      for (;;) {
        // Substage: grow the alternating trees from the queued S-vertices over tight edges.
        while (this.queue.length > 0 && !augmented) {
          augmented = this.scan(this.queue.pop()!);
        }
        if (augmented || !this.dualStep()) {
          break;
        }
      }
      if (!augmented) {
        break;
      }
      // End of stage: expand the S-blossoms whose dual reached zero.
      for (let b = n; b < 2 * n; b++) {
        if (blossomParent[b] === -1 && blossomBase[b]! >= 0 && label[b] === S && dualVar[b] === 0) {
          this.expandBlossom(b, true);
        }
      }
    }
    const result = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      result[v] = mate[v]! >= 0 ? endpoint[mate[v]!]! : -1;
    }
    return result;
  }

  /** Scan the edges of S-vertex v: label, form blossoms, or augment (then returns true). */
  private scan(v: number): boolean {
    const { label, inBlossom, bestEdge, dualVar, allowEdge, neighbEnd, neighbVertex, neighbWeight2 } = this;
    // No dual changes during a scan: slack of the edge in slot i is dualV + dualVar[w] − neighbWeight2[i].
    const dualV = dualVar[v]!;
    for (let i = this.neighbStart[v]!, end = this.neighbStart[v + 1]!; i < end; i++) {
      // Read again for every edge: a blossom formed on the way may have swallowed v.
      const bv = inBlossom[v]!;
      const w = neighbVertex[i]!;
      const bw = inBlossom[w]!;
      if (bv === bw) {
        // Edge internal to a blossom: ignore.
        continue;
      }
      const p = neighbEnd[i]!;
      const k = p >> 1;
      let kSlack = 0;
      if (!allowEdge[k]) {
        kSlack = dualV + dualVar[w]! - neighbWeight2[i]!;
        if (kSlack <= 0) {
          allowEdge[k] = 1;
        }
      }
      if (allowEdge[k]) {
        if (label[bw] === FREE) {
          // w is free: label it T and its mate S.
          this.assignLabel(w, T, p ^ 1);
        } else if (label[bw] === S) {
          // Two S-blossoms: a new blossom or an augmenting path.
          const base = this.scanBlossom(v, w);
          if (base < 0) {
            this.augmentMatching(k);
            return true;
          }
          this.addBlossom(base, k);
        } else if (label[w] === FREE) {
          // w is inside a T-blossom and not reached from outside yet: note the edge in case the blossom is
          // expanded.
          label[w] = T;
          this.labelEnd[w] = p ^ 1;
        }
      } else if (label[bw] === S) {
        // Keep the least-slack edge to another S-blossom (delta3).
        if (bestEdge[bv] === -1 || kSlack < this.slackOfBest(bv)) {
          this.setBest(bv, k, kSlack);
        }
      } else if (label[w] === FREE) {
        // Keep the least-slack edge from a free vertex to an S-vertex (delta2).
        if (bestEdge[w] === -1 || kSlack < this.slackOfBest(w)) {
          this.setBest(w, k, kSlack);
        }
      }
    }
    return false;
  }

  /**
   * No tight edge left to use: change the duals by delta, the largest step that keeps them feasible, and act on
   * what became tight. Returns false when the stage ends without augmenting.
   */
  private dualStep(): boolean {
    const { n, label, inBlossom, bestEdge, blossomParent, blossomBase, dualVar, endpoint } = this;
    // deltaType 2: an edge from a free vertex to an S-vertex; 3: an edge between S-blossoms; 4: a T-blossom's
    // dual reaches zero; 1 (maximum cardinality: only when nothing else is left): the optimum is reached.
    let deltaType = -1;
    let delta = 0;
    let deltaEdge = -1;
    let deltaBlossom = -1;
    for (let v = 0; v < n; v++) {
      if (label[inBlossom[v]!] === FREE && bestEdge[v] !== -1) {
        const d = this.slackOfBest(v);
        if (deltaType === -1 || d < delta) {
          delta = d;
          deltaType = 2;
          deltaEdge = bestEdge[v]!;
        }
      }
    }
    for (let b = 0; b < 2 * n; b++) {
      if (blossomParent[b] === -1 && label[b] === S && bestEdge[b] !== -1) {
        // Even for integer weights: both ends are S-vertices, whose doubled duals share their parity.
        const d = this.slackOfBest(b) / 2;
        if (deltaType === -1 || d < delta) {
          delta = d;
          deltaType = 3;
          deltaEdge = bestEdge[b]!;
        }
      }
    }
    for (let b = n; b < 2 * n; b++) {
      if (
        blossomBase[b]! >= 0 &&
        blossomParent[b] === -1 &&
        label[b] === T &&
        (deltaType === -1 || dualVar[b]! < delta)
      ) {
        delta = dualVar[b]!;
        deltaType = 4;
        deltaBlossom = b;
      }
    }
    if (deltaType === -1) {
      // Make the vertex duals non-negative on the way out, as the reference does.
      deltaType = 1;
      let minDual = Infinity;
      for (let v = 0; v < n; v++) {
        minDual = Math.min(minDual, dualVar[v]!);
      }
      delta = Math.max(0, minDual);
    }

    this.epoch++;
    for (let v = 0; v < n; v++) {
      const l = label[inBlossom[v]!];
      if (l === S) {
        dualVar[v] = dualVar[v]! - delta;
      } else if (l === T) {
        dualVar[v] = dualVar[v]! + delta;
      }
    }
    for (let b = n; b < 2 * n; b++) {
      if (blossomBase[b]! >= 0 && blossomParent[b] === -1) {
        if (label[b] === S) {
          dualVar[b] = dualVar[b]! + delta;
        } else if (label[b] === T) {
          dualVar[b] = dualVar[b]! - delta;
        }
      }
    }

    if (deltaType === 1) {
      return false;
    }
    if (deltaType === 2) {
      // The edge became tight: scan its S end again.
      this.allowEdge[deltaEdge] = 1;
      let i = endpoint[2 * deltaEdge]!;
      if (label[inBlossom[i]!] === FREE) {
        i = endpoint[2 * deltaEdge + 1]!;
      }
      this.queue.push(i);
    } else if (deltaType === 3) {
      this.allowEdge[deltaEdge] = 1;
      this.queue.push(endpoint[2 * deltaEdge]!);
    } else {
      this.expandBlossom(deltaBlossom, false);
    }
    return true;
  }

  /** Label the top-level blossom of w with t, reached through remote endpoint p; a T-blossom's mate becomes S. */
  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w]!;
    this.label[w] = this.label[b] = t;
    this.labelEnd[w] = this.labelEnd[b] = p;
    this.bestEdge[w] = this.bestEdge[b] = -1;
    if (t === S) {
      for (const v of this.leaves(b)) {
        this.queue.push(v);
      }
    } else {
      // Only the base of a non-trivial blossom has an outside mate.
      const base = this.blossomBase[b]!;
      const mateEnd = this.mate[base]!;
      this.assignLabel(this.endpoint[mateEnd]!, S, mateEnd ^ 1);
    }
  }

  /**
   * Trace back from v and w, alternating between both paths, to find a new blossom (returns its base vertex)
   * or an augmenting path (returns -1).
   */
  private scanBlossom(v: number, w: number): number {
    const { label, labelEnd, inBlossom, endpoint } = this;
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = inBlossom[v]!;
      if (label[b]! & 4) {
        base = this.blossomBase[b]!;
        break;
      }
      path.push(b);
      label[b] = BREADCRUMB;
      if (labelEnd[b] === -1) {
        // The base of b is single: this path ends here.
        v = -1;
      } else {
        v = endpoint[labelEnd[b]!]!;
        b = inBlossom[v]!;
        // b is a T-blossom: one more step back.
        v = endpoint[labelEnd[b]!]!;
      }
      if (w !== -1) {
        const swap = v;
        v = w;
        w = swap;
      }
    }
    for (const b of path) {
      label[b] = S;
    }
    return base;
  }

  /**
   * A new S-blossom with the given base, closed by edge k between two S-vertices; its T-vertices become S and
   * are queued; its least-slack edges to other S-blossoms are merged from its children.
   */
  private addBlossom(base: number, k: number): void {
    const { label, labelEnd, inBlossom, endpoint, blossomParent, bestEdge, blossomBestEdges } = this;
    let v = endpoint[2 * k]!;
    let w = endpoint[2 * k + 1]!;
    const bb = inBlossom[base]!;
    let bv = inBlossom[v]!;
    let bw = inBlossom[w]!;
    const b = this.unusedBlossoms.pop()!;
    this.blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;
    const path: number[] = [];
    const endPs: number[] = [];
    this.blossomChilds[b] = path;
    this.blossomEndPs[b] = endPs;
    // Trace back from v to the base.
    while (bv !== bb) {
      blossomParent[bv] = b;
      path.push(bv);
      endPs.push(labelEnd[bv]!);
      v = endpoint[labelEnd[bv]!]!;
      bv = inBlossom[v]!;
    }
    path.push(bb);
    path.reverse();
    endPs.reverse();
    endPs.push(2 * k);
    // Trace back from w to the base.
    while (bw !== bb) {
      blossomParent[bw] = b;
      path.push(bw);
      endPs.push(labelEnd[bw]! ^ 1);
      w = endpoint[labelEnd[bw]!]!;
      bw = inBlossom[w]!;
    }
    label[b] = S;
    labelEnd[b] = labelEnd[bb]!;
    this.dualVar[b] = 0;
    for (const leaf of this.leaves(b)) {
      if (label[inBlossom[leaf]!] === T) {
        // A T-vertex inside an S-blossom becomes an S-vertex.
        this.queue.push(leaf);
      }
      inBlossom[leaf] = b;
    }
    const bestEdgeTo = this.bestEdgeTo.fill(-1);
    const consider = (edge: number) => {
      let j = endpoint[2 * edge + 1]!;
      if (inBlossom[j] === b) {
        j = endpoint[2 * edge]!;
      }
      const bj = inBlossom[j]!;
      if (bj !== b && label[bj] === S && (bestEdgeTo[bj] === -1 || this.slack(edge) < this.slack(bestEdgeTo[bj]!))) {
        bestEdgeTo[bj] = edge;
      }
    };
    for (const child of path) {
      const known = blossomBestEdges[child];
      if (!known) {
        // No list for this sub-blossom yet: take every edge of its vertices.
        for (const leaf of this.leaves(child)) {
          for (let i = this.neighbStart[leaf]!, end = this.neighbStart[leaf + 1]!; i < end; i++) {
            consider(this.neighbEnd[i]! >> 1);
          }
        }
      } else {
        for (const edge of known) {
          consider(edge);
        }
      }
      blossomBestEdges[child] = null;
      bestEdge[child] = -1;
    }
    const list: number[] = [];
    for (let i = 0; i < bestEdgeTo.length; i++) {
      if (bestEdgeTo[i] !== -1) {
        list.push(bestEdgeTo[i]!);
      }
    }
    blossomBestEdges[b] = list;
    bestEdge[b] = -1;
    for (const edge of list) {
      if (bestEdge[b] === -1 || this.slack(edge) < this.slackOfBest(b)) {
        bestEdge[b] = edge;
      }
    }
  }

  /**
   * Turn the children of top-level blossom b into top-level blossoms. During a stage (a T-blossom whose dual
   * reached zero) the children on the even path through it are relabelled T/S; at the end of a stage,
   * children with a zero dual are expanded too.
   */
  private expandBlossom(b: number, endStage: boolean): void {
    const { label, labelEnd, inBlossom, endpoint, blossomParent } = this;
    const childs = this.blossomChilds[b]!;
    const endPs = this.blossomEndPs[b]!;
    for (const s of childs) {
      blossomParent[s] = -1;
      if (s < this.n) {
        inBlossom[s] = s;
      } else if (endStage && this.dualVar[s] === 0) {
        this.expandBlossom(s, endStage);
      } else {
        for (const v of this.leaves(s)) {
          inBlossom[v] = s;
        }
      }
    }
    if (!endStage && label[b] === T) {
      // Start at the child through which b got its label; go round to the base the even way.
      const entryChild = inBlossom[endpoint[labelEnd[b]! ^ 1]!]!;
      let j = childs.indexOf(entryChild);
      let jStep: number;
      let endpTrick: number;
      if (j & 1) {
        // Odd start: go forward and wrap.
        j -= childs.length;
        jStep = 1;
        endpTrick = 0;
      } else {
        // Even start: go backward.
        jStep = -1;
        endpTrick = 1;
      }
      let p = labelEnd[b]!;
      while (j !== 0) {
        // Relabel the T-child, step to the next S-child and note its forward endpoint.
        label[endpoint[p ^ 1]!] = FREE;
        label[endpoint[at(endPs, j - endpTrick) ^ endpTrick ^ 1]!] = FREE;
        this.assignLabel(endpoint[p ^ 1]!, T, p);
        this.allowEdge[at(endPs, j - endpTrick) >> 1] = 1;
        j += jStep;
        p = at(endPs, j - endpTrick) ^ endpTrick;
        this.allowEdge[p >> 1] = 1;
        j += jStep;
      }
      // The base child becomes T without stepping through to its mate (which is S already).
      let bv = at(childs, j);
      label[endpoint[p ^ 1]!] = label[bv] = T;
      labelEnd[endpoint[p ^ 1]!] = labelEnd[bv] = p;
      this.bestEdge[bv] = -1;
      // The children on the other (odd) way round: relabel those reached from outside.
      j += jStep;
      while (at(childs, j) !== entryChild) {
        bv = at(childs, j);
        if (label[bv] === S) {
          // Already labelled S through another route.
          j += jStep;
          continue;
        }
        let reached = -1;
        for (const v of this.leaves(bv)) {
          if (label[v] !== FREE) {
            reached = v;
            break;
          }
        }
        if (reached >= 0) {
          label[reached] = FREE;
          label[endpoint[this.mate[this.blossomBase[bv]!]!]!] = FREE;
          this.assignLabel(reached, T, labelEnd[reached]!);
        }
        j += jStep;
      }
    }
    label[b] = labelEnd[b] = -1;
    this.blossomChilds[b] = [];
    this.blossomEndPs[b] = [];
    this.blossomBase[b] = -1;
    this.blossomBestEdges[b] = null;
    this.bestEdge[b] = -1;
    this.unusedBlossoms.push(b);
  }

  /** Swap matched and unmatched edges along the even path from v to the base of blossom b, recursively. */
  private augmentBlossom(b: number, v: number): void {
    const { blossomParent, endpoint, mate } = this;
    let t = v;
    while (blossomParent[t] !== b) {
      t = blossomParent[t]!;
    }
    if (t >= this.n) {
      this.augmentBlossom(t, v);
    }
    const childs = this.blossomChilds[b]!;
    const endPs = this.blossomEndPs[b]!;
    const i = childs.indexOf(t);
    let j = i;
    let jStep: number;
    let endpTrick: number;
    if (i & 1) {
      j -= childs.length;
      jStep = 1;
      endpTrick = 0;
    } else {
      jStep = -1;
      endpTrick = 1;
    }
    while (j !== 0) {
      j += jStep;
      t = at(childs, j);
      const p = at(endPs, j - endpTrick) ^ endpTrick;
      if (t >= this.n) {
        this.augmentBlossom(t, endpoint[p]!);
      }
      j += jStep;
      t = at(childs, j);
      if (t >= this.n) {
        this.augmentBlossom(t, endpoint[p ^ 1]!);
      }
      mate[endpoint[p]!] = p ^ 1;
      mate[endpoint[p ^ 1]!] = p;
    }
    // Rotate so that the new base comes first.
    this.blossomChilds[b] = childs.slice(i).concat(childs.slice(0, i));
    this.blossomEndPs[b] = endPs.slice(i).concat(endPs.slice(0, i));
    this.blossomBase[b] = this.blossomBase[this.blossomChilds[b][0]!]!;
  }

  /** Augment the matching along the path through edge k between two S-vertices in different trees. */
  private augmentMatching(k: number): void {
    const { inBlossom, labelEnd, endpoint, mate } = this;
    for (const [start, startP] of [
      [endpoint[2 * k]!, 2 * k + 1],
      [endpoint[2 * k + 1]!, 2 * k],
    ] as const) {
      let s = start;
      let p = startP;
      for (;;) {
        const bs = inBlossom[s]!;
        if (bs >= this.n) {
          this.augmentBlossom(bs, s);
        }
        mate[s] = p;
        if (labelEnd[bs] === -1) {
          // Reached a single vertex: the end of the path.
          break;
        }
        const t = endpoint[labelEnd[bs]!]!;
        const bt = inBlossom[t]!;
        s = endpoint[labelEnd[bt]!]!;
        const j = endpoint[labelEnd[bt]! ^ 1]!;
        if (bt >= this.n) {
          this.augmentBlossom(bt, j);
        }
        mate[j] = labelEnd[bt]!;
        p = labelEnd[bt]! ^ 1;
      }
    }
  }
}

/** arr[i], counting from the end for a negative i (Python indexing, used when going round a blossom). */
function at(arr: readonly number[], i: number): number {
  return arr[i < 0 ? arr.length + i : i]!;
}
