/**
 * Which change must come before which. Two sources:
 * 1. References: a change that starts referring to an id comes after the change that adds it; a change
 *    that stops referring to an id comes before the change that removes it. So nothing is removed while
 *    still referenced, and nothing is referenced before it exists.
 * 2. Domain rules the references cannot see, each with its reason (the QDevice rule is pvecm's: nodes
 *    cannot be added or removed while a QDevice is configured).
 */
import { declaredIds, type Entity } from '../model/collections.js';
import type { Model } from '../model/types.js';
import type { ChangeKind } from './change-kinds.js';
import type { Change } from './plan-types.js';
import { introducedValues, referencedIds, withdrawnValues } from './references.js';

/** Ids an entity or list item declares: its own id and nested ids others may refer to. */
function declaredBy(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const ids = typeof record['id'] === 'string' ? [record['id']] : [];
  for (const key of ['pools', 'sharedStorage']) if (Array.isArray(record[key])) for (const item of record[key] as unknown[]) ids.push(...declaredBy(item));
  const ha = record['ha'] as { groups?: unknown[] } | undefined;
  for (const group of ha?.groups ?? []) ids.push(...declaredBy(group));
  return ids;
}

/** Cable endpoints ("sw1:port3", "pve1:eno1") an entity declares: its ports or NICs. */
function endpointsOf(value: unknown): string[] {
  const record = (value ?? {}) as { id?: unknown; ports?: { id: string }[]; nics?: { id: string }[] };
  if (typeof record.id !== 'string') return [];
  return [...(record.ports ?? []), ...(record.nics ?? [])].map((port) => `${String(record.id)}:${port.id}`);
}

/** Every cable endpoint a model declares. */
function endpointIds(model: Model): string[] {
  return [...model.network.devices, ...model.hosts].flatMap(endpointsOf);
}

/** Ids (and cable endpoints) a change brings into existence. */
export function idsAdded(change: Change): string[] {
  return change.patches.flatMap((patch) => {
    if (patch.op === 'add') return [...declaredBy(patch.entity), ...endpointsOf(patch.entity)];
    if (patch.op === 'add-item') return (patch.path === 'ports' || patch.path === 'nics') && typeof change.subject === 'string' ? [`${change.subject}:${patch.itemKey}`] : declaredBy(patch.item);
    return [];
  });
}

/** Ids (and cable endpoints) a change takes out of existence. */
export function idsRemoved(change: Change, current: Model): string[] {
  return change.patches.flatMap((patch) => {
    if (patch.op === 'remove') return withdrawnValues(patch, current).flatMap((value) => [...declaredBy(value), ...endpointsOf(value)]);
    if (patch.op === 'remove-item') return patch.path === 'ports' || patch.path === 'nics' ? [`${change.subject}:${patch.itemKey}`] : withdrawnValues(patch, current).flatMap(declaredBy);
    return [];
  });
}

interface Rule {
  readonly first: readonly ChangeKind[];
  readonly then: readonly ChangeKind[];
  readonly when: (first: Change, then: Change, context: RuleContext) => boolean;
  readonly reason: string;
}

interface RuleContext {
  readonly current: Model;
  readonly target: Model;
}

const field = (entity: Entity | undefined, key: string): unknown => entity?.[key];

/** The Proxmox cluster a change is about (its own subject, or the cluster of the workload or host). */
function clusterOf(change: Change, context: RuleContext): string | undefined {
  if (change.collection === 'clusters.proxmox') return change.subject;
  const host =
    change.collection === 'workloads' || change.collection === 'storage.zfs' ? String(field(change.after ?? change.before, 'host')) : change.collection === 'hosts' ? change.subject : undefined;
  const explicit = change.collection === 'workloads' ? field(change.after ?? change.before, 'cluster') : undefined;
  if (typeof explicit === 'string') return explicit;
  for (const model of [context.target, context.current]) {
    const cluster = model.clusters.proxmox.find((candidate) => candidate.nodes.some((node) => node.host === host));
    if (cluster) return cluster.id;
  }
  return undefined;
}

/** The host a change works on (a host, a pool's host, a cluster node added). */
function hostOf(change: Change): string | undefined {
  if (change.collection === 'hosts') return change.subject;
  if (change.collection === 'storage.zfs' || change.collection === 'storage.raid' || change.collection === 'storage.shares') return String(field(change.after ?? change.before, 'host'));
  if (change.kind === 'cluster-node.add' || change.kind === 'cluster-node.remove') return change.item;
  return undefined;
}

/** Devices and hosts a change's link touches. */
function linkEnds(change: Change): string[] {
  const link = change.after ?? change.before;
  return [field(link, 'a'), field(link, 'b')].map((end) => String(end).split(':')[0] ?? '');
}

const sameCluster = (a: Change, b: Change, context: RuleContext) => clusterOf(a, context) !== undefined && clusterOf(a, context) === clusterOf(b, context);
const sameHost = (a: Change, b: Change) => hostOf(a) !== undefined && hostOf(a) === hostOf(b);

