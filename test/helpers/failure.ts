/** Helpers for failure-analysis tests: a model from inline YAML, and a graph from a plain node list. */
import { formatDiagnostic } from '../../src/intake/diagnostic.js';
import { parseSpec } from '../../src/intake/load-spec.js';
import type { Model } from '../../src/model/types.js';
import { createGraphBuilder, type FailureGraph, type Gate } from '../../src/failure/graph.js';
import type { NodeKind } from '../../src/failure/node-kinds.js';

/** The model of an inline YAML spec; throws with the diagnostics when it is invalid. */
export function modelOf(yaml: string): Model {
  const result = parseSpec('spec.yaml', yaml);
  if (!result.model) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.model;
}

export interface PlainNode {
  readonly kind: NodeKind;
  readonly name: string;
  readonly gate?: Gate;
  /** Input node ids, with weights where not 1. */
  readonly inputs?: readonly (string | readonly [string, number])[];
  readonly availability?: number;
  readonly failable?: boolean;
}

/** A failure graph from plain nodes (ids are `<kind>:<name>`). */
export function graphOf(nodes: readonly PlainNode[]): FailureGraph {
  const builder = createGraphBuilder();
  for (const node of nodes) {
    builder.add(node.kind, node.name, {
      ...(node.gate ? { gate: node.gate } : {}),
      ...(node.failable !== undefined ? { failable: node.failable } : {}),
      ...(node.availability !== undefined ? { availability: node.availability } : {}),
      ...(node.kind === 'workload' ? { criticality: 'medium' as const } : {}),
    });
  }
  for (const node of nodes) {
    for (const input of node.inputs ?? []) {
      if (typeof input === 'string') builder.needs(`${node.kind}:${node.name}`, input);
      else builder.needs(`${node.kind}:${node.name}`, input[0], input[1]);
    }
  }
  return builder.freeze([]);
}

/**
 * Reference propagation, written independently of propagate.ts: repeat "a node whose failed input
 * weight exceeds its slack goes down" until nothing changes.
 */
export function bruteForceDown(graph: FailureGraph, failed: Iterable<number>): Set<number> {
  const down = new Set(failed);
  for (let changed = true; changed; ) {
    changed = false;
    for (let node = 0; node < graph.nodes.length; node++) {
      if (down.has(node)) continue;
      let failedWeight = 0;
      for (let edge = graph.inputStart[node] as number; edge < (graph.inputStart[node + 1] as number); edge++) {
        if (down.has(graph.inputNode[edge] as number)) failedWeight += graph.inputWeight[edge] as number;
      }
      if (failedWeight > (graph.totalWeight[node] as number) - (graph.need[node] as number)) {
        down.add(node);
        changed = true;
      }
    }
  }
  return down;
}
