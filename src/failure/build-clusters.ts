/**
 * Hosts and clusters in the failure graph.
 *
 * - A host needs power, its boot device and a network path to its gateway.
 * - A Proxmox cluster is quorate while the votes of its members that are up (QDevice counted) reach a
 *   strict majority (quorum.ts: pvecm.adoc "Quorum" and "Corosync External Vote Support").
 * - A node's vote counts while the host is up and it reaches the others over ANY of its corosync links.
 *   A link is followed to the NICs that carry it (the link's `nics`, NICs tagged with its VLAN, or a
 *   NIC with purpose corosync for a separate VLAN) and the switch each is plugged into; a link that
 *   rides the management network needs nothing beyond the host's own reachability. Switches between
 *   two nodes on different switches are not followed.
 * - In a cluster with HA, a node that hosts HA guests has an active LRM and arms the watchdog: when it
 *   is not in the quorate partition it cannot reset the watchdog and reboots after 60 s ("fences"),
 *   taking every guest on it down; after the reboot `pve-guests` waits for quorum before starting
 *   guests (https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_cluster_resource_manager,
 *   https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum). Such a node is modelled as
 *   `member:<cluster>/<host>` = its vote AND the cluster's quorum; its guests need the member, not
 *   just the host. Nodes without HA guests do not fence, so their non-HA guests only need the host.
 * - A Kubernetes control plane needs a majority of its members for etcd quorum ("An etcd cluster
 *   needs a majority of nodes, a quorum", https://etcd.io/docs/v3.5/faq/#why-an-odd-number-of-cluster-members);
 *   external etcd members are not in the spec, so the control-plane members stand for them.
 */
import type { Host, ProxmoxCluster } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { componentOptions } from './build-context.js';
import type { NetworkNodes } from './build-network.js';
import { powerInput } from './build-power.js';
import type { StorageNodes } from './build-storage.js';
import type { HaCluster } from './ha-cluster.js';
import { clusterVotes, majority } from './quorum.js';

/** Adds a node for every host, needing power, boot device and reachability. */
export function addHosts(context: BuildContext, network: NetworkNodes, storage: StorageNodes): void {
  for (const host of context.model.hosts) {
    const id = context.builder.add('host', host.id, componentOptions(context, host, ['host'], host.availability, { detail: host.role }));
    context.builder.needs(id, powerInput(context, host));
    context.builder.needs(id, storage.bootOf(host.id));
    context.builder.needs(id, network.reachOf(host.id));
  }
}

/** Adds quorum, votes and (with HA) quorate-member nodes for Proxmox clusters, and Kubernetes control planes. */
export function addClusters(context: BuildContext, network: NetworkNodes, haClusters: readonly HaCluster[]): void {
  const { model, builder } = context;
  const hostsById = new Map(model.hosts.map((host) => [host.id, host]));
  for (const cluster of model.clusters.proxmox) {
    const votes = clusterVotes(cluster);
    const quorum = builder.add('cluster', cluster.id, {
      entity: cluster.id,
      source: cluster.source,
      gate: { kind: 'atLeast', k: votes.quorum },
      detail: `${votes.expected} votes, quorum ${votes.quorum}`,
    });
    const voteOf = new Map<string, string>();
    for (const node of cluster.nodes) {
      const vote = voteNode(context, network, cluster, node.host, hostsById.get(node.host));
      voteOf.set(node.host, vote);
      builder.needs(quorum, vote, node.votes);
    }
    if (cluster.qdevice) builder.needs(quorum, context.entityNode.get(cluster.qdevice.host), votes.qdevice);
    if (!haClusters.some((ha) => ha.cluster === cluster.id)) continue;
    for (const node of cluster.nodes) {
      const member = builder.add('member', `${cluster.id}/${node.host}`, { entity: node.host, source: cluster.source });
      builder.needs(member, voteOf.get(node.host));
      builder.needs(member, quorum);
    }
  }
  for (const cluster of model.clusters.kubernetes) {
    const members = [...new Set(cluster.controlPlane)];
    const id = builder.add('k8s', cluster.id, { entity: cluster.id, source: cluster.source, gate: { kind: 'atLeast', k: majority(members.length) }, detail: `etcd ${cluster.etcd}` });
    for (const member of members) builder.needs(id, context.entityNode.get(member));
  }
}

function voteNode(context: BuildContext, network: NetworkNodes, cluster: ProxmoxCluster, hostId: string, host: Host | undefined): string {
  const hostNode = `host:${hostId}`;
  const links = cluster.corosync?.links ?? [];
  if (!host || links.length === 0) return hostNode;
  const connections = network.topology.nicsOf.get(hostId) ?? [];
  const linkPaths: string[] = [];
  for (const [position, link] of links.entries()) {
    const named = (link.nics ?? []).filter((entry) => entry.startsWith(`${hostId}:`)).map((entry) => entry.slice(hostId.length + 1));
    const tagged = link.vlan === undefined ? [] : host.nics.filter((nic) => nic.vlans?.includes(link.vlan as string)).map((nic) => nic.id);
    const separate = link.vlan !== undefined && link.vlan !== host.managementVlan ? host.nics.filter((nic) => nic.purpose === 'corosync').map((nic) => nic.id) : [];
    const nics = named.length > 0 ? named : tagged.length > 0 ? tagged : separate;
    // A link that cannot be tied to NICs rides the host's own network, which the host node already needs.
    if (nics.length === 0) return hostNode;
    const viaNics = nics.map((nic) => {
      const device = connections.find((connection) => connection.nic === nic)?.device;
      const inputs = [network.nicNode(hostId, nic), ...(device === undefined ? [] : [`device:${device}`])];
      return context.builder.allOf('corosync', `${cluster.id}/${hostId}/${nic}`, inputs, { entity: hostId, source: cluster.source }) as string;
    });
    const path = context.builder.anyOf('corosync', `${cluster.id}/${hostId}/link${position}`, viaNics, { entity: hostId, source: cluster.source });
    if (path !== undefined) linkPaths.push(path);
  }
  const corosync = context.builder.anyOf('corosync', `${cluster.id}/${hostId}`, linkPaths, { entity: hostId, source: cluster.source });
  return context.builder.allOf('vote', `${cluster.id}/${hostId}`, [hostNode, ...(corosync === undefined ? [] : [corosync])], { entity: hostId, source: cluster.source }) ?? hostNode;
}
