/**
 * Proxmox VE storage as the model's storage: ZFS pools of each node, the Ceph cluster and its
 * pools, NFS/SMB shares (whose servers Proxmox knows only by address), and the cluster-wide
 * storages that let HA guests restart on another node (Ceph RBD, NFS/SMB, ZFS replication).
 */
import { compareText } from '../../diagnostic.js';
import { bytes, seconds } from '../../../model/quantities.js';
import { formatBytes, formatDuration, parseSchedule } from '../../units/index.js';
import { slugId } from '../id-allocator.js';
import { asNumber, asRecord, asRecords, asString } from '../json-fields.js';
import { deviceKey } from './map-pve-hosts.js';
import type { CephInput, HostInput, PveMapContext, ShareInput, SharedStorageInput, ZfsPoolInput } from './pve-map-context.js';
import { type PveStorage, readStorages, storageOnNode } from './pve-storage-config.js';
import { zfsLayout } from './pve-zfs-layout.js';

export interface MappedStorage {
  readonly storages: readonly PveStorage[];
  readonly zfs: readonly ZfsPoolInput[];
  readonly ceph: readonly CephInput[];
  readonly shares: readonly ShareInput[];
  /** Hosts Kestra added for servers Proxmox knows only by address (NFS/SMB servers). */
  readonly stubHosts: readonly HostInput[];
  /** Cluster-wide storages; empty on a single node. */
  readonly sharedStorage: readonly SharedStorageInput[];
  /** The entity that holds a guest disk on `storage` on `node`, or undefined when Kestra does not model that storage type. */
  refFor(storage: string, node: string, replicated: boolean): string | undefined;
  /** The host Kestra added for the server of an NFS/SMB storage, if it added one. */
  hostFor(storage: string): string | undefined;
}

/** Maps storage; cluster-wide storages are written only for a cluster. */
export function mapPveStorage(context: PveMapContext, diskIds: ReadonlyMap<string, ReadonlyMap<string, string>>, clusterId: string | undefined): MappedStorage {
  const storages = readStorages(context.snapshot);
  const byId = new Map(storages.map((storage) => [storage.id, storage]));
  const zfs = mapZfsPools(context, diskIds, storages);
  const ceph = mapCeph(context, diskIds, clusterId);
  const shares: ShareInput[] = [];
  const stubHosts: HostInput[] = [];
  const shareIds = new Map<string, string>();
  const stubIds = new Map<string, string>();
  for (const storage of storages.filter((candidate) => (candidate.type === 'nfs' || candidate.type === 'cifs') && holdsGuests(candidate))) {
    const server = storage.server ?? 'unknown';
    let stub = stubIds.get(server);
    if (stub === undefined) {
      stub = context.ids.take(/[a-z]/i.test(server) ? slugId(server, 'nas') : `nas-${slugId(server, 'server')}`, 'nas');
      stubIds.set(server, stub);
      const host: HostInput = { id: stub, role: 'nas' };
      context.notes.entity(host, 'imported', `proxmox: the ${storage.type.toUpperCase()} server ${server} of storage ${storage.id}; Proxmox knows only its address`);
      context.notes.field(host, 'role', 'assumed', 'it serves guest disks over the network');
      context.ask(`What is the ${storage.type === 'nfs' ? 'NFS' : 'SMB'} server at ${server} (storage ${storage.id})? Kestra added it as host "${stub}"; add its model, disks, pools and power.`);
      stubHosts.push(host);
    }
    const share: ShareInput = { id: context.ids.take(storage.id, 'share'), host: stub, protocol: storage.type === 'nfs' ? 'nfs' : 'smb' };
    context.notes.entity(share, 'imported', `proxmox: storage ${storage.id}, ${storage.type} ${server}:${storage.location ?? ''}`);
    shareIds.set(storage.id, share.id);
    shares.push(share);
  }

  const replicated = replicatedStorages(context, byId);
  const sharedIds = new Map<string, string>();
  const sharedStorage: SharedStorageInput[] = [];
  if (clusterId !== undefined) {
    for (const storage of storages) {
      const entry = sharedEntry(context, storage, ceph.poolIds, ceph.cephId, shareIds, replicated, zfs.poolIds);
      if (!entry) continue;
      sharedIds.set(storage.id, entry.id);
      context.notes.entity(entry, 'imported', `proxmox: storage ${storage.id} (${storage.type})`);
      sharedStorage.push(entry);
    }
  }
  for (const storage of storages.filter((candidate) => candidate.type === 'rbd' && candidate.external)) {
    context.skip(`storage ${storage.id}: RBD on an external Ceph cluster; describe that cluster by hand`);
  }

  return {
    storages,
    zfs: zfs.pools,
    ceph: ceph.entity ? [ceph.entity] : [],
    shares,
    stubHosts,
    sharedStorage,
    hostFor: (storageId) => shares.find((share) => share.id === shareIds.get(storageId))?.host,
    refFor(storageId, node, isReplicated) {
      const storage = byId.get(storageId);
      if (!storage) return undefined;
      if (storage.type === 'zfspool') {
        const pool = (storage.pool ?? '').split('/')[0] ?? '';
        return (isReplicated ? sharedIds.get(storageId) : undefined) ?? zfs.poolIds.get(`${node}/${pool}`);
      }
      if (storage.type === 'rbd') return sharedIds.get(storageId) ?? ceph.poolIds.get(storage.pool ?? 'rbd') ?? ceph.cephId;
      if (storage.type === 'nfs' || storage.type === 'cifs') return sharedIds.get(storageId) ?? shareIds.get(storageId);
      return undefined;
    },
  };
}

