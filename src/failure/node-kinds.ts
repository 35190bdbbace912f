/**
 * The kinds of node in the failure graph. A node id is `<kind>:<name>` (`host:pve1`, `disk:nas/hdd-1`,
 * `vdev:tank/0`, `cluster:homelab`). Component kinds are things that break on their own (a host, a
 * switch, a disk, a cable, an ISP); the other kinds are states derived from them (a pool is up while
 * its vdevs are, a cluster is quorate while a majority of votes is up) and never fail by themselves.
 */
export const nodeKinds = [
  'feed',
  'ups',
  'pdu',
  'power',
  'device',
  'link',
  'nic',
  'path',
  'reach',
  'host',
  'boot',
  'disk',
  'vdev',
  'pool',
  'raid',
  'share',
  'ceph',
  'ceph-domain',
  'pg',
  'ceph-pool',
  'vlan',
  'wan',
  'internet',
  'vpn',
  'corosync',
  'vote',
  'cluster',
  'member',
  'placement',
  'k8s',
  'workload',
  'backup-target',
] as const;
export type NodeKind = (typeof nodeKinds)[number];

/** Kinds that fail on their own; only these are failed in scenarios and ranked as single points of failure. */
export const componentKinds: ReadonlySet<NodeKind> = new Set<NodeKind>(['feed', 'ups', 'pdu', 'device', 'link', 'nic', 'host', 'disk', 'wan', 'workload']);

/**
 * Plumbing: nodes that only exist to express a gate (any of two feeds, any of two uplinks). They are
 * left out of impact listings because a reader cannot act on "path:sw1@gw is down".
 */
export const internalKinds: ReadonlySet<NodeKind> = new Set<NodeKind>(['power', 'path', 'reach', 'boot', 'vdev', 'ceph-domain', 'pg', 'corosync', 'vote', 'member', 'placement']);

/**
 * What users lose: a single component whose failure takes any of these down is a single point of
 * failure. Workloads are ranked by their criticality; access (VLANs, internet, VPNs) comes after them.
 */
export const serviceKinds: ReadonlySet<NodeKind> = new Set<NodeKind>(['workload', 'vlan', 'internet', 'vpn']);

/** Plural titles for listings, in the order reports show them. */
export const kindTitles: Readonly<Record<NodeKind, string>> = {
  workload: 'workloads',
  vlan: 'VLANs',
  internet: 'internet access',
  vpn: 'VPNs',
  wan: 'WAN uplinks',
  host: 'hosts',
  cluster: 'cluster quorum',
  k8s: 'Kubernetes control planes',
  pool: 'ZFS pools',
  raid: 'RAID arrays',
  ceph: 'Ceph monitor quorum',
  'ceph-pool': 'Ceph pools',
  share: 'shares',
  'backup-target': 'backup targets',
  device: 'network devices',
  link: 'links',
  nic: 'NICs',
  disk: 'disks',
  feed: 'power feeds',
  ups: 'UPSes',
  pdu: 'PDUs',
  power: 'power inputs',
  path: 'network paths',
  reach: 'host reachability',
  boot: 'boot devices',
  vdev: 'vdevs',
  'ceph-domain': 'Ceph failure domains',
  pg: 'Ceph placement groups',
  corosync: 'corosync links',
  vote: 'quorum votes',
  member: 'quorate cluster members',
  placement: 'HA placements',
};

/** Kinds in the order listings show them (the order of `kindTitles`). */
export const displayOrder: readonly NodeKind[] = Object.keys(kindTitles) as NodeKind[];

/** Splits a node id into its kind and name; undefined when the prefix is not a node kind. */
export function parseNodeId(id: string): { readonly kind: NodeKind; readonly name: string } | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const kind = id.slice(0, colon);
  return (nodeKinds as readonly string[]).includes(kind) ? { kind: kind as NodeKind, name: id.slice(colon + 1) } : undefined;
}
