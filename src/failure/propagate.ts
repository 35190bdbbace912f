/**
 * Failure propagation: from the components that failed, everything whose gate can no longer be met,
 * until nothing changes. Each node keeps the weight of its failed inputs; a node goes down when that
 * weight exceeds its slack (total weight − need). Work is proportional to the edges leaving the nodes
 * that go down, and the scratch arrays are reused and reset sparsely, so one propagation costs
 * O(size of the impact), not O(size of the graph).
 */
import type { FailureGraph } from './graph.js';

interface Scratch {
  readonly failedWeight: Int32Array;
  readonly down: Uint8Array;
}

const scratches = new WeakMap<FailureGraph, Scratch>();

function scratchOf(graph: FailureGraph): Scratch {
  let scratch = scratches.get(graph);
  if (!scratch) {
    scratch = { failedWeight: new Int32Array(graph.nodes.length), down: new Uint8Array(graph.nodes.length) };
    scratches.set(graph, scratch);
  }
  return scratch;
}

/** Indexes of every node down when `failed` fail, in the order they went down (failed ones first). */
export function propagateDown(graph: FailureGraph, failed: Iterable<number>): number[] {
  const { failedWeight, down } = scratchOf(graph);
  const { dependentStart, dependentNode, dependentWeight, totalWeight, need } = graph;
  const queue: number[] = [];
  for (const seed of failed) {
    if (down[seed] === 1) continue;
    down[seed] = 1;
    queue.push(seed);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    const end = dependentStart[node + 1] as number;
    for (let edge = dependentStart[node] as number; edge < end; edge++) {
      const dependent = dependentNode[edge] as number;
      if (down[dependent] === 1) continue;
      const weight = (failedWeight[dependent] as number) + (dependentWeight[edge] as number);
      failedWeight[dependent] = weight;
      if (weight > (totalWeight[dependent] as number) - (need[dependent] as number)) {
        down[dependent] = 1;
        queue.push(dependent);
      }
    }
  }
  for (const node of queue) {
    down[node] = 0;
    const end = dependentStart[node + 1] as number;
    for (let edge = dependentStart[node] as number; edge < end; edge++) failedWeight[dependentNode[edge] as number] = 0;
  }
  return queue;
}
