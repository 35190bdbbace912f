import { defineRule } from '../../rule.js';

export const cephFewerThanThreeNodes = defineRule({
  meta: {
    id: 'storage/ceph-fewer-than-three-nodes',
    layer: 'storage',
    title: 'Ceph on fewer than three nodes or monitors',
    severity: 'high',
    rationale:
      'Ceph places replicas on different hosts; with fewer than three OSD hosts a size-3 pool cannot place its copies, and with fewer than three monitors one monitor failure stops the cluster. Proxmox asks for "at least three (preferably) identical servers" and "At least three Monitors are needed for quorum".',
    remediation: 'Run Ceph on at least three nodes with OSDs and a monitor on each; with two nodes use ZFS with storage replication instead.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-pveceph.html#_precondition', 'https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#monitor-quorum'],
    messages: {
      hosts: 'Ceph cluster "{ceph}" has OSDs on {hosts} host(s); it needs at least 3 to place three replicas on separate hosts.',
      monitors: 'Ceph cluster "{ceph}" has {monitors} monitor(s); at least 3 are needed so one can fail without losing quorum.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
  - { id: pve2, role: hypervisor, disks: [{ id: osd, size: 2TB, kind: nvme }] }
storage:
  ceph:
    - id: ceph
      monitors: [pve1, pve2]
      osds: [{ host: pve1, disk: osd }, { host: pve2, disk: osd }]
`,
      passing: `version: 1
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
`,
    },
  },
  subjects: ({ model }) => model.storage.ceph,
  check(ceph, context) {
    const hosts = context.number(`storage/${ceph.id}/hosts`) ?? new Set(ceph.osds.map((osd) => osd.host)).size;
    const evidence = context.fact(`storage/${ceph.id}/hosts`) ? [`storage/${ceph.id}/hosts`] : [];
    if (hosts < 3) context.report({ messageId: 'hosts', data: { ceph: ceph.id, hosts }, evidence });
    if (ceph.monitors.length < 3) context.report({ messageId: 'monitors', data: { ceph: ceph.id, monitors: ceph.monitors.length } });
  },
});
