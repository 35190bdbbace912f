/**
 * The proxmox-cluster transform: the current model with the chosen quorum, shared storage, corosync
 * link and HA applied. New entities point at the blueprint as their source.
 */
import { compareText } from '../../../intake/diagnostic.js';
import { addEntity, updateEntity } from '../../../model/collections.js';
import { bitsPerSecond } from '../../../model/quantities.js';
import type { Host, Model, NetworkDevice, Nic, ProxmoxCluster, Share, Vlan, Workload, ZfsPool } from '../../../model/types.js';
import type { Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { freePort, freeSubnet, freeVid, mainSwitch, uniqueId } from '../../model-helpers.js';
import { purchase } from '../../purchase.js';
import { BLUEPRINT, type ClusterContext } from './cluster-context.js';
import type { CorosyncChoice } from './corosync-options.js';
import type { QuorumChoice } from './quorum-options.js';
import { DEFAULT_REPLICATION_INTERVAL, type StorageChoice } from './storage-options.js';

const source = blueprintSource(BLUEPRINT);

export interface ClusterTransform {
  readonly model: Model;
  readonly purchases: readonly Purchase[];
  /** Node ids of the target cluster. */
  readonly nodes: readonly string[];
}

function updateCluster(model: Model, id: string, change: (cluster: ProxmoxCluster) => ProxmoxCluster): Model {
  return updateEntity<ProxmoxCluster>(model, 'clusters.proxmox', id, change);
}

/** Applies the quorum choice; returns the model, purchases and the node list. */
function applyQuorum(cluster: ClusterContext, model: Model, choice: QuorumChoice): ClusterTransform {
  const nodes = cluster.nodes.map((node) => node.id);
  const primary = cluster.nodes[0];
  if (choice.kind === 'qdevice-existing') return { model: updateCluster(model, cluster.clusterId, (entity) => ({ ...entity, qdevice: { host: choice.host } })), purchases: [], nodes };
  if (choice.kind === 'qdevice-sbc') {
    const id = uniqueId(model, 'qdevice');
    const sw = mainSwitch(model, nodes);
    const port = sw ? freePort(model, sw.id) : undefined;
    const host = {
      id,
      name: 'QDevice (corosync-qnetd)',
      role: 'sbc',
      model: 'Raspberry Pi 5',
      os: 'Debian 12 with corosync-qnetd',
      cpu: { sockets: 1, cores: 4, threads: 4 },
      disks: [],
      nics: [{ id: 'eth0', speed: bitsPerSecond(1e9), ...(port ? { connectedTo: port.endpoint } : {}), source }],
      power: { idle: 3, load: 5, feeds: primary?.power?.feeds ?? [] },
      ...(primary?.managementVlan !== undefined ? { managementVlan: primary.managementVlan } : {}),
      source,
    } as unknown as Host;
    const withHost = addEntity(port?.model ?? model, 'hosts', host);
    return { model: updateCluster(withHost, cluster.clusterId, (entity) => ({ ...entity, qdevice: { host: id } })), purchases: [purchase(choice.price, 1, id)], nodes };
  }
  if (choice.kind === 'third-node' && primary !== undefined) {
    const id = uniqueId(model, `pve${cluster.nodes.length + 1}`);
    let next = model;
    const taken = new Set<string>();
    const nics: Nic[] = primary.nics.map((nic) => {
      const device = nic.connectedTo?.split(':')[0];
      if (device === undefined || !next.network.devices.some((candidate) => candidate.id === device)) return { ...nic, source, connectedTo: undefined } as unknown as Nic;
      const port = freePort(next, device, taken);
      taken.add(port.endpoint);
      next = port.model;
      return { ...nic, connectedTo: port.endpoint, source };
    });
    const host = { ...primary, id, name: `${primary.model ?? 'node'} (third node)`, disks: primary.disks.map((disk) => ({ ...disk, source })), nics, source } as Host;
    next = addEntity(next, 'hosts', host);
    next = updateCluster(next, cluster.clusterId, (entity) => ({ ...entity, nodes: [...entity.nodes, { host: id, votes: 1 }] }));
    // Its local pool mirrors the template's layout so replication has somewhere to land.
    for (const pool of next.storage.zfs.filter((candidate) => candidate.host === primary.id)) {
      next = addEntity(next, 'storage.zfs', { ...pool, id: uniqueId(next, pool.id.replace(primary.id, id) === pool.id ? `${pool.id}-${id}` : pool.id.replace(primary.id, id)), host: id, used: undefined, growthPerMonth: undefined, replicatedTo: undefined, source } as unknown as ZfsPool);
    }
    return { model: next, purchases: [purchase(choice.price, 1, id)], nodes: [...nodes, id] };
  }
  return { model, purchases: [], nodes };
}

function applyStorage(cluster: ClusterContext, model: Model, choice: StorageChoice, nodes: readonly string[], haGuests: readonly Workload[]): Model {
  const ha = new Set(haGuests.map((guest) => guest.id));
  const moveGuests = (next: Model, storageId: string, eligible: (guest: Workload) => boolean) =>
    next.workloads.filter((guest) => ha.has(guest.id) && eligible(guest)).reduce((acc, guest) => updateEntity<Workload>(acc, 'workloads', guest.id, (entity) => ({ ...entity, storage: storageId })), next);
  if (choice.kind === 'zfs-replication') {
    const id = uniqueId(model, 'local-zfs');
    const poolIds = new Set([...choice.pools.values()].map((pool) => pool.id));
    const first = [...choice.pools.values()][0];
    let next = updateCluster(model, cluster.clusterId, (entity) => ({ ...entity, sharedStorage: [...entity.sharedStorage, { id, kind: 'zfs-replication', source: first?.id ?? '', interval: DEFAULT_REPLICATION_INTERVAL }] as ProxmoxCluster['sharedStorage'] }));
    for (const pool of next.storage.zfs.filter((candidate) => nodes.includes(candidate.host) && (poolIds.has(candidate.id) || candidate.source.file === source.file))) {
      next = updateEntity<ZfsPool>(next, 'storage.zfs', pool.id, (entity) => ({ ...entity, replicatedTo: nodes.filter((node) => node !== entity.host).sort(compareText) }));
    }
    return moveGuests(next, id, (guest) => poolIds.has(guest.storage ?? ''));
  }
  if (choice.kind === 'ceph') {
    const vid = freeVid(model, 30);
    const vlanId = uniqueId(model, 'ceph-net');
    let next = addEntity(model, 'network.vlans', { id: vlanId, vid, zone: 'storage', subnet: freeSubnet(model, vid), source } as unknown as Vlan);
    next = addEntity(next, 'storage.ceph', { id: uniqueId(next, 'ceph'), cluster: cluster.clusterId, monitors: [...nodes], osds: choice.osds, pools: [{ id: 'vm-pool', type: 'replicated', size: 3, minSize: 2, failureDomain: 'host', purpose: 'VM disks' }], publicNetwork: vlanId, clusterNetwork: vlanId, source } as never);
    next = updateCluster(next, cluster.clusterId, (entity) => ({ ...entity, sharedStorage: [...entity.sharedStorage, { id: 'ceph-vm', kind: 'ceph', source: 'vm-pool' }] as ProxmoxCluster['sharedStorage'] }));
    return moveGuests(next, 'ceph-vm', () => true);
  }
  if (choice.kind === 'nfs') {
    const shareId = uniqueId(model, 'vm-store');
    const storageId = uniqueId(model, 'nas-vm');
    let next = addEntity(model, 'storage.shares', { id: shareId, host: choice.nas, protocol: 'nfs', pool: choice.pool, purpose: 'Proxmox guest disks', source } as unknown as Share);
    next = updateCluster(next, cluster.clusterId, (entity) => ({ ...entity, sharedStorage: [...entity.sharedStorage, { id: storageId, kind: 'nfs', source: shareId }] as ProxmoxCluster['sharedStorage'] }));
    return moveGuests(next, storageId, () => true);
  }
  return model;
}

function applyCorosync(cluster: ClusterContext, model: Model, choice: CorosyncChoice, nodes: readonly string[]): { model: Model; purchases: Purchase[] } {
  if (choice.kind === 'keep') return { model, purchases: [] };
  const vid = freeVid(model, 50);
  const vlanId = uniqueId(model, 'corosync');
  let next = addEntity(model, 'network.vlans', { id: vlanId, name: 'Corosync link 0', vid, zone: 'management', subnet: freeSubnet(model, vid), source } as unknown as Vlan);
  const purchases: Purchase[] = [];
  const nicIds = new Map(nodes.map((node) => [node, uniqueNic(next, node)]));
  let switchId: string | undefined;
  if (nodes.length > 2) {
    switchId = uniqueId(next, 'corosync-sw');
    next = addEntity(next, 'network.devices', { id: switchId, kind: 'switch', model: '5-port unmanaged gigabit switch', ports: nodes.map((_, index) => ({ id: `port${index + 1}`, speed: 1e9 })), services: [], source } as unknown as NetworkDevice);
    if (choice.switch) purchases.push(purchase(choice.switch, 1, switchId));
  }
  nodes.forEach((node, index) => {
    // A direct cable is described once, from the first node: both ends naming each other would be a cycle.
    const peer = nodes.length === 2 && index === 0 ? nodes[1] : undefined;
    const connectedTo = switchId !== undefined ? `${switchId}:port${index + 1}` : peer !== undefined ? `${peer}:${nicIds.get(peer)}` : undefined;
    const nic = { id: nicIds.get(node) as string, speed: bitsPerSecond(2.5e9), purpose: 'corosync', vlans: [vlanId], notes: 'USB 3 2.5GbE adapter', ...(connectedTo ? { connectedTo } : {}), source } as unknown as Nic;
    next = updateEntity<Host>(next, 'hosts', node, (host) => ({ ...host, nics: [...host.nics, nic] }));
    purchases.push(purchase(choice.nic, 1, node));
  });
  purchases.push(purchase(choice.cable, nodes.length > 2 ? nodes.length : 1));
  next = updateCluster(next, cluster.clusterId, (entity) => ({
    ...entity,
    corosync: { links: [{ vlan: vlanId, dedicated: true, nics: nodes.map((node) => `${node}:${nicIds.get(node)}`) }, ...(entity.corosync?.links ?? [])] },
  }));
  return { model: next, purchases };
}

function uniqueNic(model: Model, host: string): string {
  const taken = new Set(model.hosts.find((candidate) => candidate.id === host)?.nics.map((nic) => nic.id) ?? []);
  if (!taken.has('usb0')) return 'usb0';
  for (let n = 1; ; n++) if (!taken.has(`usb${n}`)) return `usb${n}`;
}

function applyHa(cluster: ClusterContext, model: Model, haGuests: readonly Workload[], nodes: readonly string[]): Model {
  const homes = [...new Set(haGuests.map((guest) => guest.host as string))].sort(compareText);
  let next = updateCluster(model, cluster.clusterId, (entity) => ({
    ...entity,
    // A cluster that has HA groups keeps its own; one without gets a preference group per home node.
    ha: { enabled: true, groups: (entity.ha?.groups ?? []).length > 0 ? (entity.ha?.groups ?? []) : homes.map((home) => ({ id: `prefer-${home}`, nodes: [home, ...nodes.filter((node) => node !== home)] })) },
  }));
  for (const guest of haGuests) next = updateEntity<Workload>(next, 'workloads', guest.id, (entity) => ({ ...entity, ha: true }));
  return next;
}

/** The target model for the chosen options. */
export function transformCluster(cluster: ClusterContext, quorum: QuorumChoice, storage: StorageChoice, corosync: CorosyncChoice, haGuests: readonly Workload[]): ClusterTransform {
  let model = cluster.context.model;
  if (cluster.cluster === undefined) {
    model = addEntity(model, 'clusters.proxmox', { id: cluster.clusterId, nodes: cluster.nodes.map((node) => ({ host: node.id, votes: 1 })), sharedStorage: [], source } as unknown as ProxmoxCluster);
  }
  const afterQuorum = applyQuorum(cluster, model, quorum);
  const afterStorage = applyStorage(cluster, afterQuorum.model, storage, afterQuorum.nodes, haGuests);
  const afterCorosync = applyCorosync(cluster, afterStorage, corosync, afterQuorum.nodes);
  const afterHa = applyHa(cluster, afterCorosync.model, haGuests, afterQuorum.nodes);
  return { model: afterHa, purchases: [...afterQuorum.purchases, ...afterCorosync.purchases], nodes: afterQuorum.nodes };
}
