/**
 * Maps a Proxmox VE snapshot to a Kestra spec. Pure: the same snapshot always gives the same spec,
 * ids and comments. Ids are handed out in a fixed order (nodes, cluster, VLANs, storage, guests,
 * HA groups, backups) so that a name clash always resolves the same way.
 */
import type { SpecInput } from '../../../model/schema/spec.js';
import { compareText } from '../../diagnostic.js';
import { createIdAllocator, slugId } from '../id-allocator.js';
import type { ImportResult } from '../import-result.js';
import { createAnnotations } from '../../spec-writer/annotations.js';
import { asString } from '../json-fields.js';
import { safeName } from '../safe-text.js';
import { pruneEmpty } from '../spec-input.js';
import { guestFacts } from './pve-guest-facts.js';
import { mapPveBackups } from './map-pve-backups.js';
import { haGuests, mapPveCluster } from './map-pve-cluster.js';
import { mapPveGuests } from './map-pve-guests.js';
import { mapPveHosts } from './map-pve-hosts.js';
import { mapPveStorage } from './map-pve-storage.js';
import { mapPveVlans } from './map-pve-vlans.js';
import type { PveMapContext } from './pve-map-context.js';
import { nicTopology } from './pve-network-topology.js';
import type { PveSnapshot } from './pve-snapshot.js';

/** The spec, comments and open questions for a Proxmox VE snapshot. */
export function mapPve(input: PveSnapshot): ImportResult {
  const snapshot = inStableOrder(input);
  const ids = createIdAllocator();
  const notes = createAnnotations();
  const questions: string[] = [];
  const skipped: string[] = [...snapshot.unavailable];
  const hostIds = new Map(snapshot.nodes.map((node) => [node.name, ids.take(slugId(node.name, 'node'), 'node')]));
  const context: PveMapContext = {
    snapshot,
    ids,
    notes,
    guests: snapshot.guests.map(guestFacts).filter((guest) => !guest.template),
    hostIds,
    topology: new Map(snapshot.nodes.map((node) => [node.name, nicTopology(node.network)])),
    ask: (question) => {
      if (!questions.includes(question)) questions.push(question);
    },
    skip: (what) => skipped.push(what),
  };

  const clusterEntry = snapshot.clusterStatus.find((entry) => entry.type === 'cluster');
  const clusterName = safeName(asString(clusterEntry?.name));
  const clusterId = clusterEntry ? ids.take(slugId(clusterName ?? 'cluster', 'cluster'), 'cluster') : undefined;
  const { vlans, vlanIds } = mapPveVlans(context);
  const { hosts, diskIds } = mapPveHosts(context, vlanIds);
  const storage = mapPveStorage(context, diskIds, clusterId);
  const { workloads, workloadIds } = mapPveGuests(context, storage, vlanIds, clusterId, haGuests(context));
  const clustered = clusterId ? mapPveCluster(context, clusterId, clusterName ?? clusterId, storage.sharedStorage) : undefined;
  const backups = mapPveBackups(context, storage.storages, workloadIds, storage.hostFor);

  const firstNode = snapshot.nodes[0]?.name ?? 'Proxmox VE';
  const site = { name: clusterName ?? firstNode };
  notes.field(site, 'name', 'assumed', `named after the ${clusterName ? 'cluster' : 'node'}; rename it freely`);
  const spec: SpecInput = {
    version: 1,
    site,
    hosts: [...hosts, ...storage.stubHosts, ...(clustered?.stubHosts ?? [])],
    ...(vlans.length > 0 ? { network: { vlans: [...vlans] } } : {}),
    storage: { zfs: [...storage.zfs], ceph: [...storage.ceph], shares: [...storage.shares] },
    ...(clustered ? { clusters: { proxmox: [clustered.cluster] } } : {}),
    workloads: [...workloads],
    backups: { targets: [...backups.targets], jobs: [...backups.jobs] },
  };
  return {
    tool: 'proxmox',
    summary: summaryOf(snapshot, clusterName, workloads.length),
    spec: pruneEmpty(spec),
    annotations: notes,
    questions,
    skipped,
  };
}

function summaryOf(snapshot: PveSnapshot, clusterName: string | undefined, guests: number): string {
  const version = snapshot.nodes.map((node) => /pve-manager\/([\d.]+)/.exec(asString(node.status?.pveversion) ?? '')?.[1]).find(Boolean);
  const product = `Proxmox VE${version ? ` ${version}` : ''}`;
  const nodes = snapshot.nodes.length;
  const qdevice = asString(snapshot.qdevice?.['QNetd host']) ? ' + QDevice' : '';
  const where = clusterName ? `cluster "${clusterName}" (${nodes} node${nodes === 1 ? '' : 's'}${qdevice})` : `node "${snapshot.nodes[0]?.name ?? '?'}"`;
  return `${product} ${where}, ${guests} guest${guests === 1 ? '' : 's'}${snapshot.ceph ? ', Ceph' : ''}`;
}

/** The snapshot with every list in a fixed order, so the spec does not depend on the order the API answered in. */
function inStableOrder(snapshot: PveSnapshot): PveSnapshot {
  const by = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => compareText(String(a[key] ?? ''), String(b[key] ?? ''));
  const byNumber = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => (Number(a[key]) || 0) - (Number(b[key]) || 0);
  return {
    ...snapshot,
    clusterStatus: [...snapshot.clusterStatus].sort(by('id')),
    corosyncNodes: [...snapshot.corosyncNodes].sort(by('name')),
    nodes: [...snapshot.nodes].sort((a, b) => compareText(a.name, b.name)),
    storage: [...snapshot.storage].sort(by('storage')),
    guests: [...snapshot.guests].sort((a, b) => byNumber('vmid')(a.resource, b.resource)),
    haResources: [...snapshot.haResources].sort(by('sid')),
    haPlacement: { kind: snapshot.haPlacement.kind, items: [...snapshot.haPlacement.items].sort(by(snapshot.haPlacement.kind === 'rules' ? 'rule' : 'group')) },
    replication: [...snapshot.replication].sort(by('id')),
    backupJobs: [...snapshot.backupJobs].sort(by('id')),
  };
}
