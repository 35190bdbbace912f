/**
 * diff(current, target): the typed changes that turn the current model into the target, each with
 * the patches that carry it out. Entities are matched by id (or derived key) per collection; a
 * modified entity is split into changes by classify-changes.ts. Order: collection order, then key.
 */
import { compareText } from '../intake/diagnostic.js';
import { collectionKeys, entitiesOf, entityKey, type CollectionKey, type Entity } from '../model/collections.js';
import type { Model } from '../model/types.js';
import { classifyModification, type ClassifiedChange } from './classify-changes.js';
import type { ChangeKind } from './change-kinds.js';
import { diffEntity, sameValue } from './entity-diff.js';
import type { Change, Patch } from './plan-types.js';

const gatewayKinds = new Set(['router', 'firewall', 'gateway']);

const ADD_KIND: Readonly<Record<CollectionKey, ChangeKind>> = {
  'power.feeds': 'feed.add',
  'power.ups': 'ups.add',
  'power.pdus': 'pdu.add',
  hosts: 'host.add',
  'network.devices': 'network-device.add',
  'network.links': 'link.add',
  'network.vlans': 'vlan.add',
  'network.firewall.rules': 'firewall-rule.add',
  'network.wan': 'wan.add',
  'network.portForwards': 'port-forward.add',
  'network.vpns': 'vpn.add',
  'storage.zfs': 'zfs-pool.add',
  'storage.raid': 'raid.add',
  'storage.ceph': 'ceph.add',
  'storage.shares': 'share.add',
  'clusters.proxmox': 'cluster.add',
  'clusters.kubernetes': 'kubernetes.add',
  workloads: 'workload.add',
  'backups.targets': 'backup-target.add',
  'backups.jobs': 'backup-job.add',
  'monitoring.systems': 'monitoring-system.add',
  'monitoring.alerts': 'alert-route.add',
};

/** The remove kind of a collection is its add kind with "remove". */
function removeKind(collection: CollectionKey): ChangeKind {
  return ADD_KIND[collection].replace(/\.add$/u, '.remove') as ChangeKind;
}

function entityKind(collection: CollectionKey, entity: Entity, op: 'add' | 'remove'): ChangeKind {
  if (collection === 'network.devices' && gatewayKinds.has(String(entity['kind']))) return op === 'add' ? 'gateway.add' : 'gateway.remove';
  return op === 'add' ? ADD_KIND[collection] : removeKind(collection);
}

/** The typed changes from `current` to `target`. */
export function diff(current: Model, target: Model): Change[] {
  const changes: Change[] = [];
  const ids = new Set<string>();
  const push = (change: Omit<Change, 'id'>) => {
    const base = `${change.kind}/${change.subject}${change.item !== undefined ? `/${change.item}` : ''}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
    ids.add(id);
    changes.push({ id, ...change });
  };
  for (const collection of collectionKeys) {
    const before = keyed(collection, entitiesOf(current, collection));
    const after = keyed(collection, entitiesOf(target, collection));
    for (const [key, entity] of before) {
      if (!after.has(key)) push({ kind: entityKind(collection, entity, 'remove'), collection, subject: key, fields: [], patches: [{ op: 'remove', collection, key }], before: entity });
    }
    for (const [key, entity] of after) {
      const old = before.get(key);
      if (old === undefined) {
        push({ kind: entityKind(collection, entity, 'add'), collection, subject: key, fields: [], patches: [{ op: 'add', collection, entity }], after: entity });
        continue;
      }
      const entityDiff = diffEntity(collection, old, entity);
      if (entityDiff.fields.length === 0 && entityDiff.items.length === 0) continue;
      for (const classified of classifyModification(collection, entityDiff, { current, target, before: old, after: entity })) {
        push({
          kind: classified.kind,
          collection,
          subject: key,
          ...(classified.item !== undefined ? { item: classified.item } : {}),
          fields: [...classified.fields, ...classified.items.map((item) => ({ path: `${item.path}[${item.itemKey}]`, before: item.before, after: item.after }))],
          patches: patchesOf(collection, key, classified),
          before: old,
          after: entity,
        });
      }
    }
  }
  if (current.network.firewall.defaultPolicy !== target.network.firewall.defaultPolicy) {
    push({
      kind: 'firewall-policy.change',
      subject: 'firewall',
      fields: [{ path: 'defaultPolicy', before: current.network.firewall.defaultPolicy, after: target.network.firewall.defaultPolicy }],
      patches: [{ op: 'set-model', path: 'network.firewall.defaultPolicy', value: target.network.firewall.defaultPolicy }],
    });
  }
  if (!sameValue(current.monitoring.checks, target.monitoring.checks)) {
    push({
      kind: 'monitoring-checks.change',
      subject: 'monitoring',
      fields: [{ path: 'checks', before: current.monitoring.checks, after: target.monitoring.checks }],
      patches: [{ op: 'set-model', path: 'monitoring.checks', value: target.monitoring.checks }],
    });
  }
  return changes;
}

function keyed(collection: CollectionKey, items: readonly Entity[]): Map<string, Entity> {
  return new Map(items.map((item) => [entityKey(collection, item), item] as const).sort(([a], [b]) => compareText(a, b)));
}

function patchesOf(collection: CollectionKey, key: string, classified: ClassifiedChange): Patch[] {
  return [
    ...classified.fields.map((field): Patch => ({ op: 'set', collection, key, path: field.path, value: field.after })),
    ...classified.items.map((item): Patch =>
      item.op === 'add'
        ? { op: 'add-item', collection, key, path: item.path, itemKey: item.itemKey, item: item.after }
        : item.op === 'remove'
          ? { op: 'remove-item', collection, key, path: item.path, itemKey: item.itemKey }
          : { op: 'set-item', collection, key, path: item.path, itemKey: item.itemKey, item: item.after },
    ),
  ];
}
