/**
 * Live-migration time of each VM in a Proxmox cluster over the cluster's migration network. A VM on
 * shared storage moves its memory only; one on local storage also copies its disks
 * (`--with-local-disks`). Containers cannot live-migrate (restart mode) and get no fact.
 *
 * Proxmox VE defaults (proxmox/qemu-server): migrate_downtime 0.1 s and no bandwidth cap unless a
 * bwlimit is set, so the link goodput is the rate. The guest's dirty rate is not in the spec and is
 * taken as 0 (an idle guest), which makes the figure a lower bound.
 */
import { tcpGoodput } from '../../calc/network/ethernet-goodput.js';
import { estimateLiveMigration, PVE_DEFAULT_DOWNTIME_LIMIT } from '../../calc/network/live-migration.js';
import { transferTime } from '../../calc/network/transfer-time.js';
import { compareText } from '../../intake/diagnostic.js';
import { formatRate } from '../../intake/units/index.js';
import { bitsPerSecond, bytes, seconds, type BitsPerSecond } from '../../model/quantities.js';
import type { Assumption, Host, Model, Nic, ProxmoxCluster, Workload } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { assumptionAt, subjectFacts } from '../subject-facts.js';
import type { Topology } from './topology.js';

const PVE_MIGRATION_REFERENCE = 'https://github.com/proxmox/qemu-server/blob/master/PVE/QemuMigrate.pm';

interface MigrationNic {
  readonly host: string;
  readonly nic: Nic;
  readonly goodput: BitsPerSecond;
  readonly how: string;
  readonly assumed: boolean;
}

/** Migration-time facts of the VMs in Proxmox clusters, and the assumptions they took. */
export function migrationFacts(model: Model, topology: Topology): { facts: Fact[]; assumptions: Assumption[] } {
  const facts: Fact[] = [];
  const assumptions: Assumption[] = [];
  const hosts = new Map(model.hosts.map((host) => [host.id, host]));
  const linkGoodput = new Map(topology.links.flatMap((link) => link.endpoints.map((endpoint) => [endpoint, link.goodput] as const)));
  for (const cluster of model.clusters.proxmox) {
    if (cluster.nodes.length < 2) continue;
    const nodeIds = cluster.nodes.map((node) => node.host);
    const nics = nodeIds.map((id) => migrationNic(hosts.get(id), cluster, model, linkGoodput));
    const known = nics.filter((nic): nic is MigrationNic => nic !== undefined);
    for (const nic of known.filter((candidate) => candidate.assumed)) {
      assumptions.push(assumptionAt('network/migration-nic', `Live migration is assumed to use the slowest NIC of each node when the cluster's migration network cannot be matched to a NIC (${nic.host}:${nic.nic.id}).`, nic.nic.source));
    }
    const guests = model.workloads.filter((workload) => workload.kind === 'vm' && workload.host !== undefined && nodeIds.includes(workload.host) && (workload.cluster === undefined || workload.cluster === cluster.id));
    for (const workload of guests) facts.push(migrationFact(workload, cluster, model, known, nics.length === known.length));
  }
  return { facts, assumptions };
}

