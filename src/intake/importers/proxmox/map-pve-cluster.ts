/**
 * The Proxmox VE cluster: nodes and votes, the QDevice (known only by address), corosync links,
 * HA groups (or, from Proxmox VE 9, HA node-affinity rules) and the cluster-wide storages.
 */
import { compareText } from '../../diagnostic.js';
import { slugId } from '../id-allocator.js';
import { asBoolean, asNumber, asString } from '../json-fields.js';
import type { HostInput, ProxmoxClusterInput, PveMapContext, SharedStorageInput } from './pve-map-context.js';

type Group = NonNullable<NonNullable<ProxmoxClusterInput['ha']>['groups']>[number];

/** The vmids Proxmox HA manages (from GET /cluster/ha/resources and the guests' hastate). */
export function haGuests(context: PveMapContext): Set<number> {
  const managed = new Set<number>();
  for (const resource of context.snapshot.haResources) {
    const match = /^(?:vm|ct):(\d+)$/.exec(asString(resource.sid) ?? '');
    if (match) managed.add(Number(match[1]));
  }
  for (const guest of context.guests) if (guest.haState !== undefined) managed.add(guest.vmid);
  return managed;
}

/** Maps the cluster; returns no cluster for a single node that is not clustered. */
export function mapPveCluster(
  context: PveMapContext,
  clusterId: string,
  name: string,
  sharedStorage: readonly SharedStorageInput[],
): { cluster: ProxmoxClusterInput; stubHosts: HostInput[] } {
  const snapshot = context.snapshot;
  const votes = new Map(snapshot.corosyncNodes.map((entry) => [asString(entry.node) ?? asString(entry.name) ?? '', asNumber(entry.quorum_votes) ?? 1]));
  const members = snapshot.clusterStatus.filter((entry) => entry.type === 'node').map((entry) => String(entry.name));
  const nodes = [...new Set([...members, ...votes.keys()])]
    .filter((node) => context.hostIds.has(node))
    .sort(compareText)
    .map((node) => {
      const host = context.hostIds.get(node) as string;
      const nodeVotes = votes.get(node) ?? 1;
      return nodeVotes === 1 ? host : { host, votes: nodeVotes };
    });
  const cluster: ProxmoxClusterInput = { id: clusterId, ...(name !== clusterId ? { name } : {}), nodes };

  const stubHosts: HostInput[] = [];
  const qnetd = asString(snapshot.qdevice?.['QNetd host']);
  if (qnetd !== undefined) {
    const address = qnetd.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const id = context.ids.take(/[a-z]/i.test(address) ? slugId(address, 'qdevice') : `qdevice-${slugId(address, 'host')}`, 'qdevice');
    const stub: HostInput = { id, role: 'other' };
    context.notes.entity(stub, 'imported', `proxmox: the QDevice (corosync-qnetd) at ${address}; Proxmox knows only its address`);
    context.notes.field(stub, 'role', 'assumed', 'a Raspberry Pi, NAS or VM often runs corosync-qnetd');
    context.ask(`What runs the QDevice at ${address} (added as host "${id}")? Give its role, and its power feed: a QDevice on the same UPS as the nodes does not help in a power cut.`);
    stubHosts.push(stub);
    cluster.qdevice = { host: id };
  }

  const linkCount = Math.max(0, ...snapshot.corosyncNodes.map((entry) => Object.keys(entry).filter((key) => /^(ring|link)\d+_addr$/.test(key)).length));
  if (linkCount > 0) {
    const links = Array.from({ length: linkCount }, () => {
      const link = { dedicated: false };
      context.notes.field(link, 'dedicated', 'assumed', 'Proxmox shows only the link addresses');
      return link;
    });
    cluster.corosync = { links };
    context.ask('Corosync: which VLAN does each corosync link use, and is any link on a dedicated switch or NIC?');
  }

  const groups = haGroups(context);
  cluster.ha = { enabled: snapshot.haResources.length > 0, ...(groups.length > 0 ? { groups } : {}) };
  if (sharedStorage.length > 0) cluster.sharedStorage = [...sharedStorage];
  const quorate = snapshot.clusterStatus.find((entry) => entry.type === 'cluster')?.quorate;
  context.notes.entity(cluster, 'imported', `proxmox cluster ${name}${asBoolean(quorate) === true ? ', quorate at import' : asBoolean(quorate) === false ? ', NOT quorate at import' : ''}`);
  return { cluster, stubHosts };
}

/** HA groups (Proxmox VE ≤ 8) or node-affinity rules (Proxmox VE 9, which replaced groups). */
function haGroups(context: PveMapContext): Group[] {
  const { kind, items } = context.snapshot.haPlacement;
  const nodesOf = (text: string | undefined) =>
    [...new Set((text ?? '').split(',').map((entry) => entry.split(':')[0] ?? '').filter((node) => context.hostIds.has(node)))]
      .map((node) => context.hostIds.get(node) as string)
      .sort(compareText);
  return [...items]
    .sort((a, b) => compareText(String(a.group ?? a.rule), String(b.group ?? b.rule)))
    .flatMap((item): Group[] => {
      const name = asString(kind === 'rules' ? item.rule : item.group);
      if (name === undefined) return [];
      if (kind === 'rules' && item.type !== 'node-affinity') {
        context.skip(`HA rule ${name}: ${String(item.type)} rules are not modelled`);
        return [];
      }
      const nodes = nodesOf(asString(item.nodes));
      if (nodes.length === 0) return [];
      const restricted = asBoolean(kind === 'rules' ? item.strict : item.restricted) ?? false;
      const group: Group = { id: context.ids.take(slugId(name, 'ha-group'), 'ha'), nodes, restricted };
      return [group];
    });
}
