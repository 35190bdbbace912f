import { compareText } from '../../../intake/diagnostic.js';
import { atLeast } from '../../queries/backup-graph.js';
import { storageHome } from '../../queries/storage-redundancy.js';
import { defineRule } from '../../rule.js';
import type { Subject } from '../../rule.js';

export const criticalDataWithoutRedundancy = defineRule({
  meta: {
    id: 'storage/critical-data-without-redundancy',
    layer: 'storage',
    title: 'Critical data on storage without redundancy',
    severity: 'high',
    rationale:
      'A pool built from single-disk vdevs (or RAID 0, or a one-replica Ceph pool) loses everything on it when one disk fails. For critical and high workloads that turns a routine disk replacement into a restore from backup, with the data written since the last backup gone.',
    remediation: 'Add a mirror disk ("zpool attach <pool> <disk> <new-disk>" turns a single-disk vdev into a mirror) or move the workloads to redundant storage.',
    references: ['https://openzfs.github.io/openzfs-docs/man/master/8/zpool-attach.8.html', 'https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#chapter_zfs'],
    messages: { noRedundancy: 'Storage "{pool}" has no redundancy, yet holds {criticality} workload(s): {workloads}.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: ssd0, size: 1TB, kind: ssd }] }
storage:
  zfs:
    - { id: local, host: pve1, vdevs: [{ layout: stripe, disks: [ssd0] }] }
workloads:
  - { id: dns, kind: ct, host: pve1, storage: local, criticality: critical }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: ssd, size: 1TB, kind: ssd, count: 2 }] }
storage:
  zfs:
    - { id: local, host: pve1, vdevs: [{ layout: mirror, disks: [ssd] }] }
workloads:
  - { id: dns, kind: ct, host: pve1, storage: local, criticality: critical }
`,
    },
  },
  subjects: ({ model }) => {
    const located = new Map<string, Subject>();
    for (const pool of [...model.storage.zfs, ...model.storage.raid]) located.set(pool.id, pool);
    for (const ceph of model.storage.ceph) for (const pool of ceph.pools) located.set(pool.id, { id: pool.id, source: ceph.source });
    const homes = new Set(
      model.workloads.filter((workload) => workload.storage && atLeast(workload, 'high')).map((workload) => storageHome(model, workload.storage ?? '')?.id),
    );
    return [...located.values()].filter((pool) => homes.has(pool.id));
  },
  check(pool, context) {
    const home = storageHome(context.model, pool.id);
    const tolerance = context.number(`storage/${pool.id}/fault-tolerance`);
    const redundant = tolerance !== undefined ? tolerance > 0 : home?.redundant !== false;
    if (redundant) return;
    const workloads = context.model.workloads
      .filter((workload) => workload.storage && atLeast(workload, 'high') && storageHome(context.model, workload.storage)?.id === pool.id)
      .sort((a, b) => compareText(a.id, b.id));
    const worst = workloads.some((workload) => workload.criticality === 'critical') ? 'critical' : 'high';
    context.report({
      messageId: 'noRedundancy',
      data: { pool: pool.id, criticality: worst, workloads: workloads.map((workload) => workload.id).join(', ') },
      evidence: tolerance !== undefined ? [`storage/${pool.id}/fault-tolerance`] : [],
      blastRadius: workloads.map((workload) => workload.id),
    });
  },
});
