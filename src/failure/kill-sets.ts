/**
 * Kill sets: for every node v, the components whose failure alone takes v down. They are computed once
 * per node from its inputs' kill sets (memoised propagation), instead of propagating every single
 * failure through the graph again:
 *
 *   K(v) = {v if v is a component} ∪ { x : Σ weight of inputs u with x ∈ K(u) > slack(v) }
 *
 * where slack(v) = total input weight − need. For an `all` gate that is the union of the inputs' sets,
 * for `any` their intersection, for `atLeast k` the components in enough of them. Nodes are visited
 * inputs-first in the order of their strongly connected components (Tarjan); inside a cycle the sets
 * are iterated from empty to the least fixed point, which matches propagation's least down-set. The
 * cost is Σ over edges of the input's set size: linear in the size of the answer (Σ blast radii),
 * which for infrastructure, where a component's blast radius is a handful of local nodes plus the
 * shared power and network above it, grows linearly with the inventory.
 */
import type { FailureGraph } from './graph.js';

const EMPTY = new Int32Array(0);

/** The kill set of every node (sorted node indexes of components); shared arrays where sets are equal. */
export function computeKillSets(graph: FailureGraph): readonly Int32Array[] {
  const n = graph.nodes.length;
  const sets: Int32Array[] = new Array<Int32Array>(n).fill(EMPTY);
  const failable = new Uint8Array(n);
  graph.nodes.forEach((node, index) => {
    failable[index] = node.failable ? 1 : 0;
  });
  const weightOf = new Int32Array(n);
  const touched = new Int32Array(n);
  const { inputStart, inputNode, inputWeight, totalWeight, need } = graph;

  const combine = (v: number): Int32Array => {
    const start = inputStart[v] as number;
    const end = inputStart[v + 1] as number;
    const threshold = (totalWeight[v] as number) - (need[v] as number) + 1;
    const self = failable[v] === 1;
    if (end === start || threshold > (totalWeight[v] as number)) return self ? Int32Array.of(v) : EMPTY;
    if (end - start === 1) {
      const base = (inputWeight[start] as number) >= threshold ? (sets[inputNode[start] as number] as Int32Array) : EMPTY;
      return self ? withMember(base, v) : base;
    }
    let count = 0;
    for (let edge = start; edge < end; edge++) {
      const set = sets[inputNode[edge] as number] as Int32Array;
      const weight = inputWeight[edge] as number;
      for (let i = 0; i < set.length; i++) {
        const x = set[i] as number;
        if (weightOf[x] === 0) touched[count++] = x;
        weightOf[x] = (weightOf[x] as number) + weight;
      }
    }
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const x = touched[i] as number;
      if ((weightOf[x] as number) >= threshold) touched[kept++] = x;
      weightOf[x] = 0;
    }
    if (kept === 0) return self ? Int32Array.of(v) : EMPTY;
    const result = touched.slice(0, kept).sort();
    return self ? withMember(result, v) : result;
  };

  const { order, boundaries } = inputsFirstComponents(graph);
  let begin = 0;
  for (const end of boundaries) {
    if (end - begin === 1) {
      const v = order[begin] as number;
      sets[v] = combine(v);
    } else {
      // A cycle: iterate from empty sets to the least fixed point; sets only grow, so equal sizes mean equal sets.
      for (let changed = true; changed; ) {
        changed = false;
        for (let i = begin; i < end; i++) {
          const v = order[i] as number;
          const next = combine(v);
          if (next.length !== (sets[v] as Int32Array).length) {
            sets[v] = next;
            changed = true;
          }
        }
      }
    }
    begin = end;
  }
  return sets;
}

/** The sorted set with `member` added (the same array when it is already there). */
function withMember(set: Int32Array, member: number): Int32Array {
  let low = 0;
  let high = set.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((set[middle] as number) < member) low = middle + 1;
    else high = middle;
  }
  if (set[low] === member) return set;
  const result = new Int32Array(set.length + 1);
  result.set(set.subarray(0, low), 0);
  result[low] = member;
  result.set(set.subarray(low), low + 1);
  return result;
}

/**
 * Strongly connected components over input edges, inputs first (iterative Tarjan): `order` lists the
 * nodes, component by component; `boundaries` holds the end offset of each component.
 */
export function inputsFirstComponents(graph: FailureGraph): { readonly order: Int32Array; readonly boundaries: readonly number[] } {
  const n = graph.nodes.length;
  const { inputStart, inputNode } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameEdge = new Int32Array(n);
  const order = new Int32Array(n);
  const boundaries: number[] = [];
  let stackSize = 0;
  let counter = 0;
  let written = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    const enter = (v: number) => {
      index[v] = counter;
      low[v] = counter++;
      stack[stackSize++] = v;
      onStack[v] = 1;
      frameNode[depth] = v;
      frameEdge[depth++] = inputStart[v] as number;
    };
    enter(root);
    while (depth > 0) {
      const v = frameNode[depth - 1] as number;
      const edge = frameEdge[depth - 1] as number;
      if (edge < (inputStart[v + 1] as number)) {
        frameEdge[depth - 1] = edge + 1;
        const w = inputNode[edge] as number;
        if (index[w] === -1) enter(w);
        else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) low[v] = index[w] as number;
        continue;
      }
      depth--;
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack[--stackSize] as number;
          onStack[w] = 0;
          order[written++] = w;
          if (w === v) break;
        }
        boundaries.push(written);
      }
      if (depth > 0) {
        const parent = frameNode[depth - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
    }
  }
  return { order, boundaries };
}
