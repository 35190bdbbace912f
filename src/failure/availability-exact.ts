/**
 * Exact availability of a service by factoring (conditioning), for acyclic dependency subgraphs.
 *
 * Components fail independently. Where the subgraph is a tree, series/parallel/k-of-n formulas are
 * exact: all → Π pᵢ, any → 1 − Π(1 − pᵢ), atLeast k → Σ over up-weight distributions (domain
 * reference, section 7). Shared components (a UPS feeding two hosts) break independence, so the
 * components above every node with two or more dependents are conditioned on, up or down, one at a
 * time in inputs-first order (the factoring theorem: A = a·A|up + (1 − a)·A|down). A branch stops as
 * soon as the service's state is decided (a failed feed decides everything below it), so chains of
 * single points of failure cost one branch each. Once every conditioned component is fixed, the
 * remaining unknown nodes have disjoint input subtrees and the formulas apply. If the branches exceed
 * the work budget, the caller falls back to Monte Carlo; the budget depends only on the structure.
 */
import type { Subgraph } from './service-subgraph.js';

const UNKNOWN = -1;

/** The availability of `subgraph.root`, or undefined when the subgraph is cyclic or exceeds `budget` node evaluations. */
export function exactAvailability(subgraph: Subgraph, budget: number): number | undefined {
  const order = subgraph.order;
  if (!order) return undefined;
  const m = order.length;
  const { inputStart, inputNode, inputWeight, need, totalWeight, availability, failable, root } = subgraph;

  const children = new Int32Array(m);
  for (let edge = 0; edge < inputNode.length; edge++) {
    const input = inputNode[edge] as number;
    children[input] = (children[input] as number) + 1;
  }
  // Conditioned components: ancestors-or-self of a node with two or more dependents.
  const covered = new Uint8Array(m);
  for (let position = m - 1; position >= 0; position--) {
    const node = order[position] as number;
    if ((children[node] as number) >= 2) covered[node] = 1;
    if (covered[node] === 1) for (let edge = inputStart[node] as number; edge < (inputStart[node + 1] as number); edge++) covered[inputNode[edge] as number] = 1;
  }
  const conditioned: number[] = [];
  for (const node of order) if (covered[node] === 1 && failable[node] === 1) conditioned.push(node);

  const fixed = new Int8Array(m).fill(UNKNOWN);
  const value = new Int8Array(m);
  const probability = new Float64Array(m);
  let work = 0;

  const evaluate = (): number => {
    work += m;
    for (const node of order) {
      if (failable[node] === 1 && fixed[node] === 0) {
        value[node] = 0;
        continue;
      }
      let up = 0;
      let down = 0;
      for (let edge = inputStart[node] as number; edge < (inputStart[node + 1] as number); edge++) {
        const state = value[inputNode[edge] as number];
        if (state === 1) up += inputWeight[edge] as number;
        else if (state === 0) down += inputWeight[edge] as number;
      }
      if ((totalWeight[node] as number) - down < (need[node] as number)) value[node] = 0;
      else if (up >= (need[node] as number) && (failable[node] === 0 || fixed[node] === 1)) value[node] = 1;
      else value[node] = UNKNOWN;
    }
    return value[root] as number;
  };

  const independent = (): number => {
    for (const node of order) {
      if (value[node] !== UNKNOWN) {
        probability[node] = value[node] as number;
        continue;
      }
      const own = failable[node] === 1 && fixed[node] === UNKNOWN ? (availability[node] as number) : 1;
      probability[node] = own * gateProbability(subgraph, node, probability);
    }
    return probability[root] as number;
  };

  const solve = (position: number): number | undefined => {
    if (work > budget) return undefined;
    const state = evaluate();
    if (state !== UNKNOWN) return state;
    if (position === conditioned.length) return independent();
    const component = conditioned[position] as number;
    fixed[component] = 1;
    const up = solve(position + 1);
    fixed[component] = 0;
    const down = up === undefined ? undefined : solve(position + 1);
    fixed[component] = UNKNOWN;
    if (up === undefined || down === undefined) return undefined;
    const a = availability[component] as number;
    return a * up + (1 - a) * down;
  };
  return solve(0);
}

/** Probability that `node`'s gate is met, its inputs being independent with the given probabilities. */
function gateProbability(subgraph: Subgraph, node: number, probability: Float64Array): number {
  const start = subgraph.inputStart[node] as number;
  const end = subgraph.inputStart[node + 1] as number;
  const need = subgraph.need[node] as number;
  if (need === 0) return 1;
  if (need === (subgraph.totalWeight[node] as number)) {
    let product = 1;
    for (let edge = start; edge < end; edge++) if ((subgraph.inputWeight[edge] as number) > 0) product *= probability[subgraph.inputNode[edge] as number] as number;
    return product;
  }
  // Distribution of the up-weight, capped at `need` (reaching it is all that matters).
  let distribution = new Float64Array(need + 1);
  distribution[0] = 1;
  for (let edge = start; edge < end; edge++) {
    const p = probability[subgraph.inputNode[edge] as number] as number;
    const weight = subgraph.inputWeight[edge] as number;
    const next = new Float64Array(need + 1);
    for (let w = 0; w <= need; w++) {
      const mass = distribution[w] as number;
      if (mass === 0) continue;
      const raised = Math.min(need, w + weight);
      next[raised] = (next[raised] as number) + mass * p;
      next[w] = (next[w] as number) + mass * (1 - p);
    }
    distribution = next;
  }
  return distribution[need] as number;
}
