/**
 * Applies patches to a model, giving the intermediate states the constraint checker runs the failure
 * model on. Paths are dotted field paths inside an entity ("ha.enabled"); items of keyed lists
 * (cluster nodes, disks, shared storages…) are addressed by their key (see itemKeyOf).
 */
import { findEntity, updateEntity, addEntity, removeEntity, type CollectionKey, type Entity } from '../model/collections.js';
import type { Model } from '../model/types.js';
import type { Patch } from './plan-types.js';

/** Lists inside entities whose items are matched by key rather than compared as a whole. */
export const KEYED_PATHS: Partial<Readonly<Record<CollectionKey, readonly string[]>>> = {
  hosts: ['disks', 'nics'],
  'network.devices': ['ports', 'services'],
  'network.vpns': ['peers'],
  'storage.zfs': ['vdevs', 'special', 'log', 'cache', 'replicatedTo'],
  'storage.ceph': ['osds', 'pools', 'monitors'],
  'clusters.proxmox': ['nodes', 'sharedStorage', 'ha.groups', 'corosync.links'],
  workloads: ['vlans', 'dependsOn'],
  'monitoring.systems': ['targets', 'exporters'],
  'backups.jobs': ['sources'],
};

/** The key of an item of a keyed list: a string item itself, else its id, host/disk, host, VLAN, or position. */
export function itemKeyOf(path: string, item: unknown, index: number): string {
  if (typeof item === 'string' || typeof item === 'number') return String(item);
  const record = (item ?? {}) as Record<string, unknown>;
  if (typeof record['id'] === 'string') return record['id'];
  if (path === 'osds') return `${String(record['host'])}/${String(record['disk'])}`;
  if (typeof record['host'] === 'string') return record['host'];
  if (path === 'corosync.links' && typeof record['vlan'] === 'string') return record['vlan'];
  return String(index);
}

/** The value at dotted `path` inside `entity`. */
export function getPath(entity: unknown, path: string): unknown {
  let value: unknown = entity;
  for (const part of path.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** A copy of `entity` with `path` set to `value` (deleted when undefined). */
export function setPath<T>(entity: T, path: string, value: unknown): T {
  const parts = path.split('.');
  const set = (node: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const part = parts[depth] as string;
    const copy = { ...node };
    if (depth === parts.length - 1) {
      if (value === undefined) delete copy[part];
      else copy[part] = value;
      return copy;
    }
    copy[part] = set((node[part] ?? {}) as Record<string, unknown>, depth + 1);
    return copy;
  };
  return set((entity ?? {}) as Record<string, unknown>, 0) as T;
}

function keyedList(entity: Entity, path: string): unknown[] {
  const list = getPath(entity, path);
  return Array.isArray(list) ? list : [];
}

/** Applies one patch. A patch whose entity is missing is a bug in the plan: it throws. */
export function applyPatch(model: Model, patch: Patch): Model {
  switch (patch.op) {
    case 'add':
      return addEntity(model, patch.collection, patch.entity);
    case 'remove':
      return removeEntity(model, patch.collection, patch.key);
    case 'set-model':
      return setPath(model, patch.path, patch.value);
    default: {
      if (findEntity(model, patch.collection, patch.key) === undefined) throw new Error(`plan patch ${patch.op} on ${patch.collection} "${patch.key}", which does not exist in this state`);
      return updateEntity<Entity>(model, patch.collection, patch.key, (entity) => {
        if (patch.op === 'set') return setPath(entity, patch.path, patch.value);
        const list = keyedList(entity, patch.path);
        const keyed = list.map((item, index) => ({ item, key: itemKeyOf(patch.path, item, index) }));
        if (patch.op === 'add-item') return setPath(entity, patch.path, [...list, patch.item]);
        if (patch.op === 'remove-item') return setPath(entity, patch.path, keyed.filter((entry) => entry.key !== patch.itemKey).map((entry) => entry.item));
        return setPath(entity, patch.path, keyed.map((entry) => (entry.key === patch.itemKey ? patch.item : entry.item)));
      });
    }
  }
}

/** Applies `patches` in order. */
export function applyPatches(model: Model, patches: readonly Patch[]): Model {
  return patches.reduce(applyPatch, model);
}
