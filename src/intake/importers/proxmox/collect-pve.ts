/**
 * Reads every API path Kestra needs from a Proxmox VE source into a snapshot. Paths every
 * supported version has are required (their absence stops the import with a clear error); paths
 * that depend on the version or on installed features (HA rules, Ceph) are optional.
 */
import { compareText } from '../../diagnostic.js';
import { asBoolean, asNumber, asRecord, asRecords, asString } from '../json-fields.js';
import { SourceError } from '../source-error.js';
import type { PveGuest, PveNode, PveSnapshot, PveZfsPool } from './pve-snapshot.js';
import type { PveSource } from './pve-source.js';

/** Reads the snapshot. Throws a SourceError when a required path is missing or the source refuses. */
export async function collectPve(source: PveSource): Promise<PveSnapshot> {
  const unavailable: string[] = [];
  const required = async (path: string): Promise<unknown> => {
    const reply = await source.get(path);
    if (!reply.found) throw new SourceError(reply.reason, reply.hint);
    return reply.data;
  };
  const optional = async (path: string): Promise<unknown> => {
    const reply = await source.get(path);
    return reply.found ? reply.data : undefined;
  };

  const clusterStatus = asRecords(await required('/cluster/status'));
  const clustered = clusterStatus.some((entry) => entry.type === 'cluster');
  const corosyncNodes = clustered ? asRecords(await optional('/cluster/config/nodes')) : [];
  const qdevice = clustered ? asRecord(await optional('/cluster/config/qdevice')) : undefined;

  const nodeEntries = asRecords(await required('/nodes'))
    .filter((entry) => asString(entry.node) !== undefined)
    .sort((a, b) => compareText(String(a.node), String(b.node)));
  const nodes: PveNode[] = [];
  for (const entry of nodeEntries) {
    const name = String(entry.node);
    const online = entry.status === undefined || entry.status === 'online';
    if (!online) {
      unavailable.push(`node ${name} is offline: its hardware, disks and network were not read`);
      nodes.push({ name, online, entry, disks: [], zfs: [], network: [] });
      continue;
    }
    const base = `/nodes/${name}`;
    const status = asRecord(await required(`${base}/status`));
    const disks = asRecords(await required(`${base}/disks/list`));
    const network = asRecords(await required(`${base}/network`));
    const zfs: PveZfsPool[] = [];
    for (const summary of asRecords(await optional(`${base}/disks/zfs`))) {
      const pool = asString(summary.name);
      if (pool === undefined) continue;
      const detail = asRecord(await optional(`${base}/disks/zfs/${pool}`));
      if (!detail) unavailable.push(`the vdev layout of ZFS pool ${pool} on ${name} (${base}/disks/zfs/${pool})`);
      zfs.push(detail ? { summary, detail } : { summary });
    }
    nodes.push({ name, online, entry, status, disks, zfs, network });
  }

  const storage = asRecords(await required('/storage'));
  const online = new Set(nodes.filter((node) => node.online).map((node) => node.name));
  const guests: PveGuest[] = [];
  const resources = asRecords(await required('/cluster/resources'))
    .filter((entry) => entry.type === 'qemu' || entry.type === 'lxc')
    .sort((a, b) => (asNumber(a.vmid) ?? 0) - (asNumber(b.vmid) ?? 0));
  for (const resource of resources) {
    const node = asString(resource.node) ?? '';
    if (asBoolean(resource.template) === true || !online.has(node)) {
      guests.push({ resource });
      continue;
    }
    const config = asRecord(await required(`/nodes/${node}/${String(resource.type)}/${String(resource.vmid)}/config`));
    guests.push(config ? { resource, config } : { resource });
  }

  const haResources = asRecords(await optional('/cluster/ha/resources'));
  const rules = await optional('/cluster/ha/rules');
  const haPlacement =
    rules !== undefined
      ? { kind: 'rules' as const, items: asRecords(rules) }
      : { kind: 'groups' as const, items: asRecords(await optional('/cluster/ha/groups')) };
  const replication = asRecords(await optional('/cluster/replication'));
  const backupJobs = asRecords(await optional('/cluster/backup'));

  const ceph = await collectCeph(optional, nodes);
  return { clusterStatus, corosyncNodes, qdevice, nodes, storage, guests, haResources, haPlacement, replication, backupJobs, ceph, unavailable };
}

/** Ceph status and pools, where Ceph is installed; pools moved from …/ceph/pools to …/ceph/pool in Proxmox VE 7.2. */
async function collectCeph(optional: (path: string) => Promise<unknown>, nodes: readonly PveNode[]): Promise<PveSnapshot['ceph']> {
  const status = asRecord(await optional('/cluster/ceph/status'));
  if (!status) return undefined;
  for (const node of nodes.filter((candidate) => candidate.online)) {
    const pools = (await optional(`/nodes/${node.name}/ceph/pool`)) ?? (await optional(`/nodes/${node.name}/ceph/pools`));
    if (pools !== undefined) return { status, pools: asRecords(pools) };
  }
  return { status, pools: [] };
}

