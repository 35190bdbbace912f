/**
 * What the proxmox-cluster blueprint designs around: the cluster (or the hypervisors that will form
 * one), its nodes, the hosts outside it that could hold a QDevice, the guests that deserve HA, and the
 * currency prices are compared in.
 */
import { compareText } from '../../../intake/diagnostic.js';
import type { Host, Model, ProxmoxCluster, Workload } from '../../../model/types.js';
import type { DesignContext } from '../../blueprint.js';

export const BLUEPRINT = 'proxmox-cluster';

export interface ClusterContext {
  readonly context: DesignContext;
  /** The existing cluster, if any. */
  readonly cluster?: ProxmoxCluster;
  /** Id of the cluster in the target. */
  readonly clusterId: string;
  readonly nodes: readonly Host[];
  /** Nodes the task asks for (at least the current ones). */
  readonly wantedNodes: number;
  /** Always-on hosts outside the cluster, lowest idle draw first: QDevice candidates. */
  readonly outsiders: readonly Host[];
  /** VMs and containers on the nodes. */
  readonly guests: readonly Workload[];
  readonly currency: string;
}

const qdeviceRoles = new Set(['nas', 'backup-server', 'sbc', 'server', 'router', 'firewall', 'other']);

/** Reads the cluster context from `context`. */
export function clusterContext(context: DesignContext): ClusterContext {
  const model = context.model;
  const cluster = model.clusters.proxmox[0];
  const nodeIds = cluster?.nodes.map((node) => node.host) ?? model.hosts.filter((host) => host.role === 'hypervisor').map((host) => host.id);
  const nodes = nodeIds.map((id) => model.hosts.find((host) => host.id === id)).filter((host): host is Host => host !== undefined);
  const outsiders = model.hosts
    .filter((host) => !nodeIds.includes(host.id) && qdeviceRoles.has(host.role))
    .sort((a, b) => (a.power?.idle ?? Number.POSITIVE_INFINITY) - (b.power?.idle ?? Number.POSITIVE_INFINITY) || compareText(a.id, b.id));
  return {
    context,
    ...(cluster !== undefined ? { cluster } : {}),
    clusterId: cluster?.id ?? 'cluster',
    nodes,
    wantedNodes: Math.max(nodes.length, context.intent.nodes ?? nodes.length),
    outsiders,
    guests: model.workloads.filter((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.runsOn === undefined && workload.host !== undefined && nodeIds.includes(workload.host)),
    currency: currencyOf(model),
  };
}

/** The currency of the site: the budget's, else the site's, else EUR (the assumed prices' currency). */
export function currencyOf(model: Model): string {
  return model.constraints.budget?.currency ?? model.site.currency ?? model.site.electricityPrice?.currency ?? 'EUR';
}

/** Guests that deserve HA by their criticality, and those already under HA (a design never drops HA). */
export function haCandidates(guests: readonly Workload[], levels: readonly Workload['criticality'][]): Workload[] {
  return guests.filter((guest) => levels.includes(guest.criticality) || guest.ha);
}
