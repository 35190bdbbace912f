/** What every part of the graph compiler shares: the model, the builder and the id → node map. */
import type { Analysis } from '../analyze/run-analysis.js';
import { type EntityKind, listEntities } from '../model/entity-index.js';
import type { Model } from '../model/types.js';
import type { AvailabilityResolver } from './availability-defaults.js';
import type { GraphBuilder, NodeOptions } from './graph.js';
import type { NodeKind } from './node-kinds.js';
import { resolveStorage } from './storage-refs.js';

export interface BuildContext {
  readonly model: Model;
  readonly analysis?: Analysis;
  readonly builder: GraphBuilder;
  readonly availability: AvailabilityResolver;
  /** The node that stands for a spec entity (a host, a device, a workload, a pool…), by entity id. */
  readonly entityNode: ReadonlyMap<string, string>;
  /** Node id of the site's internet access, when the site has a WAN uplink. */
  readonly internet?: string;
}

/** The node kind that stands for each kind of spec entity (entities without one have no node). */
const nodeKindOf: Readonly<Partial<Record<EntityKind, NodeKind>>> = {
  'power-feed': 'feed',
  ups: 'ups',
  pdu: 'pdu',
  host: 'host',
  'network-device': 'device',
  vlan: 'vlan',
  wan: 'wan',
  vpn: 'vpn',
  'zfs-pool': 'pool',
  'raid-array': 'raid',
  share: 'share',
  'ceph-cluster': 'ceph',
  'ceph-pool': 'ceph-pool',
  'proxmox-cluster': 'cluster',
  'kubernetes-cluster': 'k8s',
  workload: 'workload',
  'backup-target': 'backup-target',
};

/** Maps every entity id that has a node to that node's id (`pve1` → `host:pve1`); cluster storage maps to what backs it. */
export function entityNodeIds(model: Model): Map<string, string> {
  const map = new Map<string, string>();
  for (const entity of listEntities(model)) {
    const kind = nodeKindOf[entity.kind];
    if (kind !== undefined) map.set(entity.id, `${kind}:${entity.id}`);
    else if (entity.kind === 'shared-storage') {
      const node = resolveStorage(model, entity.id)?.node;
      if (node !== undefined) map.set(entity.id, node);
    }
  }
  return map;
}

/** Node options for a component: its entity, source and resolved availability. */
export function componentOptions(
  context: BuildContext,
  entity: { readonly id: string; readonly source: NodeOptions['source'] },
  keys: readonly string[],
  own?: number,
  extra: NodeOptions = {},
): NodeOptions {
  const resolved = context.availability(keys, own);
  return { failable: true, entity: entity.id, ...(entity.source ? { source: entity.source } : {}), availability: resolved.value, availabilitySource: resolved.source, ...extra };
}
