/**
 * Failure propagation: from the components that failed, everything whose gate can no longer be met,
 * until nothing changes (gate-network.ts). The scratch arrays are reused per graph and reset sparsely,
 * so one propagation costs O(size of the impact), not O(size of the graph).
 */
import { propagateQueue, resetQueue } from './gate-network.js';
import type { FailureGraph } from './graph.js';

interface Scratch {
  readonly failedWeight: Int32Array;
  readonly down: Uint8Array;
  readonly queue: Int32Array;
}

const scratches = new WeakMap<FailureGraph, Scratch>();

function scratchOf(graph: FailureGraph): Scratch {
  let scratch = scratches.get(graph);
  if (!scratch) {
    const n = graph.nodes.length;
    scratch = { failedWeight: new Int32Array(n), down: new Uint8Array(n), queue: new Int32Array(n) };
    scratches.set(graph, scratch);
  }
  return scratch;
}

/** Indexes of every node down when `failed` fail, in the order they went down (failed ones first). */
export function propagateDown(graph: FailureGraph, failed: Iterable<number>): number[] {
  const { failedWeight, down, queue } = scratchOf(graph);
  let length = 0;
  for (const seed of failed) {
    if (down[seed] === 1) continue;
    down[seed] = 1;
    queue[length++] = seed;
  }
  length = propagateQueue(graph, down, failedWeight, queue, length);
  const result = Array.from(queue.subarray(0, length));
  resetQueue(graph, down, failedWeight, queue, length);
  return result;
}
