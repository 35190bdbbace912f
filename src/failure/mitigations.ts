/**
 * The mitigation a single point of failure calls for, by what kind of component it is and where it
 * sits in the graph. The rules layer turns these into cited findings; here they are plain advice.
 */
import type { BlastRadius } from './blast-radius.js';
import type { FailureGraph, FailureNode } from './graph.js';

type Advice = (context: { readonly graph: FailureGraph; readonly node: FailureNode; readonly index: number; readonly radius: BlastRadius }) => string;

const deviceAdvice: Readonly<Record<string, string>> = {
  switch: 'Add a second switch and cable every host to both (active-backup bond, or LACP across a stacked/MLAG pair); uplink the gateway to both.',
  gateway: 'Run a redundant gateway pair (OPNsense/pfSense CARP with pfsync, or VRRP) or keep a cold spare with a current config backup and a tested swap procedure.',
  router: 'Run a redundant router pair (VRRP/CARP) or keep a cold spare with a current config backup.',
  firewall: 'Run a firewall HA pair (OPNsense/pfSense CARP with pfsync) or keep a cold spare with a current config backup.',
  'access-point': 'Add a second access point so wireless clients can roam to it.',
  modem: 'Add a second uplink on other media (LTE/5G) terminated on its own modem.',
  ont: 'Add a second uplink on other media (LTE/5G); the ONT belongs to the fibre line.',
};

const advice: Readonly<Partial<Record<FailureNode['kind'], Advice>>> = {
  feed: () => 'Give dual-PSU equipment a second, independent feed (another circuit, or a UPS on another circuit); a UPS only bridges outages shorter than its runtime.',
  ups: () => 'Plug the second PSU of each critical device into another UPS or feed, and configure automated shutdown (NUT) for outages longer than the runtime; replace batteries every 3–5 years.',
  pdu: () => 'Feed dual-PSU devices from two PDUs on separate UPSes.',
  link: () => 'Add a second cable between the two devices (LACP) or a second path through another switch.',
  nic: () => 'Add a second NIC cabled to another switch and bond the two (active-backup).',
  wan: () => 'Add a second uplink (LTE/5G failover) on the gateway; services reached from the internet need it.',
  device: ({ node }) => deviceAdvice[node.detail ?? ''] ?? 'Add a redundant device or keep a configured spare.',
  disk: ({ graph, index }) => {
    const dependents = dependentsOf(graph, index);
    const boots = (node: FailureNode) => node.kind === 'boot' || node.kind === 'host';
    const viaVdev = dependents.filter((dependent) => dependent.kind === 'vdev').flatMap((vdev) => dependentsOf(graph, graph.index.get(vdev.id) as number));
    if (dependents.some(boots) || viaVdev.some(boots)) return 'Mirror the boot disk (ZFS RAID1 in the PVE installer, or add a second disk and `zpool attach` it).';
    if (dependents.some((dependent) => dependent.kind === 'ceph-domain')) return 'Add OSD hosts beyond the pool size so Ceph can re-replicate after a loss, or lower the pool to a layout its hosts can carry.';
    return 'Give the vdev redundancy: attach a second disk to make it a mirror (`zpool attach`), or rebuild as RAIDZ2.';
  },
  workload: ({ radius }) =>
    (radius.down.workload ?? []).length > 0
      ? 'Run a second instance of what others depend on (a second DNS resolver or domain controller), or make it an HA guest on shared storage; split containers across more than one VM.'
      : 'Run a second instance or make it an HA guest.',
  host: ({ graph, node, index, radius }) => {
    const quorumLost = (radius.down.cluster ?? []).length > 0;
    const ha = haHostsOf(graph).has(node.name);
    if (quorumLost && ha) return 'Give the cluster another vote so the survivors keep quorum: a QDevice (corosync-qnetd on a third machine) for an even node count, or a third node.';
    if (ha) return 'Make its remaining guests HA on shared or replicated storage and keep enough free memory on the other nodes for them (see N+1).';
    if (quorumLost) return 'Enable HA for its critical guests on shared or replicated storage (Ceph, NFS, ZFS replication), and first give the cluster a third vote (a QDevice or a third node): losing this node loses quorum today.';
    if (dependentsOf(graph, index).some((dependent) => dependent.kind === 'cluster' || dependent.kind === 'vote')) return 'Enable HA for its critical guests on shared or replicated storage (Ceph, NFS, ZFS replication) so they restart on another node.';
    if (node.detail === 'nas' || node.detail === 'backup-server') return 'Replicate its data to a second box (ZFS send/receive, Synology Snapshot Replication) and keep an offsite copy; decide how clients switch over.';
    return 'Add a second host and run its critical workloads as HA guests in a cluster with three votes (a third node or a QDevice) on shared or replicated storage; until then keep tested backups restorable within their RTO.';
  },
};

/** The mitigation for a single point of failure at node `index` with blast radius `radius`. */
export function mitigationFor(graph: FailureGraph, index: number, radius: BlastRadius): string {
  const node = graph.nodes[index] as FailureNode;
  return (advice[node.kind] ?? (() => 'Add redundancy for it.'))({ graph, node, index, radius });
}

const haHosts = new WeakMap<FailureGraph, ReadonlySet<string>>();

/** Hosts that are nodes of a cluster with HA (cached per graph). */
function haHostsOf(graph: FailureGraph): ReadonlySet<string> {
  let hosts = haHosts.get(graph);
  if (!hosts) {
    hosts = new Set(graph.ha.flatMap((cluster) => cluster.nodes.map((node) => node.host)));
    haHosts.set(graph, hosts);
  }
  return hosts;
}

function dependentsOf(graph: FailureGraph, index: number): FailureNode[] {
  const result: FailureNode[] = [];
  for (let edge = graph.dependentStart[index] as number; edge < (graph.dependentStart[index + 1] as number); edge++) {
    result.push(graph.nodes[graph.dependentNode[edge] as number] as FailureNode);
  }
  return result;
}
