import { defineRule } from '../../rule.js';

export const twoNodeWithoutQdevice = defineRule({
  meta: {
    id: 'cluster/two-node-without-qdevice',
    layer: 'cluster',
    title: 'Two-node cluster without a QDevice',
    severity: 'high',
    rationale:
      'Quorum is a majority of votes (floor(N/2)+1). With two one-vote nodes that is 2: when either node fails, or the link between them does, the survivor loses quorum, /etc/pve turns read-only and HA cannot restart anything.',
    remediation:
      'Add a QDevice (corosync-qnetd on a third machine: a Raspberry Pi, the NAS or a small VM off-cluster) with "pvecm qdevice setup <ip>", or add a third node.',
    references: [
      'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_corosync_external_vote_support',
      'https://github.com/corosync/corosync/blob/main/man/votequorum.5',
    ],
    messages: {
      noQdevice: 'Cluster "{cluster}" has {nodes} nodes with {votes} votes and no QDevice: losing either node loses quorum.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2] }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pi, role: sbc }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], qdevice: { host: pi } }
`,
    },
  },
  subjects: ({ model }) => model.clusters.proxmox.filter((cluster) => cluster.nodes.length === 2),
  check(cluster, context) {
    if (cluster.qdevice) return;
    const votes = cluster.nodes.reduce((total, node) => total + node.votes, 0);
    context.report({
      messageId: 'noQdevice',
      data: { cluster: cluster.id, nodes: cluster.nodes.length, votes },
      blastRadius: context.model.workloads.filter((workload) => workload.cluster === cluster.id).map((workload) => workload.id),
    });
  },
});
