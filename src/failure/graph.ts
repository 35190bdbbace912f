/**
 * The failure graph and its builder.
 *
 * Every node has a gate over weighted inputs: it is up when it has not failed itself and the weight of
 * its inputs that are up reaches `need`. `all` needs every input, `any` needs one, `atLeast k` needs
 * k (votes carry weights, so a QDevice worth N−1 votes is one input of weight N−1). Propagating a
 * failure yields the least set of down nodes closed under these gates; a cycle of nodes that only need
 * each other (a router VM on the host it routes for) therefore stays up unless something outside it
 * fails. Inputs live in compressed arrays (CSR) so that 10^5 components propagate in linear time.
 */
import { compareText } from '../intake/diagnostic.js';
import type { Assumption, Source } from '../model/types.js';
import { dependentsOf } from './gate-network.js';
import type { HaCluster } from './ha-cluster.js';
import { type NodeKind, componentKinds } from './node-kinds.js';

export type Gate = { readonly kind: 'all' } | { readonly kind: 'any' } | { readonly kind: 'atLeast'; readonly k: number };
export type Criticality = 'critical' | 'high' | 'medium' | 'low';

export interface FailureNode {
  /** `<kind>:<name>`, e.g. "host:pve1". */
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly gate: Gate;
  /** True for components, which fail on their own. */
  readonly failable: boolean;
  /** Sub-kind shown to people: the device kind (switch, gateway), the workload kind (vm, ct), the disk kind. */
  readonly detail?: string;
  /** Id of the spec entity the node stands for or derives from. */
  readonly entity?: string;
  /** Where that entity is declared. */
  readonly source?: Source;
  readonly criticality?: Criticality;
  /** Availability of the component on its own (1 for derived nodes). */
  readonly availability: number;
  /** Where the availability came from: "spec", "settings.availability.switch" or "default". */
  readonly availabilitySource?: string;
}

export interface FailureGraph {
  readonly nodes: readonly FailureNode[];
  readonly index: ReadonlyMap<string, number>;
  /** Inputs of node i are inputNode[inputStart[i] .. inputStart[i+1]). */
  readonly inputStart: Int32Array;
  readonly inputNode: Int32Array;
  readonly inputWeight: Int32Array;
  /** Nodes that have node i as an input: dependentNode[dependentStart[i] .. dependentStart[i+1]). */
  readonly dependentStart: Int32Array;
  readonly dependentNode: Int32Array;
  /** Weight of node i in the gate of dependentNode[e]. */
  readonly dependentWeight: Int32Array;
  /** Up-weight node i needs from its inputs (0: it needs nothing). */
  readonly need: Int32Array;
  /** Sum of the weights of node i's inputs. */
  readonly totalWeight: Int32Array;
  /** Proxmox clusters with HA, for restarting guests where memory allows. */
  readonly ha: readonly HaCluster[];
  /** Defaults the graph was built on. */
  readonly assumptions: readonly Assumption[];
}

export interface NodeOptions {
  readonly failable?: boolean;
  readonly gate?: Gate;
  readonly detail?: string;
  readonly entity?: string;
  readonly source?: Source;
  readonly criticality?: Criticality;
  readonly availability?: number;
  readonly availabilitySource?: string;
}

interface Draft {
  id: string;
  position: number;
  kind: NodeKind;
  name: string;
  options: NodeOptions;
  /** Input ids and their weights, in the order added (a repeated input adds to its weight); null until the first. */
  inputs: string[] | null;
  weights: number[] | null;
}

/** Collects nodes and edges in any order; `freeze` resolves them into a FailureGraph. */
export interface GraphBuilder {
  /** Adds a node and returns its id; adding the same id twice is a bug. */
  add(kind: NodeKind, name: string, options?: NodeOptions): string;
  has(id: string): boolean;
  /** Makes `id` depend on `input` with `weight` (weights of a repeated input add up). */
  needs(id: string, input: string | undefined, weight?: number): void;
  /** One input when there is one, a new `any` node of `kind` when there are several, undefined when none. */
  anyOf(kind: NodeKind, name: string, inputs: readonly string[], options?: NodeOptions): string | undefined;
  /** Like anyOf, with an `all` gate. */
  allOf(kind: NodeKind, name: string, inputs: readonly string[], options?: NodeOptions): string | undefined;
  assume(assumption: Assumption): void;
  freeze(ha: readonly HaCluster[]): FailureGraph;
}

