/**
 * Turns field-level differences of one entity into typed changes, by table: each rule claims the
 * fields or list items it understands and names the change kind ("ha.enabled" false → true is
 * ha.enable, a new item of a cluster's "nodes" is cluster-node.add). What no rule claims becomes the
 * collection's generic modify change, so nothing that differs is lost.
 */
import type { CollectionKey, Entity } from '../model/collections.js';
import type { Model } from '../model/types.js';
import type { ChangeKind } from './change-kinds.js';
import { sameValue, type EntityDiff, type ItemChange } from './entity-diff.js';
import type { FieldChange } from './plan-types.js';

/** What a rule claims, and the change kind it gives. */
interface Rule {
  /** Field paths the rule claims (a field matches its own path or a path below it). */
  readonly fields?: readonly string[];
  /** List paths whose items the rule claims, optionally only for some operations. */
  readonly items?: readonly string[];
  readonly ops?: readonly ItemChange['op'][];
  /** One change per claimed item instead of one for all. */
  readonly perItem?: boolean;
  readonly kind: (claimed: Claimed, context: ClassifyContext) => ChangeKind;
}

export interface Claimed {
  readonly fields: readonly FieldChange[];
  readonly items: readonly ItemChange[];
}

export interface ClassifyContext {
  readonly current: Model;
  readonly target: Model;
  readonly before: Entity;
  readonly after: Entity;
}

/** A group of claimed differences with its kind; diff.ts turns it into a Change with patches. */
export interface ClassifiedChange extends Claimed {
  readonly kind: ChangeKind;
  /** The list item the change is about, for per-item rules. */
  readonly item?: string;
}

const byOp = (add: ChangeKind, remove: ChangeKind, set: ChangeKind) => (claimed: Claimed): ChangeKind => {
  const op = claimed.items[0]?.op;
  return op === 'add' ? add : op === 'remove' ? remove : set;
};
const byPresence = (path: string, add: ChangeKind, remove: ChangeKind, change: ChangeKind) => (_claimed: Claimed, context: ClassifyContext): ChangeKind => {
  const had = valueAt(context.before, path) !== undefined;
  const has = valueAt(context.after, path) !== undefined;
  return !had && has ? add : had && !has ? remove : change;
};