const holdsGuests = (storage: PveStorage) => storage.content.includes('images') || storage.content.includes('rootdir');

function mapZfsPools(context: PveMapContext, diskIds: ReadonlyMap<string, ReadonlyMap<string, string>>, storages: readonly PveStorage[]) {
  const pools: ZfsPoolInput[] = [];
  const poolIds = new Map<string, string>();
  for (const node of context.snapshot.nodes) {
    const names = diskIds.get(node.name) ?? new Map<string, string>();
    for (const zpool of [...node.zfs].sort((a, b) => compareText(String(a.summary.name), String(b.summary.name)))) {
      const name = String(zpool.summary.name);
      const layout = zfsLayout(zpool.detail, name, (device) => names.get(deviceKey(device)));
      if (!layout.ok) {
        context.skip(`ZFS pool ${name} on ${node.name}: ${layout.reason}`);
        continue;
      }
      const id = context.ids.take(slugId(`${node.name}-${name}`, 'zfs'), 'zfs');
      poolIds.set(`${node.name}/${name}`, id);
      const used = asNumber(zpool.summary.alloc);
      const users = storages.filter((storage) => storage.type === 'zfspool' && (storage.pool ?? '').split('/')[0] === name && storageOnNode(storage, node.name));
      const pool: ZfsPoolInput = {
        id,
        name,
        host: context.hostIds.get(node.name) as string,
        vdevs: layout.vdevs,
        ...(layout.special.length > 0 ? { special: layout.special } : {}),
        ...(layout.log.length > 0 ? { log: layout.log } : {}),
        ...(layout.cache.length > 0 ? { cache: layout.cache } : {}),
        ...(used !== undefined ? { used: formatBytes(bytes(used), { both: false }) } : {}),
        ...(users.length > 0 ? { purpose: `Proxmox storage ${users.map((storage) => storage.id).join(', ')}` } : {}),
      };
      context.notes.entity(pool, 'imported', `proxmox: zpool ${name} on ${node.name}${asString(zpool.summary.health) ? `, ${String(zpool.summary.health)}` : ''}`);
      pools.push(pool);
    }
  }
  // Which nodes receive each pool's guests by storage replication.
  for (const job of context.snapshot.replication) {
    const guest = context.guests.find((candidate) => candidate.vmid === asNumber(job.guest));
    const target = context.hostIds.get(asString(job.target) ?? '');
    if (!guest || !target) continue;
    for (const disk of guest.disks) {
      const storage = storages.find((candidate) => candidate.id === disk.storage);
      const pool = pools.find((candidate) => candidate.id === poolIds.get(`${guest.node}/${(storage?.pool ?? '').split('/')[0] ?? ''}`));
      if (pool && storage?.type === 'zfspool') pool.replicatedTo = [...new Set([...(pool.replicatedTo ?? []), target])].sort(compareText);
    }
  }
  return { pools, poolIds };
}