function migrationFact(workload: Workload, cluster: ProxmoxCluster, model: Model, nics: readonly MigrationNic[], allNodesKnown: boolean): Fact {
  const facts = subjectFacts('network', workload.id, workload.source);
  const fields = { label: 'Live-migration time', unit: 'seconds' as const, formula: '(memory [+ local disks]) × 8 / migration-link goodput', reference: PVE_MIGRATION_REFERENCE };
  if (workload.memory === undefined) return facts.unknown('migration-time', `How much memory does ${workload.id} have? Its live migration cannot be timed without it.`, fields);
  if (!allNodesKnown || nics.length === 0) return facts.unknown('migration-time', `Which NIC of each node of ${cluster.id} carries live migration? A node has no NIC in the spec.`, fields);
  const slowest = [...nics].sort((a, b) => a.goodput - b.goodput || compareText(a.host, b.host))[0] as MigrationNic;
  const storage = storageKind(workload, cluster, model);
  const estimate = estimateLiveMigration({ memory: workload.memory, rate: slowest.goodput, dirtyRate: bitsPerSecond(0), downtimeLimit: PVE_DEFAULT_DOWNTIME_LIMIT });
  if (!estimate.converges) return facts.unknown('migration-time', `${workload.id} dirties memory faster than the link carries it`, fields);
  const diskBytes = storage === 'local' ? (workload.disk ?? 0) : 0;
  const total = seconds(estimate.total + (diskBytes > 0 ? transferTime(bytes(diskBytes), slowest.goodput) : 0));
  const inputs: FactInput[] = [
    { name: 'memory', value: workload.memory, unit: 'bytes', source: workload.source },
    ...(diskBytes > 0 ? [{ name: 'local disk', value: diskBytes, unit: 'bytes' as const, source: workload.source }] : []),
    { name: `${slowest.host}:${slowest.nic.id} goodput`, value: slowest.goodput, unit: 'bits-per-second', factId: `network/${slowest.host}:${slowest.nic.id}/goodput` },
    { name: 'dirty rate', value: 0, unit: 'bits-per-second', assumed: true },
  ];
  const what = storage === 'local' ? '(memory + local disk)' : 'memory';
  const storageNote = storage === 'local' ? `local storage ${workload.storage ?? '(not given: assumed local)'} is copied too` : `shared storage ${workload.storage ?? ''}: memory only`;
  return facts.known('migration-time', total, {
    ...fields,
    formula: `${what} × 8 / ${formatRate(slowest.goodput)} (${slowest.host}:${slowest.nic.id}, ${slowest.how}, the slowest node's); ${storageNote}; idle guest (dirty rate 0), so a lower bound`,
    inputs,
  });
}

/** The NIC a node migrates over: one carrying the migration VLAN, one for migration, one whose purpose matches the VLAN's zone, the only one, or the slowest (assumed). */
function migrationNic(host: Host | undefined, cluster: ProxmoxCluster, model: Model, linkGoodput: ReadonlyMap<string, BitsPerSecond | undefined>): MigrationNic | undefined {
  if (host === undefined || host.nics.length === 0) return undefined;
  const vlan = model.network.vlans.find((candidate) => candidate.id === cluster.migrationNetwork);
  const goodputOf = (nic: Nic): BitsPerSecond => linkGoodput.get(`${host.id}:${nic.id}`) ?? tcpGoodput(nic.speed, { mtu: nic.mtu ?? 1500 });
  const pick = (nic: Nic | undefined, how: string, assumed = false): MigrationNic | undefined =>
    nic === undefined ? undefined : { host: host.id, nic, goodput: goodputOf(nic), how, assumed };
  if (vlan !== undefined) {
    const carrying = pick(host.nics.find((nic) => nic.vlans?.includes(vlan.id) === true), `carries VLAN ${vlan.id}`);
    if (carrying) return carrying;
  }
  const forMigration = pick(host.nics.find((nic) => nic.purpose === 'migration'), 'purpose migration');
  if (forMigration) return forMigration;
  if (vlan !== undefined) {
    const byZone = pick(host.nics.find((nic) => nic.purpose === vlan.zone), `purpose ${vlan.zone} matches VLAN ${vlan.id}'s zone`);
    if (byZone) return byZone;
  }
  if (host.nics.length === 1) return pick(host.nics[0], 'its only NIC');
  const slowest = [...host.nics].sort((a, b) => goodputOf(a) - goodputOf(b) || compareText(a.id, b.id))[0];
  return pick(slowest, 'slowest NIC, assumed', true);
}

/** Shared storage (Ceph, NFS, SMB, iSCSI, ZFS replication) moves memory only; anything else is copied. */
function storageKind(workload: Workload, cluster: ProxmoxCluster, model: Model): 'shared' | 'local' {
  const id = workload.storage;
  if (id === undefined) return 'local';
  if (cluster.sharedStorage.some((storage) => storage.id === id)) return 'shared';
  if (model.storage.ceph.some((ceph) => ceph.pools.some((pool) => pool.id === id))) return 'shared';
  if (model.storage.shares.some((share) => share.id === id)) return 'shared';
  return 'local';
}