export const orderingRules: readonly Rule[] = [
  { first: ['cluster-node.add', 'cluster-node.remove'], then: ['qdevice.add'], when: sameCluster, reason: 'pvecm: nodes cannot be added or removed while a QDevice is configured' },
  { first: ['qdevice.remove'], then: ['cluster-node.add', 'cluster-node.remove'], when: sameCluster, reason: 'pvecm: nodes cannot be added or removed while a QDevice is configured' },
  { first: ['qdevice.add', 'cluster-node.add', 'shared-storage.add', 'corosync-link.add'], then: ['ha.enable'], when: sameCluster, reason: 'HA needs reliable quorum and storage the guests can restart from' },
  { first: ['ha.enable', 'ha-group.add', 'qdevice.add', 'cluster-node.add'], then: ['ha-resource.add'], when: sameCluster, reason: 'a guest is put under HA once the cluster can fail it over' },
  {
    first: ['replication-job.add', 'workload.move-storage', 'workload.migrate'],
    then: ['ha-resource.add'],
    when: (a, b) => a.subject === b.subject,
    reason: 'a guest is put under HA once its disk can be reached from another node',
  },
  { first: ['zfs-pool.modify'], then: ['replication-job.add'], when: sameCluster, reason: 'the receiving pools are checked before replicas arrive' },
  { first: ['host-nic.add'], then: ['corosync-link.add', 'migration-network.set', 'cluster-node.add', 'ceph-osd.add', 'ceph.add'], when: (a, b, context) => sameCluster(a, b, context) || sameHost(a, b), reason: 'the network a link uses must be cabled first' },
  { first: ['host-disk.add'], then: ['zfs-pool.add', 'zfs-vdev.add', 'zfs-disk.replace', 'zfs-support-vdev.add', 'ceph-osd.add'], when: sameHost, reason: 'disks are installed before a pool or OSD uses them' },
  { first: ['host-disk.add'], then: ['ceph-osd.add'], when: (a, b) => (b.after?.['osds'] as { host: string }[] | undefined)?.some((osd) => osd.host === a.subject) === true, reason: 'disks are installed before an OSD uses them' },
  { first: ['cluster-node.add'], then: ['workload.migrate'], when: (a, b) => a.item === field(b.after, 'host'), reason: 'a guest moves to a node once the node is in the cluster' },
  { first: ['network-device.modify'], then: ['link.add'], when: (a, b) => linkEnds(b).includes(a.subject), reason: 'the port is declared before it is cabled' },
  { first: ['link.add'], then: ['vlan-gateway.change', 'wan.move', 'dhcp-scope.change', 'dhcp-scope.add'], when: (a, b) => linkEnds(a).includes(String(field(b.after, b.kind === 'wan.move' ? 'device' : 'gateway'))) || linkEnds(a).includes(String((field(b.after, 'dhcp') as { server?: string } | undefined)?.server)), reason: 'the new gateway is cabled to the switch before it takes traffic' },
  { first: ['vlan-gateway.change'], then: ['wan.move'], when: (a, b) => field(a.before, 'gateway') === field(b.before, 'device'), reason: 'VLANs move first while the old gateway still carries the internet; the uplink moves last' },
  { first: ['wan.move'], then: ['vpn.move', 'port-forward.add', 'port-forward.modify'], when: () => true, reason: 'VPN endpoints and port forwards need the public address, which arrives with the uplink' },
  { first: ['nic-vlans.change'], then: ['workload-vlans.change'], when: (a, b) => a.subject === field(b.after, 'host'), reason: 'the host\'s port carries a VLAN before a guest moves onto it' },
  { first: ['link-vlans.change'], then: ['workload-vlans.change'], when: () => true, reason: 'the trunks carry a VLAN to its gateway before guests move onto it' },
  { first: ['vpn.add'], then: ['vpn.remove', 'port-forward.remove'], when: (a, b) => field(a.after, 'purpose') === 'remote-access' && (b.kind === 'port-forward.remove' || field(b.before, 'purpose') === 'remote-access'), reason: 'users move to the new access path before the old one closes' },
  { first: ['firewall-rule.add'], then: ['firewall-policy.change'], when: () => true, reason: 'the allow rules exist before the default turns to deny' },
  { first: ['workload-vlans.change'], then: ['firewall-policy.change'], when: () => true, reason: 'guests are on their new VLANs before the default turns to deny' },
];

/** Pairs [first, then] of change ids: `first` must be done before `then`, with the reason. */
export function changeDependencies(changes: readonly Change[], current: Model, target: Model): { readonly first: string; readonly then: string; readonly reason: string }[] {
  const known = new Set([...declaredIds(current), ...declaredIds(target), ...endpointIds(current), ...endpointIds(target)]);
  const context: RuleContext = { current, target };
  const addedBy = new Map<string, string>();
  const removedBy = new Map<string, string>();
  for (const change of changes) {
    for (const id of idsAdded(change)) addedBy.set(id, change.id);
    for (const id of idsRemoved(change, current)) removedBy.set(id, change.id);
  }
  const pairs = new Map<string, { first: string; then: string; reason: string }>();
  const add = (first: string, then: string, reason: string) => {
    if (first !== then && !pairs.has(`${first}→${then}`)) pairs.set(`${first}→${then}`, { first, then, reason });
  };
  for (const change of changes) {
    for (const value of change.patches.flatMap(introducedValues)) {
      for (const id of referencedIds(value, known, true)) {
        const adder = addedBy.get(id);
        if (adder !== undefined) add(adder, change.id, `refers to ${id}, which the other change adds`);
      }
    }
    for (const value of change.patches.flatMap((patch) => withdrawnValues(patch, current))) {
      for (const id of referencedIds(value, known, true)) {
        const remover = removedBy.get(id);
        if (remover !== undefined) add(change.id, remover, `stops referring to ${id} before it is removed`);
      }
    }
  }
  for (const rule of orderingRules) {
    const firsts = changes.filter((change) => rule.first.includes(change.kind));
    const thens = changes.filter((change) => rule.then.includes(change.kind));
    for (const first of firsts) for (const then of thens) if (first !== then && rule.when(first, then, context)) add(first.id, then.id, rule.reason);
  }
  return [...pairs.values()];
}
