/**
 * The part of the failure graph one service depends on: the service and everything it transitively
 * needs, renumbered locally, with the availability of each component and an inputs-first order
 * (undefined when the part contains a cycle).
 */
import type { FailureGraph } from './graph.js';

export interface Subgraph {
  /** Global node index of each local node. */
  readonly nodes: Int32Array;
  readonly inputStart: Int32Array;
  readonly inputNode: Int32Array;
  readonly inputWeight: Int32Array;
  readonly need: Int32Array;
  readonly totalWeight: Int32Array;
  /** Availability of each local component (1 for derived nodes). */
  readonly availability: Float64Array;
  readonly failable: Uint8Array;
  /** Local index of the service. */
  readonly root: number;
  /** Local nodes inputs-first; undefined when the subgraph has a cycle. */
  readonly order?: Int32Array;
}

/** Extracts what `root` depends on; `availabilityOf` gives each component's availability. */
export function serviceSubgraph(graph: FailureGraph, root: number, availabilityOf: (index: number) => number): Subgraph {
  const local = new Map<number, number>([[root, 0]]);
  const nodes: number[] = [root];
  for (let head = 0; head < nodes.length; head++) {
    const node = nodes[head] as number;
    for (let edge = graph.inputStart[node] as number; edge < (graph.inputStart[node + 1] as number); edge++) {
      const input = graph.inputNode[edge] as number;
      if (!local.has(input)) {
        local.set(input, nodes.length);
        nodes.push(input);
      }
    }
  }
  const m = nodes.length;
  const inputStart = new Int32Array(m + 1);
  const inputs: number[] = [];
  const weights: number[] = [];
  const need = new Int32Array(m);
  const totalWeight = new Int32Array(m);
  const availability = new Float64Array(m);
  const failable = new Uint8Array(m);
  nodes.forEach((node, index) => {
    inputStart[index] = inputs.length;
    for (let edge = graph.inputStart[node] as number; edge < (graph.inputStart[node + 1] as number); edge++) {
      inputs.push(local.get(graph.inputNode[edge] as number) as number);
      weights.push(graph.inputWeight[edge] as number);
    }
    need[index] = graph.need[node] as number;
    totalWeight[index] = graph.totalWeight[node] as number;
    const isComponent = graph.nodes[node]?.failable === true;
    failable[index] = isComponent ? 1 : 0;
    availability[index] = isComponent ? availabilityOf(node) : 1;
  });
  inputStart[m] = inputs.length;
  const base = { nodes: Int32Array.from(nodes), inputStart, inputNode: Int32Array.from(inputs), inputWeight: Int32Array.from(weights), need, totalWeight, availability, failable, root: 0 };
  const order = topologicalOrder(base);
  return order ? { ...base, order } : base;
}

/** Inputs-first order by depth-first search; undefined on a cycle. */
function topologicalOrder(subgraph: Pick<Subgraph, 'inputStart' | 'inputNode'>): Int32Array | undefined {
  const m = subgraph.inputStart.length - 1;
  const state = new Uint8Array(m);
  const order = new Int32Array(m);
  let written = 0;
  const stack: number[] = [];
  const cursor = new Int32Array(m);
  for (let start = 0; start < m; start++) {
    if (state[start] !== 0) continue;
    stack.push(start);
    state[start] = 1;
    cursor[start] = subgraph.inputStart[start] as number;
    while (stack.length > 0) {
      const node = stack[stack.length - 1] as number;
      const edge = cursor[node] as number;
      if (edge < (subgraph.inputStart[node + 1] as number)) {
        cursor[node] = edge + 1;
        const input = subgraph.inputNode[edge] as number;
        if (state[input] === 1) return undefined;
        if (state[input] === 0) {
          state[input] = 1;
          cursor[input] = subgraph.inputStart[input] as number;
          stack.push(input);
        }
        continue;
      }
      stack.pop();
      state[node] = 2;
      order[written++] = node;
    }
  }
  return order;
}
