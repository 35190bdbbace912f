import { defineRule } from '../../rule.js';

export const haGuestWithoutSharedStorage = defineRule({
  meta: {
    id: 'cluster/ha-guest-without-shared-storage',
    layer: 'cluster',
    title: 'HA guest on storage the other nodes cannot reach',
    severity: 'high',
    rationale:
      'HA restarts a guest on another node only if that node can reach its disk: shared storage (Ceph RBD, NFS, iSCSI) or ZFS replication. A guest on local storage marked HA cannot be recovered when its node dies.',
    remediation:
      'Move the guest\'s disk to shared storage (Ceph, NFS) or set up ZFS storage replication (pvesr) to the nodes in its HA group, and list it under the cluster\'s sharedStorage.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_requirements', 'https://pve.proxmox.com/pve-docs/chapter-pvesr.html'],
    messages: {
      localStorage: 'HA guest "{workload}" keeps its disk on "{storage}", which is not shared storage of cluster "{cluster}".',
      noStorage: 'HA guest "{workload}" does not say where its disk lives; HA needs shared or replicated storage.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: ssd, size: 1TB, kind: ssd }] }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
storage:
  zfs:
    - { id: local1, host: pve1, vdevs: [{ layout: stripe, disks: [ssd] }] }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], ha: { enabled: true } }
workloads:
  - { id: dns, kind: vm, host: pve1, cluster: lab, storage: local1, ha: true }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
  - { id: nas, role: nas }
storage:
  shares:
    - { id: vmstore, host: nas, protocol: nfs }
clusters:
  proxmox:
    - id: lab
      nodes: [pve1, pve2, pve3]
      ha: { enabled: true }
      sharedStorage: [{ id: nfs-vm, kind: nfs, source: vmstore }]
workloads:
  - { id: dns, kind: vm, host: pve1, cluster: lab, storage: nfs-vm, ha: true }
`,
    },
  },
  subjects: ({ model }) => model.workloads.filter((workload) => workload.ha && (workload.kind === 'vm' || workload.kind === 'ct')),
  check(workload, context) {
    const cluster = context.model.clusters.proxmox.find((candidate) => candidate.id === workload.cluster || candidate.nodes.some((node) => node.host === workload.host));
    if (!workload.storage) {
      context.report({ messageId: 'noStorage', data: { workload: workload.id } });
      return;
    }
    const shared = cluster?.sharedStorage ?? [];
    if (shared.some((storage) => storage.id === workload.storage || storage.source === workload.storage)) return;
    context.report({
      messageId: 'localStorage',
      data: { workload: workload.id, storage: workload.storage, cluster: cluster?.id ?? workload.cluster ?? 'none' },
      subjects: [workload.storage],
    });
  },
});
