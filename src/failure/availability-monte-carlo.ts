/**
 * Monte Carlo availability for dependency subgraphs the exact method cannot take (cycles, or too many
 * shared components). Each sample draws one uniform number per component, in a fixed order, and the
 * component is up when the number is below its availability; failures then propagate through the
 * subgraph's gates as in gate-network.ts. Because the draws do not depend on the availabilities, lowering
 * a component's availability can only turn samples from up to down: the estimate is monotone. The
 * 95 % interval is Wilson's score interval (Wilson 1927, https://doi.org/10.1080/01621459.1927.10502953).
 */
import { dependentsOf, propagateQueue, resetQueue } from './gate-network.js';
import { mulberry32 } from './prng.js';
import type { Subgraph } from './service-subgraph.js';

export interface MonteCarloEstimate {
  readonly availability: number;
  readonly interval: readonly [number, number];
  readonly samples: number;
}

const Z_95 = 1.959963984540054;

/** Estimates the availability of `subgraph.root` from `samples` seeded samples. */
export function monteCarloAvailability(subgraph: Subgraph, samples: number, seed: number): MonteCarloEstimate {
  const m = subgraph.inputStart.length - 1;
  const { inputStart, inputNode, inputWeight, need, totalWeight, availability, failable, root } = subgraph;
  const network = { ...dependentsOf(inputStart, inputNode, inputWeight), need, totalWeight };
  const components: number[] = [];
  for (let node = 0; node < m; node++) if (failable[node] === 1) components.push(node);

  const random = mulberry32(seed);
  const down = new Uint8Array(m);
  const failedWeight = new Int32Array(m);
  const queue = new Int32Array(m);
  let up = 0;
  for (let sample = 0; sample < samples; sample++) {
    let length = 0;
    for (const node of components) {
      if (random() >= (availability[node] as number)) {
        down[node] = 1;
        queue[length++] = node;
      }
    }
    if (length === 0) {
      up++;
      continue;
    }
    length = propagateQueue(network, down, failedWeight, queue, length);
    if (down[root] === 0) up++;
    resetQueue(network, down, failedWeight, queue, length);
  }
  const estimate = up / samples;
  return { availability: estimate, interval: wilsonInterval(estimate, samples), samples };
}

/** Wilson score interval at 95 % for a proportion `p` observed over `n` trials. */
export function wilsonInterval(p: number, n: number): readonly [number, number] {
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