function mapCeph(context: PveMapContext, diskIds: ReadonlyMap<string, ReadonlyMap<string, string>>, clusterId: string | undefined) {
  const poolIds = new Map<string, string>();
  const snapshot = context.snapshot.ceph;
  if (!snapshot) return { poolIds };
  const cephId = context.ids.take('ceph', 'cluster');
  const monitors = asRecords(asRecord(snapshot.status.monmap)?.mons)
    .flatMap((mon) => (context.hostIds.has(asString(mon.name) ?? '') ? [context.hostIds.get(String(mon.name)) as string] : []))
    .sort(compareText);
  const osds = context.snapshot.nodes.flatMap((node) =>
    node.disks
      .filter((disk) => (asNumber(disk.osdid) ?? -1) >= 0 || (Array.isArray(disk['osdid-list']) && disk['osdid-list'].length > 0))
      .flatMap((disk) => {
        const id = diskIds.get(node.name)?.get(deviceKey(asString(disk.devpath) ?? ''));
        return id ? [{ host: context.hostIds.get(node.name) as string, disk: id }] : [];
      }),
  ).sort((a, b) => compareText(a.host, b.host) || compareText(a.disk, b.disk));
  const pools = [...snapshot.pools]
    .filter((pool) => !(asString(pool.pool_name) ?? '.').startsWith('.'))
    .sort((a, b) => compareText(String(a.pool_name), String(b.pool_name)))
    .map((pool) => {
      const name = String(pool.pool_name);
      const id = context.ids.take(slugId(name, 'pool'), 'pool');
      poolIds.set(name, id);
      const type = pool.type === 'erasure' ? 'erasure' : 'replicated';
      const size = asNumber(pool.size);
      const minSize = asNumber(pool.min_size);
      const pgs = asNumber(pool.pg_num);
      // Ceph's bytes_used is raw space, all replicas included; the model wants the data stored.
      const raw = asNumber(pool.bytes_used);
      const used = raw !== undefined && type === 'replicated' && size ? raw / size : undefined;
      const mapped = {
        id,
        type,
        ...(type === 'replicated' && size !== undefined ? { size } : {}),
        ...(type === 'replicated' && minSize !== undefined ? { minSize } : {}),
        ...(pgs !== undefined && pgs >= 1 ? { pgs } : {}),
        ...(used !== undefined ? { used: formatBytes(bytes(Math.round(used)), { both: false }) } : {}),
      } satisfies NonNullable<CephInput['pools']>[number];
      context.notes.entity(mapped, 'imported', `proxmox: Ceph pool ${name}${used !== undefined ? `; used is raw use ÷ size ${size ?? ''}` : ''}`);
      return mapped;
    });
  const entity: CephInput = { id: cephId, ...(clusterId ? { cluster: clusterId } : {}), monitors, osds, pools };
  const health = asString(asRecord(snapshot.status.health)?.status);
  context.notes.entity(entity, 'imported', `proxmox: Ceph${health ? `, ${health} at import` : ''}, ${osds.length} OSDs`);
  context.notes.entity(entity, 'unknown', 'the public and cluster networks (add publicNetwork and clusterNetwork VLANs)');
  return { poolIds, cephId, entity };
}

/** Storages some guest replicates with pvesr, with the shortest replication interval. */
function replicatedStorages(context: PveMapContext, byId: ReadonlyMap<string, PveStorage>): Map<string, { seconds: number; node: string; pool: string }> {
  const result = new Map<string, { seconds: number; node: string; pool: string }>();
  for (const job of context.snapshot.replication) {
    const guest = context.guests.find((candidate) => candidate.vmid === asNumber(job.guest));
    if (!guest) continue;
    // pvesr's default schedule is every 15 minutes (pve-docs "Storage Replication").
    const schedule = parseSchedule(asString(job.schedule) ?? '*/15');
    const interval = schedule.ok ? schedule.value.intervalSeconds : 900;
    for (const disk of guest.disks) {
      const storage = byId.get(disk.storage);
      if (storage?.type !== 'zfspool') continue;
      const previous = result.get(storage.id);
      const pool = (storage.pool ?? '').split('/')[0] ?? '';
      if (!previous || interval < previous.seconds) result.set(storage.id, { seconds: interval, node: previous?.node ?? guest.node, pool });
    }
  }
  return result;
}

function sharedEntry(
  context: PveMapContext,
  storage: PveStorage,
  cephPoolIds: ReadonlyMap<string, string>,
  cephId: string | undefined,
  shareIds: ReadonlyMap<string, string>,
  replicated: ReadonlyMap<string, { seconds: number; node: string; pool: string }>,
  zfsPoolIds: ReadonlyMap<string, string>,
): SharedStorageInput | undefined {
  if (storage.type === 'rbd' && !storage.external) {
    const source = cephPoolIds.get(storage.pool ?? 'rbd') ?? cephId;
    return source ? { id: context.ids.take(storage.id, 'storage'), kind: 'ceph', source } : undefined;
  }
  const share = shareIds.get(storage.id);
  if (share) return { id: context.ids.take(storage.id, 'storage'), kind: storage.type === 'nfs' ? 'nfs' : 'smb', source: share };
  const replication = replicated.get(storage.id);
  const source = replication ? zfsPoolIds.get(`${replication.node}/${replication.pool}`) : undefined;
  if (replication && source) {
    return { id: context.ids.take(storage.id, 'storage'), kind: 'zfs-replication', source, interval: formatDuration(seconds(replication.seconds)) };
  }
  return undefined;
}
