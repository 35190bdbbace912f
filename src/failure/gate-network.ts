/**
 * The low-level form of a gate network shared by the failure graph and the per-service subgraphs:
 * inputs in CSR arrays, their transpose (dependents), and failure propagation over them. A node goes
 * down when the weight of its failed inputs exceeds its slack (total weight − need).
 */

export interface Dependents {
  readonly dependentStart: Int32Array;
  readonly dependentNode: Int32Array;
  readonly dependentWeight: Int32Array;
}

export interface GateNetwork extends Dependents {
  readonly totalWeight: Int32Array;
  readonly need: Int32Array;
}

/** Transposes input lists (node i needs inputNode[inputStart[i]..inputStart[i+1])) into dependent lists. */
export function dependentsOf(inputStart: Int32Array, inputNode: Int32Array, inputWeight: Int32Array): Dependents {
  const n = inputStart.length - 1;
  const dependentStart = new Int32Array(n + 1);
  for (let edge = 0; edge < inputNode.length; edge++) {
    const slot = (inputNode[edge] as number) + 1;
    dependentStart[slot] = (dependentStart[slot] as number) + 1;
  }
  for (let node = 0; node < n; node++) dependentStart[node + 1] = (dependentStart[node + 1] as number) + (dependentStart[node] as number);
  const dependentNode = new Int32Array(inputNode.length);
  const dependentWeight = new Int32Array(inputNode.length);
  const fill = dependentStart.slice(0, n);
  for (let node = 0; node < n; node++) {
    for (let edge = inputStart[node] as number; edge < (inputStart[node + 1] as number); edge++) {
      const input = inputNode[edge] as number;
      const slot = fill[input] as number;
      dependentNode[slot] = node;
      dependentWeight[slot] = inputWeight[edge] as number;
      fill[input] = slot + 1;
    }
  }
  return { dependentStart, dependentNode, dependentWeight };
}

/**
 * Propagates from the `length` nodes already in `queue` (and marked in `down`) to everything that goes
 * down with them; returns the new queue length. `failedWeight` must be zero for nodes not yet touched.
 */
export function propagateQueue(network: GateNetwork, down: Uint8Array, failedWeight: Int32Array, queue: Int32Array, length: number): number {
  const { dependentStart, dependentNode, dependentWeight, totalWeight, need } = network;
  let end = length;
  for (let head = 0; head < end; head++) {
    const node = queue[head] as number;
    const last = dependentStart[node + 1] as number;
    for (let edge = dependentStart[node] as number; edge < last; edge++) {
      const dependent = dependentNode[edge] as number;
      if (down[dependent] === 1) continue;
      const weight = (failedWeight[dependent] as number) + (dependentWeight[edge] as number);
      failedWeight[dependent] = weight;
      if (weight > (totalWeight[dependent] as number) - (need[dependent] as number)) {
        down[dependent] = 1;
        queue[end++] = dependent;
      }
    }
  }
  return end;
}

/** Clears what a propagation of `length` queued nodes left in `down` and `failedWeight`, touching only those. */
export function resetQueue(network: GateNetwork, down: Uint8Array, failedWeight: Int32Array, queue: Int32Array, length: number): void {
  const { dependentStart, dependentNode } = network;
  for (let head = 0; head < length; head++) {
    const node = queue[head] as number;
    down[node] = 0;
    for (let edge = dependentStart[node] as number; edge < (dependentStart[node + 1] as number); edge++) failedWeight[dependentNode[edge] as number] = 0;
  }
}