function valueAt(entity: Entity, path: string): unknown {
  let value: unknown = entity;
  for (const part of path.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** True when two versions of a NIC differ in nothing but the VLANs they carry. */
function onlyVlansDiffer(before: unknown, after: unknown): boolean {
  const strip = (value: unknown) => ({ ...(value as Record<string, unknown>), vlans: undefined });
  return sameValue(strip(before), strip(after));
}

/** True when some vdev of the pool changes layout: the pool is recreated, not modified. */
function poolIsRebuilt(context: ClassifyContext): boolean {
  const before = (context.before['vdevs'] ?? []) as { layout: string }[];
  const after = (context.after['vdevs'] ?? []) as { layout: string }[];
  return before.some((vdev, index) => after[index] !== undefined && after[index]?.layout !== vdev.layout && !(vdev.layout === 'stripe' && after[index]?.layout === 'mirror'));
}

function isReplicatedStorage(model: Model, id: unknown): boolean {
  return model.clusters.proxmox.some((cluster) => cluster.sharedStorage.some((storage) => storage.id === id && storage.kind === 'zfs-replication'));
}

const rules: Partial<Readonly<Record<CollectionKey, readonly Rule[]>>> = {
  'clusters.proxmox': [
    { items: ['nodes'], perItem: true, kind: byOp('cluster-node.add', 'cluster-node.remove', 'cluster.modify') },
    { fields: ['qdevice'], kind: byPresence('qdevice', 'qdevice.add', 'qdevice.remove', 'qdevice.move') },
    { fields: ['ha.enabled'], kind: (_claimed, context) => (valueAt(context.after, 'ha.enabled') === true ? 'ha.enable' : 'ha.disable') },
    { items: ['ha.groups'], perItem: true, kind: byOp('ha-group.add', 'ha-group.remove', 'ha-group.modify') },
    { items: ['corosync.links'], perItem: true, kind: byOp('corosync-link.add', 'corosync-link.remove', 'corosync-link.modify') },
    { fields: ['migrationNetwork'], kind: () => 'migration-network.set' },
    { items: ['sharedStorage'], perItem: true, kind: byOp('shared-storage.add', 'shared-storage.remove', 'shared-storage.add') },
  ],
  workloads: [
    { items: ['vlans'], kind: () => 'workload-vlans.change' },
    { fields: ['ha'], kind: (_claimed, context) => (context.after['ha'] === true ? 'ha-resource.add' : 'ha-resource.remove') },
    { fields: ['host'], kind: () => 'workload.migrate' },
    {
      fields: ['storage'],
      kind: (_claimed, context) =>
        isReplicatedStorage(context.target, context.after['storage']) ? 'replication-job.add' : isReplicatedStorage(context.current, context.before['storage']) ? 'replication-job.remove' : 'workload.move-storage',
    },
  ],
  hosts: [
    { items: ['nics'], ops: ['set'], kind: (claimed) => (claimed.items.every((item) => onlyVlansDiffer(item.before, item.after)) ? 'nic-vlans.change' : 'host.modify') },
    { items: ['disks'], ops: ['add'], kind: () => 'host-disk.add' },
    { items: ['disks'], ops: ['remove'], kind: () => 'host-disk.remove' },
    { items: ['nics'], ops: ['add'], kind: () => 'host-nic.add' },
    { items: ['nics'], ops: ['remove'], kind: () => 'host-nic.remove' },
    { fields: ['memory'], kind: () => 'host-memory.change' },
    { fields: ['power'], kind: () => 'host-power.change' },
  ],
  'storage.zfs': [
    { items: ['vdevs'], ops: ['add'], perItem: true, kind: () => 'zfs-vdev.add' },
    { items: ['vdevs'], ops: ['remove'], perItem: true, kind: () => 'zfs-vdev.remove' },
    { items: ['vdevs'], ops: ['set'], perItem: true, kind: () => 'zfs-disk.replace' },
    { items: ['special', 'log', 'cache'], ops: ['add', 'set'], kind: () => 'zfs-support-vdev.add' },
    { items: ['special', 'log', 'cache'], ops: ['remove'], kind: () => 'zfs-support-vdev.remove' },
  ],
  'storage.ceph': [
    { items: ['osds'], ops: ['add'], kind: () => 'ceph-osd.add' },
    { items: ['osds'], ops: ['remove'], kind: () => 'ceph-osd.remove' },
    { items: ['monitors'], ops: ['add'], kind: () => 'ceph-monitor.add' },
    { items: ['monitors'], ops: ['remove'], kind: () => 'ceph-monitor.remove' },
    { items: ['pools'], perItem: true, kind: byOp('ceph-pool.add', 'ceph-pool.remove', 'ceph-pool.modify') },
  ],
  'network.vlans': [
    { fields: ['gateway'], kind: () => 'vlan-gateway.change' },
    { fields: ['dhcp'], kind: byPresence('dhcp', 'dhcp-scope.add', 'dhcp-scope.remove', 'dhcp-scope.change') },
  ],
  'network.links': [{ fields: ['vlans'], kind: () => 'link-vlans.change' }],
  'network.devices': [
    { items: ['services'], ops: ['add'], perItem: true, kind: () => 'device-service.add' },
    { items: ['services'], ops: ['remove'], perItem: true, kind: () => 'device-service.remove' },
    { fields: ['power'], kind: () => 'device-power.change' },
  ],
  'network.wan': [{ fields: ['device'], kind: () => 'wan.move' }],
  'network.vpns': [{ fields: ['endpoint'], kind: () => 'vpn.move' }],
  'power.ups': [{ fields: ['shutdown'], kind: () => 'nut-config.change' }],
};

/** The generic modify kind of each collection, for differences no rule claims. */
export const MODIFY_KIND: Readonly<Record<CollectionKey, ChangeKind>> = {
  'power.feeds': 'feed.modify',
  'power.ups': 'ups.modify',
  'power.pdus': 'pdu.modify',
  hosts: 'host.modify',
  'network.devices': 'network-device.modify',
  'network.links': 'link.modify',
  'network.vlans': 'vlan.modify',
  'network.firewall.rules': 'firewall-rule.add',
  'network.wan': 'wan.modify',
  'network.portForwards': 'port-forward.modify',
  'network.vpns': 'vpn.modify',
  'storage.zfs': 'zfs-pool.modify',
  'storage.raid': 'raid.modify',
  'storage.ceph': 'ceph.modify',
  'storage.shares': 'share.modify',
  'clusters.proxmox': 'cluster.modify',
  'clusters.kubernetes': 'kubernetes.modify',
  workloads: 'workload.modify',
  'backups.targets': 'backup-target.modify',
  'backups.jobs': 'backup-job.modify',
  'monitoring.systems': 'monitoring-system.modify',
  'monitoring.alerts': 'alert-route.modify',
};

function claims(rule: Rule, path: string): boolean {
  return (rule.fields ?? []).some((field) => path === field || path.startsWith(`${field}.`));
}

/** Classifies the differences of one modified entity of `collection`. */
export function classifyModification(collection: CollectionKey, diff: EntityDiff, context: ClassifyContext): ClassifiedChange[] {
  let fields = [...diff.fields];
  let items = [...diff.items];
  const out: ClassifiedChange[] = [];
  // A vdev whose layout changes (other than a single disk becoming a mirror) cannot be converted in
  // place: the whole pool is rebuilt, so every vdev difference belongs to one rebuild.
  if (collection === 'storage.zfs' && poolIsRebuilt(context)) {
    const vdevs = items.filter((item) => item.path === 'vdevs');
    items = items.filter((item) => item.path !== 'vdevs');
    out.push({ kind: 'zfs-pool.rebuild', fields: [], items: vdevs });
  }
  for (const rule of rules[collection] ?? []) {
    const myFields = fields.filter((field) => claims(rule, field.path));
    const myItems = items.filter((item) => (rule.items ?? []).includes(item.path) && (rule.ops === undefined || rule.ops.includes(item.op)));
    if (myFields.length === 0 && myItems.length === 0) continue;
    fields = fields.filter((field) => !myFields.includes(field));
    items = items.filter((item) => !myItems.includes(item));
    if (rule.perItem && myItems.length > 0) {
      for (const item of myItems) out.push({ kind: rule.kind({ fields: [], items: [item] }, context), item: item.itemKey, fields: [], items: [item] });
      if (myFields.length > 0) out.push({ kind: rule.kind({ fields: myFields, items: [] }, context), fields: myFields, items: [] });
    } else {
      out.push({ kind: rule.kind({ fields: myFields, items: myItems }, context), fields: myFields, items: myItems });
    }
  }
  // A VLAN's DHCP scope that moves to its new gateway moves with it, in one cut-over.
  if (collection === 'network.vlans') mergeDhcpIntoGateway(out, context);
  if (fields.length > 0 || items.length > 0) out.push({ kind: MODIFY_KIND[collection], fields, items });
  return out;
}

function mergeDhcpIntoGateway(out: ClassifiedChange[], context: ClassifyContext): void {
  const gateway = out.findIndex((change) => change.kind === 'vlan-gateway.change');
  const dhcp = out.findIndex((change) => change.kind === 'dhcp-scope.change');
  if (gateway < 0 || dhcp < 0 || valueAt(context.after, 'dhcp.server') !== context.after['gateway']) return;
  const merged = out[gateway] as ClassifiedChange;
  const scope = out[dhcp] as ClassifiedChange;
  out[gateway] = { ...merged, fields: [...merged.fields, ...scope.fields] };
  out.splice(dhcp, 1);
}
