/**
 * Corosync votequorum as Proxmox VE uses it. Quorum is a strict majority of the expected votes,
 * floor(expected / 2) + 1 (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum, corosync
 * votequorum(5)). A QDevice adds 1 vote to a cluster with an even node count and N − 1 votes to an
 * odd one, where PVE discourages it: if the QNet daemon fails then, no node may fail
 * (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_corosync_external_vote_support).
 * Test vectors Q1–Q8 in the domain reference.
 */

/** Votes a partition needs: floor(expected / 2) + 1. */
export function quorumVotes(expected: number): number {
  return Math.floor(expected / 2) + 1;
}

/** Votes a QDevice contributes to a cluster of `nodes` one-vote nodes (0 for no nodes). */
export function qdeviceVotes(nodes: number): number {
  if (nodes <= 0) return 0;
  return nodes % 2 === 0 ? 1 : Math.max(1, nodes - 1);
}

export interface QuorumFigures {
  /** Expected votes: one per node plus the QDevice's. */
  readonly expected: number;
  readonly quorum: number;
  /** Nodes that may fail at once with every other voter up. */
  readonly nodeFailuresTolerated: number;
  /** Nodes that may fail at once while the QDevice is also down (equal to the above without one). */
  readonly nodeFailuresToleratedWithoutQdevice: number;
}

/** Quorum figures of `nodes` one-vote nodes, with or without a QDevice. */
export function clusterQuorum(nodes: number, withQdevice: boolean): QuorumFigures {
  const qdevice = withQdevice ? qdeviceVotes(nodes) : 0;
  const expected = nodes + qdevice;
  const quorum = quorumVotes(expected);
  const tolerated = (extra: number) => Math.max(0, Math.min(nodes, nodes + extra - quorum));
  return { expected, quorum, nodeFailuresTolerated: tolerated(qdevice), nodeFailuresToleratedWithoutQdevice: tolerated(0) };
}
