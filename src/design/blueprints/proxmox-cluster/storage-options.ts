/**
 * The shared-storage decision: where HA guests' disks live so another node can start them.
 * - ZFS replication (pvesr): each node keeps a copy of the others' guests; RPO = the interval
 *   (default 15 min, https://pve.proxmox.com/pve-docs/chapter-pvesr.html); each node needs room for them.
 * - Ceph: synchronous, but needs ≥ 3 nodes and a ≥ 10 Gbit/s network (https://pve.proxmox.com/pve-docs/chapter-pveceph.html);
 *   usable = raw × full ratio / size (calc/ceph), memory per OSD (calc/compute/ceph-osd-memory).
 * - NFS from the NAS: shared at once, but the NAS becomes a single point of failure for every HA guest.
 */
import { isNumericFact } from '../../../analyze/fact.js';
import { CEPH_DEFAULT_POOL_SIZE, CEPH_DEFAULT_RATIOS } from '../../../calc/ceph/ceph-defaults.js';
import { PVE_CEPH_MINIMUM_NODES } from '../../../calc/ceph/ceph-minimums.js';
import { cephUsable } from '../../../calc/ceph/ceph-pool-capacity.js';
import { cephOsdMemory } from '../../../calc/compute/ceph-osd-memory.js';
import { formatBytes, formatRate } from '../../../intake/units/index.js';
import { bitsPerSecond, bytes } from '../../../model/quantities.js';
import type { Disk, Host, Workload, ZfsPool } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, factRef, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { BLUEPRINT, type ClusterContext } from './cluster-context.js';

const PVESR = 'https://pve.proxmox.com/pve-docs/chapter-pvesr.html';
const PVECEPH = 'https://pve.proxmox.com/pve-docs/chapter-pveceph.html';
/** pvesr's default schedule, every 15 minutes. */
export const DEFAULT_REPLICATION_INTERVAL = 15 * 60;
/** Ceph on Proxmox wants at least a 10 Gbit/s network (pveceph.adoc). */
export const CEPH_MINIMUM_LINK = 10e9;

export type StorageChoice =
  | { readonly kind: 'keep' }
  | { readonly kind: 'zfs-replication'; readonly pools: ReadonlyMap<string, ZfsPool> }
  | { readonly kind: 'ceph'; readonly osds: readonly { readonly host: string; readonly disk: string }[]; readonly nicPurchases: readonly { readonly host: string; readonly price: PriceEntry }[]; readonly switchPrice?: PriceEntry }
  | { readonly kind: 'nfs'; readonly nas: string; readonly pool: string };

