import { defineRule } from '../../rule.js';

export const corosyncWithoutRedundantLink = defineRule({
  meta: {
    id: 'cluster/corosync-without-redundant-link',
    layer: 'cluster',
    title: 'Corosync without a dedicated or redundant link',
    severity: 'medium',
    rationale:
      'Corosync needs latency under 5 ms. Sharing its only link with storage, backup or guest traffic lets a busy link delay tokens until nodes lose quorum and HA fences them. The PVE docs ask for a dedicated NIC and at least one more link on a separate network ("A single link backed by a bond is not enough").',
    remediation:
      'Put corosync on its own NIC and switch (a dedicated 1 Gbit link is enough) and add a second corosync link on another network as a fallback (pvecm: --link0/--link1).',
    references: ['https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network_requirements', 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_redundancy'],
    messages: {
      noLinks: 'Cluster "{cluster}" declares no corosync link; Kestra cannot tell whether corosync shares a busy network.',
      notDedicated: 'Cluster "{cluster}" runs corosync only on shared link(s) ({links}); no link carries corosync alone.',
      single: 'Cluster "{cluster}" has a single corosync link ({links}); one NIC, cable or switch failure splits the cluster.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
network:
  vlans:
    - { id: lan, vid: 1, zone: management }
clusters:
  proxmox:
    - id: lab
      nodes: [pve1, pve2, pve3]
      corosync:
        links:
          - { vlan: lan, dedicated: false }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
network:
  vlans:
    - { id: lan, vid: 1, zone: management }
    - { id: ring0, vid: 40, zone: management }
clusters:
  proxmox:
    - id: lab
      nodes: [pve1, pve2, pve3]
      corosync:
        links:
          - { vlan: ring0, dedicated: true }
          - { vlan: lan, dedicated: false }
`,
    },
  },
  subjects: ({ model }) => model.clusters.proxmox.filter((cluster) => cluster.nodes.length >= 2),
  check(cluster, context) {
    const links = cluster.corosync?.links ?? [];
    const names = links.map((link, index) => link.vlan ?? `link${index}`).join(', ');
    if (links.length === 0) context.report({ messageId: 'noLinks', data: { cluster: cluster.id } });
    else if (!links.some((link) => link.dedicated)) context.report({ messageId: 'notDedicated', data: { cluster: cluster.id, links: names } });
    else if (links.length < 2) context.report({ messageId: 'single', data: { cluster: cluster.id, links: names } });
  },
});
