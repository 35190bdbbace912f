import { defineRule } from '../../rule.js';

export const cephNoRoomToReheal = defineRule({
  meta: {
    id: 'storage/ceph-no-room-to-reheal',
    layer: 'storage',
    title: 'Ceph cannot re-heal after losing a host',
    severity: 'medium',
    rationale:
      'After a host failure Ceph re-creates the lost replicas on the remaining hosts. That needs a spare failure domain (N ≥ size + 1 hosts) and room below the backfillfull ratio on N − 1 hosts. Without either, the cluster stays degraded until the host returns, and one more failure loses availability.',
    remediation: 'Add a host (N ≥ size + 1) or keep raw utilisation below backfillfull × (N − 1)/N, by adding OSDs or freeing space.',
    references: ['https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity', 'https://pve.proxmox.com/pve-docs/chapter-pveceph.html'],
    messages: { noRoom: 'Ceph cluster "{ceph}" ({hosts} host(s)) cannot restore full redundancy after a host loss.' },
    needs: ['facts'],
    analyzers: ['storage'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve2, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve3, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
storage:
  ceph:
    - id: ceph
      monitors: [pve1, pve2, pve3]
      osds: [{ host: pve1, disk: osd }, { host: pve2, disk: osd }, { host: pve3, disk: osd }]
      pools: [{ id: vm, size: 3, used: 500GB }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve2, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve3, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve4, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
storage:
  ceph:
    - id: ceph
      monitors: [pve1, pve2, pve3]
      osds: [{ host: pve1, disk: osd }, { host: pve2, disk: osd }, { host: pve3, disk: osd }, { host: pve4, disk: osd }]
      pools: [{ id: vm, size: 3, used: 500GB }]
`,
    },
  },
  subjects: ({ model, fact }) => model.storage.ceph.filter((ceph) => fact(`storage/${ceph.id}/can-reheal-after-host-loss`)?.status === 'known'),
  check(ceph, context) {
    if (context.fact(`storage/${ceph.id}/can-reheal-after-host-loss`)?.value !== false) return;
    const evidence = [`storage/${ceph.id}/can-reheal-after-host-loss`, `storage/${ceph.id}/hosts`, `storage/${ceph.id}/max-raw-utilisation-for-host-loss`].filter((id) => context.fact(id));
    context.report({ messageId: 'noRoom', data: { ceph: ceph.id, hosts: context.number(`storage/${ceph.id}/hosts`) ?? new Set(ceph.osds.map((osd) => osd.host)).size }, evidence });
  },
});