const columns: readonly Column[] = [
  { key: 'rpo', label: 'Data lost on failover (RPO)', unit: 'seconds', better: 'lower' },
  { key: 'headroom', label: 'Capacity left for guests', unit: 'bytes', better: 'higher' },
  { key: 'network', label: 'Slowest storage link', unit: 'bits-per-second', better: 'higher' },
  { key: 'memory', label: 'Extra memory per node', unit: 'bytes', better: 'lower' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
  { key: 'spof', label: 'Single point of failure', unit: 'text', better: 'none' },
];

/** The ZFS pool that holds the guests of `node`, else its largest pool. */
export function nodePool(cluster: ClusterContext, node: string): ZfsPool | undefined {
  const pools = cluster.context.model.storage.zfs.filter((pool) => pool.host === node);
  const holding = pools.find((pool) => cluster.guests.some((guest) => guest.storage === pool.id));
  return holding ?? pools[0];
}

function fastestNic(host: Host): number {
  return Math.max(0, ...host.nics.map((nic) => nic.speed));
}

/** Disks a node could give Ceph: SSD/NVMe that do not boot. */
function osdCandidates(host: Host): Disk[] {
  return host.disks.filter((disk) => disk.boot !== true && disk.kind !== 'hdd');
}

/** The shared-storage decision for a cluster of `nodeCount` nodes whose HA guests are `haGuests`. */
export function storageDecision(cluster: ClusterContext, nodeCount: number, haGuests: readonly Workload[]): { readonly decision: Decision; readonly choice: StorageChoice } {
  const { model, analysis, prices } = cluster.context;
  const figuresOf = (option: string) => optionFigures(BLUEPRINT, 'shared-storage', option, 'storage');
  const zero = (formula: string) => ({ label: 'Purchase cost', unit: 'money' as const, value: 0, currency: cluster.currency, formula });
  const existing = cluster.cluster?.sharedStorage ?? [];
  const options: Option[] = [];

  // ZFS replication: every node keeps its own guests and a replica of the other nodes' HA guests.
  const pools = new Map(cluster.nodes.map((node) => [node.id, nodePool(cluster, node.id)] as const));
  const missing = cluster.nodes.filter((node) => pools.get(node.id) === undefined).map((node) => node.id);
  const needs = cluster.nodes.map((node) => {
    const pool = pools.get(node.id);
    const planning = pool ? analysis.byId.get(`storage/${pool.id}/planning-capacity`) : undefined;
    const used = pool ? analysis.byId.get(`storage/${pool.id}/used`) : undefined;
    const replicas = haGuests.filter((guest) => guest.host !== node.id).reduce((sum, guest) => sum + (guest.disk ?? 0), 0);
    const left = isNumericFact(planning) && isNumericFact(used) ? planning.value - used.value - replicas : null;
    return { node: node.id, pool, planning, used, replicas, left };
  });
  const headroom = needs.some((need) => need.left === null) || needs.length === 0 ? null : Math.min(...needs.map((need) => need.left as number));
  const tightest = needs.find((need) => need.left === headroom);
  const replicationLink = Math.min(...cluster.nodes.map(fastestNic));
  options.push({
    id: 'zfs-replication',
    title: 'ZFS storage replication between the nodes',
    summary: `Each node replicates its HA guests to the others every ${DEFAULT_REPLICATION_INTERVAL / 60} min; a failed node's guests restart from the last replica.`,
    figures: [
      figuresOf('zfs-replication')('rpo', { label: 'Data lost on failover (RPO)', unit: 'seconds', value: DEFAULT_REPLICATION_INTERVAL, formula: 'replication interval (pvesr default */15); plus the transfer time of the last changes', reference: PVESR }),
      figuresOf('zfs-replication')('headroom', {
        label: 'Capacity left for guests',
        unit: 'bytes',
        value: headroom,
        formula: 'min over nodes of (planning capacity − used − replicas of the other nodes\' HA guests)',
        inputs: needs.flatMap((need) => [factRef(`${need.node} planning capacity`, need.planning, `storage/${need.pool?.id ?? need.node}/planning-capacity`, 'bytes'), factRef(`${need.node} used`, need.used, `storage/${need.pool?.id ?? need.node}/used`, 'bytes'), { name: `replicas on ${need.node}`, value: need.replicas, unit: 'bytes' as const }]),
        question: 'A node pool\'s used space is not given (add "used" to its ZFS pool).',
      }),
      figuresOf('zfs-replication')('network', { label: 'Slowest storage link', unit: 'bits-per-second', value: replicationLink, formula: 'slowest node NIC (replication traffic)', inputs: cluster.nodes.map((node) => ({ name: node.id, value: fastestNic(node), unit: 'bits-per-second' as const, source: node.source })) }),
      figuresOf('zfs-replication')('memory', { label: 'Extra memory per node', unit: 'bytes', value: 0, formula: 'the ZFS ARC is already reserved' }),
      figuresOf('zfs-replication')('cost', zero('uses the disks the nodes have')),
      figuresOf('zfs-replication')('spof', { label: 'Single point of failure', unit: 'text', value: 'none', formula: 'every node holds a replica' }),
    ],
    pros: ['No new hardware', 'Guests keep local NVMe/SSD speed', 'Migration sends only the changes since the last sync'],
    cons: [`Asynchronous: a failover loses up to ${DEFAULT_REPLICATION_INTERVAL / 60} min of writes`, 'Every node needs room for the other nodes\' replicated guests', 'ZFS on both ends, with the same pool name'],
    viable: missing.length === 0 && headroom !== null && headroom >= 0,
    whyNot: [
      ...(missing.length > 0 ? [`${missing.join(', ')} ha${missing.length === 1 ? 's' : 've'} no ZFS pool; replication works only between zfspool storages (pvesr)`] : []),
      ...(headroom !== null && headroom < 0 ? [`${tightest?.node} would lack ${formatBytes(bytes(-headroom))} for the replicas [storage/pool-above-fill-limit]`] : []),
      ...(headroom === null && missing.length === 0 ? ['A node pool\'s used space is not given, so it is unknown whether the replicas fit'] : []),
    ],
  });

  // Ceph across the nodes.
  const cephNow = model.storage.ceph[0];
  const osds = cephNow ? cephNow.osds.map((osd) => ({ host: osd.host, disk: osd.disk })) : cluster.nodes.flatMap((node) => osdCandidates(node).map((disk) => ({ host: node.id, disk: disk.id })));
  const raw = osds.reduce((sum, osd) => sum + (model.hosts.find((host) => host.id === osd.host)?.disks.find((disk) => disk.id === osd.disk || disk.group === osd.disk)?.size ?? 0), 0);
  const slowNodes = cluster.nodes.filter((node) => fastestNic(node) < CEPH_MINIMUM_LINK);
  const nicPrice = prices.price('nic-10g');
  const switchPrice = model.network.devices.some((device) => device.kind === 'switch' && device.ports.some((port) => (port.speed ?? 0) >= CEPH_MINIMUM_LINK)) ? undefined : prices.price('switch-10g');
  const cephCost = slowNodes.length * nicPrice.price.amount + (slowNodes.length > 0 && switchPrice ? switchPrice.price.amount : 0);
  const perNodeOsds = Math.max(0, ...cluster.nodes.map((node) => osds.filter((osd) => osd.host === node.id).length));
  const cephOk = nodeCount >= PVE_CEPH_MINIMUM_NODES && slowNodes.length === 0 && osds.length > 0;
  options.push({
    id: 'ceph',
    title: cephNow ? `Ceph (${cephNow.id}, already running)` : 'Ceph (RBD) across the nodes',
    summary: 'Every write lands on three nodes before it is acknowledged; any node can run any guest.',
    figures: [
      figuresOf('ceph')('rpo', { label: 'Data lost on failover (RPO)', unit: 'seconds', value: 0, formula: 'synchronous replication (size 3, min_size 2)', reference: PVECEPH }),
      figuresOf('ceph')('headroom', { label: 'Capacity left for guests', unit: 'bytes', value: cephUsable(bytes(raw), CEPH_DEFAULT_RATIOS.full, { kind: 'replicated', size: CEPH_DEFAULT_POOL_SIZE }), formula: 'raw of the OSD disks × full ratio 0.95 / size 3', inputs: [{ name: 'raw', value: raw, unit: 'bytes' }, { name: 'OSDs', value: osds.length, unit: 'count' }], calculator: 'calc/ceph/ceph-pool-capacity', reference: PVECEPH }),
      figuresOf('ceph')('network', { label: 'Slowest storage link', unit: 'bits-per-second', value: replicationLink, formula: 'slowest node NIC; Ceph needs ≥ 10 Gbit/s', inputs: cluster.nodes.map((node) => ({ name: node.id, value: fastestNic(node), unit: 'bits-per-second' as const, source: node.source })), reference: PVECEPH }),
      figuresOf('ceph')('memory', { label: 'Extra memory per node', unit: 'bytes', value: cephOsdMemory(perNodeOsds), formula: 'OSDs on the busiest node × osd_memory_target 4 GiB', inputs: [{ name: 'OSDs per node', value: perNodeOsds, unit: 'count' }], calculator: 'calc/compute/ceph-osd-memory' }),
      figuresOf('ceph')('cost', { label: 'Purchase cost', unit: 'money', value: cephCost, currency: nicPrice.price.currency, formula: `10GbE NICs for ${slowNodes.length} node(s)${slowNodes.length > 0 && switchPrice ? ' + a 10GbE switch' : ''} (${nicPrice.note})` }),
      figuresOf('ceph')('spof', { label: 'Single point of failure', unit: 'text', value: 'none', formula: 'three replicas on three hosts' }),
    ],
    pros: ['No data loss on failover', 'Live migration moves memory only', 'Grows by adding OSDs'],
    cons: ['Needs three or more nodes and a 10GbE network', 'About 4 GiB RAM per OSD', 'With exactly three nodes a lost host cannot re-heal (nowhere to backfill)'],
    viable: cephOk,
    whyNot: [
      ...(nodeCount < PVE_CEPH_MINIMUM_NODES ? [`Ceph needs at least ${PVE_CEPH_MINIMUM_NODES} nodes (pveceph); the cluster has ${nodeCount} [storage/ceph-fewer-than-three-nodes]`] : []),
      ...(slowNodes.length > 0 ? [`${slowNodes.map((node) => `${node.id} has ${formatRate(bitsPerSecond(fastestNic(node)))}`).join(', ')}; Ceph needs ≥ 10 Gbit/s (pveceph)`] : []),
      ...(osds.length === 0 ? ['No node has a free SSD or NVMe disk for an OSD'] : []),
    ],
  });

  // NFS from the NAS.
  const nas = model.hosts.find((host) => host.role === 'nas');
  const nasPool = nas ? model.storage.zfs.find((pool) => pool.host === nas.id) ?? model.storage.raid.find((array) => array.host === nas.id) : undefined;
  const nasPlanning = nasPool ? analysis.byId.get(`storage/${nasPool.id}/planning-capacity`) : undefined;
  const nasUsed = nasPool ? analysis.byId.get(`storage/${nasPool.id}/used`) : undefined;
  options.push({
    id: 'nfs',
    title: nas ? `NFS from ${nas.id}` : 'NFS from a NAS',
    summary: 'Guest disks on an NFS export every node mounts.',
    figures: [
      figuresOf('nfs')('rpo', { label: 'Data lost on failover (RPO)', unit: 'seconds', value: 0, formula: 'one copy every node reads' }),
      figuresOf('nfs')('headroom', { label: 'Capacity left for guests', unit: 'bytes', value: isNumericFact(nasPlanning) && isNumericFact(nasUsed) ? nasPlanning.value - nasUsed.value : null, formula: 'NAS pool planning capacity − used', inputs: [factRef('planning capacity', nasPlanning, `storage/${nasPool?.id ?? 'nas'}/planning-capacity`, 'bytes'), factRef('used', nasUsed, `storage/${nasPool?.id ?? 'nas'}/used`, 'bytes')], question: 'The NAS pool or its used space is not in the spec.' }),
      figuresOf('nfs')('network', { label: 'Slowest storage link', unit: 'bits-per-second', value: nas ? fastestNic(nas) : null, formula: 'the NAS NIC carries every guest\'s disk I/O', question: 'No NAS in the spec.' }),
      figuresOf('nfs')('memory', { label: 'Extra memory per node', unit: 'bytes', value: 0, formula: 'nothing on the nodes' }),
      figuresOf('nfs')('cost', zero('uses the NAS')),
      figuresOf('nfs')('spof', { label: 'Single point of failure', unit: 'text', value: nas?.id ?? 'the NAS', formula: 'one box holds every HA guest\'s disk' }),
    ],
    pros: ['Shared at once, no replication lag', 'Uses capacity that exists'],
    cons: [`${nas?.id ?? 'The NAS'} becomes a single point of failure: its outage stops every HA guest at once`, 'Guest I/O over the NAS link and disks (HDD RAIDZ: few IOPS)'],
    viable: nas !== undefined && nasPool !== undefined,
    whyNot: nas === undefined ? ['No NAS in the spec'] : nasPool === undefined ? [`${nas.id} has no pool in the spec`] : [],
  });
  checkColumns(columns, options);

  const usingCeph = existing.some((storage) => storage.kind === 'ceph');
  const usingReplication = existing.some((storage) => storage.kind === 'zfs-replication');
  const chosenId = cephOk ? 'ceph' : (options.find((option) => option.id === 'zfs-replication')?.viable ? 'zfs-replication' : options.find((option) => option.id === 'nfs')?.viable ? 'nfs' : 'zfs-replication');
  const chosen = options.find((option) => option.id === chosenId) as Option;
  const haRpo = Math.min(...haGuests.map((guest) => guest.rpo ?? Number.POSITIVE_INFINITY));
  const rationale =
    chosenId === 'ceph'
      ? `${nodeCount} nodes on ≥ 10 Gbit/s make Ceph viable: synchronous, no data lost on failover, no single point of failure.`
      : chosenId === 'zfs-replication'
        ? `Ceph is out (${(options[1] as Option).whyNot.join('; ')}). ZFS replication needs no hardware, every node has room for the replicas (least headroom ${headroom === null ? 'unknown' : formatBytes(bytes(headroom))}), and its ${DEFAULT_REPLICATION_INTERVAL / 60}-min RPO is within the HA guests' RPO targets${Number.isFinite(haRpo) ? ` (tightest ${Math.round(haRpo / 3600)} h)` : ''}. NFS from the NAS would make ${nas?.id ?? 'it'} a single point of failure for every HA guest [cluster/ha-guest-without-shared-storage].`
        : `Neither Ceph nor replication fits; NFS from ${nas?.id ?? 'the NAS'} is the only shared storage, at the price of a single point of failure.`;
  const choice: StorageChoice =
    usingCeph || (chosenId === 'ceph' && cephNow)
      ? { kind: 'keep' }
      : chosenId === 'ceph'
        ? { kind: 'ceph', osds, nicPurchases: slowNodes.map((node) => ({ host: node.id, price: nicPrice })), ...(switchPrice ? { switchPrice } : {}) }
        : chosenId === 'zfs-replication'
          ? usingReplication
            ? { kind: 'keep' }
            : { kind: 'zfs-replication', pools: new Map([...pools].filter((entry): entry is [string, ZfsPool] => entry[1] !== undefined)) }
          : { kind: 'nfs', nas: nas?.id ?? '', pool: nasPool?.id ?? '' };
  return {
    decision: {
      id: 'shared-storage',
      question: 'Where do HA guests\' disks live so another node can start them?',
      columns,
      options,
      choice: { optionId: chosen.id, rationale, cites: { rules: chosenId === 'ceph' ? [] : ['storage/ceph-fewer-than-three-nodes', 'cluster/ha-guest-without-shared-storage'], facts: chosen.figures.map((figure) => figure.fact.id).concat(needs.flatMap((need) => (need.planning ? [need.planning.id] : []))) } },
    },
    choice,
  };
}
