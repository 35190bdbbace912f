/** fast-check arbitraries for small random failure graphs (cycles allowed unless `acyclic`). */
import fc from 'fast-check';
import type { Gate } from '../../src/failure/graph.js';
import type { PlainNode } from './failure.js';

export interface RandomNode {
  readonly failable: boolean;
  readonly service: boolean;
  readonly gate: 'all' | 'any' | 'atLeast';
  readonly k: number;
  readonly inputs: readonly { readonly to: number; readonly weight: number }[];
  readonly availability: number;
}

/** Random nodes; with `acyclic`, a node's inputs all have lower indexes. */
export function randomNodes(options: { maxNodes?: number; acyclic?: boolean } = {}): fc.Arbitrary<RandomNode[]> {
  return fc.integer({ min: 2, max: options.maxNodes ?? 10 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, index) =>
        fc.record({
          failable: index === 0 ? fc.constant(true) : fc.boolean(),
          service: fc.boolean(),
          gate: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const),
          k: fc.integer({ min: 1, max: 4 }),
          inputs: options.acyclic && index === 0
            ? fc.constant([])
            : fc.uniqueArray(fc.record({ to: fc.integer({ min: 0, max: options.acyclic ? index - 1 : n - 1 }), weight: fc.integer({ min: 1, max: 2 }) }), { maxLength: 4, selector: (input) => input.to }),
          availability: fc.double({ min: 0.5, max: 1, noNaN: true }),
        }),
      ),
    ),
  );
}

/** The plain nodes for `nodes`: components are hosts or workloads, derived nodes pools or VLANs. */
export function plainNodes(nodes: readonly RandomNode[], extra?: { readonly node: number; readonly input: number }): PlainNode[] {
  return nodes.map((node, index) => {
    const gate: Gate = node.gate === 'atLeast' ? { kind: 'atLeast', k: node.k } : { kind: node.gate };
    const inputs = node.inputs.filter((input) => input.to !== index).map((input) => [nodeId(nodes, input.to), input.weight] as const);
    if (extra && extra.node === index && extra.input !== index) inputs.push([nodeId(nodes, extra.input), 1]);
    return { kind: kindOf(node), name: `n${index}`, gate, inputs, failable: node.failable, availability: node.availability };
  });
}

export function kindOf(node: RandomNode): PlainNode['kind'] {
  return node.failable ? (node.service ? 'workload' : 'host') : node.service ? 'vlan' : 'pool';
}

export function nodeId(nodes: readonly RandomNode[], index: number): string {
  return `${kindOf(nodes[index] as RandomNode)}:n${index}`;
}