/** A builder for a failure graph. */
export function createGraphBuilder(): GraphBuilder {
  const drafts: Draft[] = [];
  // Node id → position; it becomes the graph's index as is.
  const positions = new Map<string, number>();
  const assumptions = new Map<string, { assumption: Assumption; sources: Assumption['sources'][number][] }>();
  const draftOf = (id: string): Draft => {
    const position = positions.get(id);
    if (position === undefined) throw new Error(`failure graph: "${id}" was used before it was added`);
    return drafts[position] as Draft;
  };
  const builder: GraphBuilder = {
    add(kind, name, options = {}) {
      const id = `${kind}:${name}`;
      if (positions.has(id)) throw new Error(`failure graph: node "${id}" added twice`);
      positions.set(id, drafts.length);
      drafts.push({ id, position: drafts.length, kind, name, options, inputs: null, weights: null });
      return id;
    },
    has: (id) => positions.has(id),
    needs(id, input, weight = 1) {
      if (input === undefined || input === id) return;
      const draft = draftOf(id);
      if (draft.inputs === null || draft.weights === null) {
        draft.inputs = [input];
        draft.weights = [weight];
        return;
      }
      const existing = draft.inputs.indexOf(input);
      if (existing >= 0) draft.weights[existing] = (draft.weights[existing] as number) + weight;
      else {
        draft.inputs.push(input);
        draft.weights.push(weight);
      }
    },
    anyOf: (kind, name, inputs, options) => combine(builder, kind, name, inputs, { ...options, gate: { kind: 'any' } }),
    allOf: (kind, name, inputs, options) => combine(builder, kind, name, inputs, { ...options, gate: { kind: 'all' } }),
    assume(assumption) {
      const existing = assumptions.get(assumption.id);
      if (existing) existing.sources.push(...assumption.sources);
      else assumptions.set(assumption.id, { assumption, sources: [...assumption.sources] });
    },
    freeze: (ha) =>
      freezeDrafts(
        drafts,
        positions,
        ha,
        [...assumptions.values()].map(({ assumption, sources }) => ({ ...assumption, sources })).sort((a, b) => compareText(a.id, b.id)),
      ),
  };
  return builder;
}

function combine(builder: GraphBuilder, kind: NodeKind, name: string, inputs: readonly string[], options: NodeOptions): string | undefined {
  const distinct = [...new Set(inputs)];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return distinct[0];
  const id = `${kind}:${name}`;
  if (!builder.has(id)) {
    builder.add(kind, name, options);
    for (const input of distinct) builder.needs(id, input);
  }
  return id;
}

function freezeDrafts(drafts: readonly Draft[], index: ReadonlyMap<string, number>, ha: readonly HaCluster[], assumptions: readonly Assumption[]): FailureGraph {
  const n = drafts.length;
  let edgeCount = 0;
  for (const draft of drafts) edgeCount += draft.inputs?.length ?? 0;
  const inputStart = new Int32Array(n + 1);
  const inputNode = new Int32Array(edgeCount);
  const inputWeight = new Int32Array(edgeCount);
  const need = new Int32Array(n);
  const totalWeight = new Int32Array(n);
  const nodes: FailureNode[] = new Array(n);
  let edge = 0;
  for (let position = 0; position < n; position++) {
    const draft = drafts[position] as Draft;
    inputStart[position] = edge;
    let weight = 0;
    const inputs = draft.inputs ?? [];
    for (let entry = 0; entry < inputs.length; entry++) {
      const input = inputs[entry] as string;
      const inputWeightValue = draft.weights?.[entry] as number;
      const target = index.get(input);
      if (target === undefined) throw new Error(`failure graph: "${draft.id}" needs "${input}", which was never added`);
      inputNode[edge] = target;
      inputWeight[edge] = inputWeightValue;
      weight += inputWeightValue;
      edge++;
    }
    const gate = draft.options.gate ?? { kind: 'all' };
    totalWeight[position] = weight;
    // An impossible gate (atLeast more than there is) is clamped: the builder notes such inputs as assumptions.
    need[position] = weight === 0 ? 0 : gate.kind === 'all' ? weight : gate.kind === 'any' ? 1 : Math.max(0, Math.min(gate.k, weight));
    const failable = draft.options.failable ?? componentKinds.has(draft.kind);
    const { detail, entity, source, criticality, availability, availabilitySource } = draft.options;
    // One object shape for every node (absent fields are undefined), so 10^5 nodes stay cheap to build.
    nodes[position] = {
      id: draft.id,
      kind: draft.kind,
      name: draft.name,
      gate,
      failable,
      availability: failable ? (availability ?? 1) : 1,
      detail,
      entity,
      source,
      criticality,
      availabilitySource: failable ? availabilitySource : undefined,
    };
  }
  inputStart[n] = edge;
  const { dependentStart, dependentNode, dependentWeight } = dependentsOf(inputStart, inputNode, inputWeight);
  return { nodes, index, inputStart, inputNode, inputWeight, dependentStart, dependentNode, dependentWeight, need, totalWeight, ha, assumptions };
}

/** The node with this id; throws on a bug (an id that was never added). */
export function nodeIndex(graph: FailureGraph, id: string): number {
  const found = graph.index.get(id);
  if (found === undefined) throw new RangeError(`no node "${id}" in the failure graph`);
  return found;
}

/** The inputs of node `id` with their weights, for explaining why something went down. */
export function inputsOf(graph: FailureGraph, id: string): { readonly id: string; readonly weight: number }[] {
  const node = nodeIndex(graph, id);
  const inputs: { id: string; weight: number }[] = [];
  for (let edge = graph.inputStart[node] as number; edge < (graph.inputStart[node + 1] as number); edge++) {
    inputs.push({ id: (graph.nodes[graph.inputNode[edge] as number] as FailureNode).id, weight: graph.inputWeight[edge] as number });
  }
  return inputs;
}
