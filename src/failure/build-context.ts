/** What every part of the graph compiler shares: the model, the builder and the id → node map. */
import type { Analysis } from '../analyze/run-analysis.js';
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

/** Maps every entity id that has a node to that node's id (`pve1` → `host:pve1`). */
export function entityNodeIds(model: Model): Map<string, string> {
  const map = new Map<string, string>();
  const put = (kind: NodeKind, items: readonly { readonly id: string }[]) => {
    for (const item of items) map.set(item.id, `${kind}:${item.id}`);
  };
  put('feed', model.power.feeds);
  put('ups', model.power.ups);
  put('pdu', model.power.pdus);
  put('host', model.hosts);
  put('device', model.network.devices);
  put('vlan', model.network.vlans);
  put('wan', model.network.wan);
  put('vpn', model.network.vpns);
  put('pool', model.storage.zfs);
  put('raid', model.storage.raid);
  put('share', model.storage.shares);
  put('ceph', model.storage.ceph);
  for (const ceph of model.storage.ceph) put('ceph-pool', ceph.pools);
  put('cluster', model.clusters.proxmox);
  put('k8s', model.clusters.kubernetes);
  put('workload', model.workloads);
  put('backup-target', model.backups.targets);
  for (const cluster of model.clusters.proxmox) {
    for (const storage of cluster.sharedStorage) {
      const node = resolveStorage(model, storage.id)?.node;
      if (node !== undefined) map.set(storage.id, node);
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
