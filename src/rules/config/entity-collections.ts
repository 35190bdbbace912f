/**
 * The entity collections a custom rule may select (`for: workloads`), each with where its entities
 * sit in the spec, so field paths can be checked against the schema and findings located.
 */
import type { Model } from '../../model/types.js';
import type { Subject } from '../rule.js';

export interface Collection {
  /** Spec path of one element, used to check field names against the schema. */
  readonly schemaPath: readonly (string | number)[];
  list(model: Model): readonly (Subject & Record<string, unknown>)[];
}

const of = (schemaPath: readonly (string | number)[], list: Collection['list']): Collection => ({ schemaPath, list });

export const entityCollections = {
  hosts: of(['hosts', 0], (model) => model.hosts),
  disks: of(['hosts', 0, 'disks', 0], (model) => model.hosts.flatMap((host) => host.disks.map((disk) => ({ ...disk, host: host.id })))),
  nics: of(['hosts', 0, 'nics', 0], (model) => model.hosts.flatMap((host) => host.nics.map((nic) => ({ ...nic, id: `${host.id}:${nic.id}`, host: host.id })))),
  'network-devices': of(['network', 'devices', 0], (model) => model.network.devices),
  vlans: of(['network', 'vlans', 0], (model) => model.network.vlans),
  wan: of(['network', 'wan', 0], (model) => model.network.wan),
  vpns: of(['network', 'vpns', 0], (model) => model.network.vpns),
  'port-forwards': of(['network', 'portForwards', 0], (model) => model.network.portForwards.map((forward) => ({ ...forward, id: forward.id ?? `${forward.to}:${String(forward.port)}` }))),
  'power-feeds': of(['power', 'feeds', 0], (model) => model.power.feeds),
  ups: of(['power', 'ups', 0], (model) => model.power.ups),
  pdus: of(['power', 'pdus', 0], (model) => model.power.pdus),
  'zfs-pools': of(['storage', 'zfs', 0], (model) => model.storage.zfs),
  'raid-arrays': of(['storage', 'raid', 0], (model) => model.storage.raid),
  'ceph-clusters': of(['storage', 'ceph', 0], (model) => model.storage.ceph),
  'ceph-pools': of(['storage', 'ceph', 0, 'pools', 0], (model) => model.storage.ceph.flatMap((ceph) => ceph.pools.map((pool) => ({ ...pool, source: ceph.source, cluster: ceph.id })))),
  shares: of(['storage', 'shares', 0], (model) => model.storage.shares),
  'proxmox-clusters': of(['clusters', 'proxmox', 0], (model) => model.clusters.proxmox),
  workloads: of(['workloads', 0], (model) => model.workloads),
  'backup-targets': of(['backups', 'targets', 0], (model) => model.backups.targets),
  'backup-jobs': of(['backups', 'jobs', 0], (model) => model.backups.jobs),
  'monitoring-systems': of(['monitoring', 'systems', 0], (model) => model.monitoring.systems),
  'alert-routes': of(['monitoring', 'alerts', 0], (model) => model.monitoring.alerts),
} satisfies Record<string, Collection>;

export type CollectionName = keyof typeof entityCollections;
