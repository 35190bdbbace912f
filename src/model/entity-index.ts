/**
 * The id index of a model: every top-level entity by its id, with its kind. Ids are unique across
 * the whole spec, so a reference such as `target: nas` can only mean one thing.
 */
import type { Model, Source } from './types.js';

export const entityKinds = [
  'power-feed',
  'ups',
  'pdu',
  'host',
  'network-device',
  'vlan',
  'wan',
  'vpn',
  'zfs-pool',
  'raid-array',
  'ceph-cluster',
  'ceph-pool',
  'share',
  'proxmox-cluster',
  'shared-storage',
  'ha-group',
  'kubernetes-cluster',
  'workload',
  'backup-target',
  'backup-job',
  'monitoring-system',
  'alert-route',
] as const;
export type EntityKind = (typeof entityKinds)[number];

export interface IndexedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly source: Source;
}

export interface EntityIndex {
  /** The entity with this id, if any. */
  get(id: string): IndexedEntity | undefined;
  /** Ids of every entity of these kinds, sorted. */
  idsOf(kinds: readonly EntityKind[]): string[];
  /** Every entity in declaration order. */
  readonly all: readonly IndexedEntity[];
  /** Entities whose id was already taken, with the first holder. */
  readonly duplicates: readonly { readonly entity: IndexedEntity; readonly first: IndexedEntity }[];
}

/** Lists every top-level entity of the model with its kind, in declaration order. */
export function listEntities(model: Model): IndexedEntity[] {
  const entities: IndexedEntity[] = [];
  const add = (kind: EntityKind, items: readonly { readonly id: string; readonly source: Source }[]) => {
    for (const item of items) entities.push({ id: item.id, kind, source: item.source });
  };
  add('power-feed', model.power.feeds);
  add('ups', model.power.ups);
  add('pdu', model.power.pdus);
  add('host', model.hosts);
  add('network-device', model.network.devices);
  add('vlan', model.network.vlans);
  add('wan', model.network.wan);
  add('vpn', model.network.vpns);
  add('zfs-pool', model.storage.zfs);
  add('raid-array', model.storage.raid);
  add('ceph-cluster', model.storage.ceph);
  for (const ceph of model.storage.ceph) {
    ceph.pools.forEach((pool, index) => entities.push({ id: pool.id, kind: 'ceph-pool', source: { ...ceph.source, pointer: `${ceph.source.pointer}/pools/${index}` } }));
  }
  add('share', model.storage.shares);
  add('proxmox-cluster', model.clusters.proxmox);
  for (const cluster of model.clusters.proxmox) {
    cluster.sharedStorage.forEach((storage, index) =>
      entities.push({ id: storage.id, kind: 'shared-storage', source: { ...cluster.source, pointer: `${cluster.source.pointer}/sharedStorage/${index}` } }),
    );
    (cluster.ha?.groups ?? []).forEach((group, index) =>
      entities.push({ id: group.id, kind: 'ha-group', source: { ...cluster.source, pointer: `${cluster.source.pointer}/ha/groups/${index}` } }),
    );
  }
  add('kubernetes-cluster', model.clusters.kubernetes);
  add('workload', model.workloads);
  add('backup-target', model.backups.targets);
  add('backup-job', model.backups.jobs);
  add('monitoring-system', model.monitoring.systems);
  add('alert-route', model.monitoring.alerts);
  return entities;
}

/** Builds the id index of a model. */
export function indexEntities(model: Model): EntityIndex {
  const all = listEntities(model);
  const byId = new Map<string, IndexedEntity>();
  const duplicates: { entity: IndexedEntity; first: IndexedEntity }[] = [];
  for (const entity of all) {
    const first = byId.get(entity.id);
    if (first) duplicates.push({ entity, first });
    else byId.set(entity.id, entity);
  }
  return {
    get: (id) => byId.get(id),
    idsOf: (kinds) => [...byId.values()].filter((entity) => kinds.includes(entity.kind)).map((entity) => entity.id).sort(),
    all,
    duplicates,
  };
}
