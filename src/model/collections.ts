/**
 * The model's entity collections as data: where each list lives in the model and how its items are
 * keyed. Designs edit the model through these (add, update, remove an entity) and the planner diffs
 * and patches models through them, so both agree on what "the same entity" means: the same id, or
 * for items without one (links, firewall rules, port forwards) the same derived key.
 */
import type { Model } from './types.js';

export const collectionKeys = [
  'power.feeds',
  'power.ups',
  'power.pdus',
  'hosts',
  'network.devices',
  'network.links',
  'network.vlans',
  'network.firewall.rules',
  'network.wan',
  'network.portForwards',
  'network.vpns',
  'storage.zfs',
  'storage.raid',
  'storage.ceph',
  'storage.shares',
  'clusters.proxmox',
  'clusters.kubernetes',
  'workloads',
  'backups.targets',
  'backups.jobs',
  'monitoring.systems',
  'monitoring.alerts',
] as const;
export type CollectionKey = (typeof collectionKeys)[number];

/** An item of any collection: a plain object, keyed by `entityKey`. */
export type Entity = Readonly<Record<string, unknown>>;

/** Singular nouns for messages and step titles. */
export const collectionNouns: Readonly<Record<CollectionKey, string>> = {
  'power.feeds': 'power feed',
  'power.ups': 'UPS',
  'power.pdus': 'PDU',
  hosts: 'host',
  'network.devices': 'network device',
  'network.links': 'link',
  'network.vlans': 'VLAN',
  'network.firewall.rules': 'firewall rule',
  'network.wan': 'WAN uplink',
  'network.portForwards': 'port forward',
  'network.vpns': 'VPN',
  'storage.zfs': 'ZFS pool',
  'storage.raid': 'RAID array',
  'storage.ceph': 'Ceph cluster',
  'storage.shares': 'share',
  'clusters.proxmox': 'Proxmox cluster',
  'clusters.kubernetes': 'Kubernetes cluster',
  workloads: 'workload',
  'backups.targets': 'backup target',
  'backups.jobs': 'backup job',
  'monitoring.systems': 'monitoring system',
  'monitoring.alerts': 'alert route',
};

/** The key that identifies `item` within collection `key`. */
export function entityKey(key: CollectionKey, item: Entity): string {
  switch (key) {
    case 'network.links': {
      const ends = [String(item['a']), String(item['b'])].sort();
      return `${ends[0]}~${ends[1]}`;
    }
    case 'network.firewall.rules':
      return `${String(item['from'])}>${String(item['to'])}:${String(item['action'])}${Array.isArray(item['ports']) ? `:${(item['ports'] as unknown[]).join(',')}` : ''}`;
    case 'network.portForwards':
      return typeof item['id'] === 'string' ? item['id'] : `${String(item['protocol'] ?? 'tcp')}/${String(item['port'])}`;
    default:
      return String(item['id']);
  }
}

/** The items of collection `key` in `model`. */
export function entitiesOf(model: Model, key: CollectionKey): readonly Entity[] {
  let value: unknown = model;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  return (value ?? []) as readonly Entity[];
}

/** A copy of `model` with collection `key` replaced by `items`. */
export function withEntities(model: Model, key: CollectionKey, items: readonly Entity[]): Model {
  const parts = key.split('.');
  const set = (node: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const part = parts[depth] as string;
    if (depth === parts.length - 1) return { ...node, [part]: items };
    return { ...node, [part]: set((node[part] ?? {}) as Record<string, unknown>, depth + 1) };
  };
  return set(model as unknown as Record<string, unknown>, 0) as unknown as Model;
}

/** The item of collection `key` whose key is `id`. */
export function findEntity(model: Model, key: CollectionKey, id: string): Entity | undefined {
  return entitiesOf(model, key).find((item) => entityKey(key, item) === id);
}

/** A copy of `model` with `entity` appended to collection `key`. */
export function addEntity<E extends object>(model: Model, key: CollectionKey, entity: E): Model {
  return withEntities(model, key, [...entitiesOf(model, key), entity as unknown as Entity]);
}

/** A copy of `model` with the item `id` of collection `key` replaced by `update(item)`; unchanged when absent. */
export function updateEntity<E extends object>(model: Model, key: CollectionKey, id: string, update: (entity: E) => E): Model {
  return withEntities(
    model,
    key,
    entitiesOf(model, key).map((item) => (entityKey(key, item) === id ? (update(item as unknown as E) as unknown as Entity) : item)),
  );
}

/** A copy of `model` without the item `id` of collection `key`. */
export function removeEntity(model: Model, key: CollectionKey, id: string): Model {
  return withEntities(
    model,
    key,
    entitiesOf(model, key).filter((item) => entityKey(key, item) !== id),
  );
}

/** A copy of `model` with every collection sorted by key, so nothing downstream depends on input order. */
export function sortedCollections(model: Model): Model {
  let sorted = model;
  for (const key of collectionKeys) {
    const items = [...entitiesOf(model, key)].sort((a, b) => {
      const left = entityKey(key, a);
      const right = entityKey(key, b);
      return left < right ? -1 : left > right ? 1 : 0;
    });
    sorted = withEntities(sorted, key, items);
  }
  return sorted;
}

/** Every id declared in `model` (top-level entities and the nested ids others refer to). */
export function declaredIds(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const key of collectionKeys) for (const item of entitiesOf(model, key)) if (typeof item['id'] === 'string') ids.add(item['id']);
  for (const ceph of model.storage.ceph) for (const pool of ceph.pools) ids.add(pool.id);
  for (const cluster of model.clusters.proxmox) {
    for (const storage of cluster.sharedStorage) ids.add(storage.id);
    for (const group of cluster.ha?.groups ?? []) ids.add(group.id);
  }
  return ids;
}
