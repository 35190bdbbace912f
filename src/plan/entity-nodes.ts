/**
 * Failure-graph node ids of spec entities: "<kind>:<id>", with the kinds the failure model uses
 * (host, device, vlan, wan, vpn, pool, share, workload…). The planner speaks this language to the
 * impact function: a removed entity is failed in the state before its removal, a protected VLAN is
 * looked up as "vlan:<id>".
 */
import type { CollectionKey } from '../model/collections.js';
import type { Model } from '../model/types.js';

const NODE_KIND: Partial<Readonly<Record<CollectionKey, string>>> = {
  'power.feeds': 'feed',
  'power.ups': 'ups',
  'power.pdus': 'pdu',
  hosts: 'host',
  'network.devices': 'device',
  'network.vlans': 'vlan',
  'network.wan': 'wan',
  'network.vpns': 'vpn',
  'storage.zfs': 'pool',
  'storage.raid': 'raid',
  'storage.shares': 'share',
  'storage.ceph': 'ceph',
  'clusters.proxmox': 'cluster',
  'clusters.kubernetes': 'k8s',
  workloads: 'workload',
  'backups.targets': 'backup-target',
};

/** The node id of item `key` of `collection`, when the failure model has nodes for that collection. */
export function nodeIdOf(collection: CollectionKey, key: string): string | undefined {
  const kind = NODE_KIND[collection];
  return kind === undefined ? undefined : `${kind}:${key}`;
}

/** The node id of a protected scope (a VLAN or workload id, or any other entity with a node). */
export function scopeNodeId(model: Model, id: string): string | undefined {
  if (model.network.vlans.some((vlan) => vlan.id === id)) return `vlan:${id}`;
  if (model.workloads.some((workload) => workload.id === id)) return `workload:${id}`;
  if (model.hosts.some((host) => host.id === id)) return `host:${id}`;
  if (model.network.devices.some((device) => device.id === id)) return `device:${id}`;
  if (model.network.vpns.some((vpn) => vpn.id === id)) return `vpn:${id}`;
  if (model.network.wan.some((wan) => wan.id === id)) return `wan:${id}`;
  return undefined;
}
