/**
 * Proxmox VE cluster votes and quorum (corosync votequorum).
 *
 * - Each node has one vote unless configured otherwise; quorum is a strict majority,
 *   floor(expected / 2) + 1 ("50% of the votes + 1"): https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum
 *   and corosync votequorum(5): https://github.com/corosync/corosync/blob/main/man/votequorum.5
 * - A QDevice (corosync-qnetd) adds one vote to a cluster with an even node count (ffsplit) and N−1
 *   votes to one with an odd count (lms), where it is discouraged because a failed QNet daemon then
 *   leaves no node able to fail: https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_corosync_external_vote_support
 *   ("Supported Setups"). Test vectors Q1–Q8 in the domain reference.
 */
import { qdeviceVotes, quorumVotes } from '../calc/cluster/votequorum.js';
import type { ProxmoxCluster } from '../model/types.js';

export interface ClusterVotes {
  /** Votes of the QDevice (0 without one). */
  readonly qdevice: number;
  /** Expected votes: every node's votes plus the QDevice's. */
  readonly expected: number;
  /** Votes a partition needs to be quorate. */
  readonly quorum: number;
}

/** Votes and quorum of a Proxmox cluster. */
export function clusterVotes(cluster: Pick<ProxmoxCluster, 'nodes' | 'qdevice'>): ClusterVotes {
  const nodeVotes = cluster.nodes.reduce((total, node) => total + node.votes, 0);
  const qdevice = cluster.qdevice ? qdeviceVotes(cluster.nodes.length) : 0;
  const expected = nodeVotes + qdevice;
  return { qdevice, expected, quorum: quorumVotes(expected) };
}

/** Majority of n members (etcd, Ceph monitors): floor(n/2) + 1, the same strict majority as votequorum's. */
export function majority(count: number): number {
  return quorumVotes(count);
}
