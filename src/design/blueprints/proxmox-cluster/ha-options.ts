/**
 * Which guests HA restarts, checked N+1: when any one node fails, the survivors' free guest memory
 * (compute facts: guest-memory-capacity − memory-allocated, via calc/compute/host-capacity) must hold
 * the failed node's HA guests. The check sums the survivors' free memory; placement per node is the
 * failure model's N+1 (src/failure), which the design's validation re-runs on the target.
 */
import { isNumericFact } from '../../../analyze/fact.js';
import type { Analysis } from '../../../analyze/run-analysis.js';
import { memoryHeadroom } from '../../../calc/compute/host-capacity.js';
import { formatMemory } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { Workload } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { BLUEPRINT, haCandidates, type ClusterContext } from './cluster-context.js';

/** Free guest memory of a node, or null when its facts are unknown. */
export interface NodeMemory {
  readonly host: string;
  readonly free: number | null;
  readonly factIds: readonly string[];
}

export interface NPlusOneMemory {
  readonly failed: string;
  /** Memory of the failed node's HA guests. */
  readonly needed: number;
  /** Free guest memory of the survivors (null when unknown). */
  readonly free: number | null;
  /** What the survivors lack; 0 when N+1 holds. */
  readonly shortfall: number | null;
}

/** Free guest memory per node from the compute facts of `analysis`. */
export function nodeMemory(analysis: Analysis, hosts: readonly string[]): NodeMemory[] {
  return hosts.map((host) => {
    const capacity = analysis.byId.get(`compute/${host}/guest-memory-capacity`);
    const allocated = analysis.byId.get(`compute/${host}/memory-allocated`);
    return {
      host,
      free: isNumericFact(capacity) && isNumericFact(allocated) ? memoryHeadroom(bytes(capacity.value), bytes(allocated.value)) : null,
      factIds: [`compute/${host}/guest-memory-capacity`, `compute/${host}/memory-allocated`],
    };
  });
}

/** N+1 by memory for each node failure: the failed node's HA guests against the survivors' free memory. */
export function nPlusOneMemory(nodes: readonly NodeMemory[], haGuests: readonly Workload[]): NPlusOneMemory[] {
  return nodes.map((node) => {
    const needed = haGuests.filter((guest) => guest.host === node.host).reduce((sum, guest) => sum + (guest.memory ?? 0), 0);
    const survivors = nodes.filter((other) => other.host !== node.host);
    const free = survivors.some((other) => other.free === null) ? null : survivors.reduce((sum, other) => sum + Math.max(0, other.free as number), 0);
    return { failed: node.host, needed, free, shortfall: free === null ? null : Math.max(0, needed - free) };
  });
}

const columns: readonly Column[] = [
  { key: 'guests', label: 'HA guests', unit: 'count', better: 'higher' },
  { key: 'memory', label: 'Memory to restart (worst node)', unit: 'bytes', better: 'none' },
  { key: 'shortfall', label: 'Memory the survivors lack', unit: 'bytes', better: 'lower' },
];

const sets: readonly { readonly id: string; readonly title: string; readonly levels: readonly Workload['criticality'][] }[] = [
  { id: 'critical-and-high', title: 'Critical and high-criticality guests', levels: ['critical', 'high'] },
  { id: 'critical-only', title: 'Critical guests only', levels: ['critical'] },
  { id: 'all', title: 'Every guest', levels: ['critical', 'high', 'medium', 'low'] },
];

/** The HA decision given the nodes' free memory. */
export function haDecision(cluster: ClusterContext, nodes: readonly NodeMemory[]): { readonly decision: Decision; readonly guests: readonly Workload[] } {
  const options: Option[] = sets.map((set) => {
    const guests = haCandidates(cluster.guests, set.levels);
    const results = nPlusOneMemory(nodes, guests);
    const worst = results.reduce<NPlusOneMemory | undefined>((found, result) => (found === undefined || result.needed > found.needed ? result : found), undefined);
    const shortfall = results.some((result) => result.shortfall === null) ? null : Math.max(0, ...results.map((result) => result.shortfall as number));
    const make = optionFigures(BLUEPRINT, 'ha', set.id, 'compute');
    const inputs = nodes.map((node) => ({ name: `${node.host} free guest memory`, value: node.free, unit: 'bytes' as const, factId: node.factIds[0] }));
    return {
      id: set.id,
      title: set.title,
      summary: guests.length > 0 ? guests.map((guest) => guest.id).join(', ') : 'none',
      figures: [
        make('guests', { label: 'HA guests', unit: 'count', value: guests.length, formula: `VMs and containers with criticality ${set.levels.join(' or ')}, and those already under HA` }),
        make('memory', { label: 'Memory to restart (worst node)', unit: 'bytes', value: worst?.needed ?? 0, formula: 'Σ memory of the HA guests on the node whose failure displaces the most', inputs: guests.map((guest) => ({ name: guest.id, value: guest.memory ?? 0, unit: 'bytes' as const, source: guest.source })) }),
        make('shortfall', { label: 'Memory the survivors lack', unit: 'bytes', value: shortfall, formula: 'max over node failures of (HA memory of the failed node − Σ free guest memory of the survivors), at least 0', inputs, calculator: 'calc/compute/host-capacity', question: 'A node\'s memory facts are unknown (give memory for the hosts and their guests).' }),
      ],
      pros: set.id === 'all' ? ['Everything comes back by itself'] : set.id === 'critical-only' ? ['Least memory to keep free'] : ['What matters comes back by itself; the rest waits for the node'],
      cons: set.id === 'all' ? ['Low-value guests compete for the survivors\' memory'] : ['Guests left out stay down until their node is repaired'],
      viable: guests.length > 0 && shortfall === 0,
      whyNot: guests.length === 0 ? ['No guest has that criticality'] : shortfall === null ? ['Memory facts are unknown, so N+1 cannot be checked'] : shortfall > 0 ? [`The survivors lack ${formatMemory(bytes(shortfall))} when ${worst?.failed} fails [compute/memory-overcommit]`] : [],
    };
  });
  checkColumns(columns, options);
  const chosen = options.find((option) => option.viable && option.id !== 'all') ?? options.find((option) => option.viable) ?? (options[1] as Option);
  const guests = haCandidates(cluster.guests, sets.find((set) => set.id === chosen.id)?.levels ?? []);
  return {
    decision: {
      id: 'ha',
      question: 'Which guests does HA restart, and do the survivors have the memory (N+1)?',
      columns,
      options,
      choice: {
        optionId: chosen.id,
        rationale: chosen.viable ? `${chosen.title} (${chosen.summary}) fit N+1: after any single node failure the survivors have the free guest memory to restart them. Every guest does not need HA; low-criticality guests wait for their node.` : `No set of guests passes N+1; ${chosen.title.toLowerCase()} is the smallest, and the shortfall is listed as a risk.`,
        cites: { rules: ['compute/memory-overcommit'], facts: [...chosen.figures.map((figure) => figure.fact.id), ...nodes.flatMap((node) => node.factIds)] },
      },
    },
    guests,
  };
}
