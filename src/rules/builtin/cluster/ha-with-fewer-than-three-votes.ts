import { defineRule } from '../../rule.js';

export const haWithFewerThanThreeVotes = defineRule({
  meta: {
    id: 'cluster/ha-with-fewer-than-three-votes',
    layer: 'cluster',
    title: 'HA enabled on a cluster with fewer than three votes',
    severity: 'high',
    rationale:
      'Proxmox HA needs "at least three cluster nodes (to get reliable quorum)". With fewer votes one failure leaves no majority; a node without quorum cannot reset its watchdog and fences itself after 60 s, so HA reboots the survivor instead of recovering guests.',
    remediation: 'Give the cluster a third vote (a third node, or a QDevice for an even node count) before relying on HA, or disable HA.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_requirements', 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum'],
    messages: {
      fewVotes: 'Cluster "{cluster}" has HA enabled with {votes} vote(s) in total; HA needs at least 3 for reliable quorum.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], ha: { enabled: true } }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pi, role: sbc }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], qdevice: { host: pi }, ha: { enabled: true } }
`,
    },
  },
  subjects: ({ model }) => model.clusters.proxmox.filter((cluster) => cluster.ha?.enabled === true),
  check(cluster, context) {
    // A QDevice adds one vote to an even-sized cluster (pvecm "Supported Setups").
    const votes = cluster.nodes.reduce((total, node) => total + node.votes, 0) + (cluster.qdevice ? 1 : 0);
    if (votes >= 3) return;
    context.report({
      messageId: 'fewVotes',
      data: { cluster: cluster.id, votes },
      blastRadius: context.model.workloads.filter((workload) => workload.cluster === cluster.id && workload.ha).map((workload) => workload.id),
    });
  },
});
