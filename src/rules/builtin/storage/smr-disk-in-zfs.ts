import { resolveDisks } from '../../queries/pool-disks.js';
import { defineRule } from '../../rule.js';

export const smrDiskInZfs = defineRule({
  meta: {
    id: 'storage/smr-disk-in-zfs',
    layer: 'storage',
    title: 'SMR disks in a ZFS pool',
    severity: 'high',
    rationale:
      'Drive-managed SMR disks slow to a crawl on sustained random writes. A ZFS resilver is exactly that workload: resilvers take days or time out and drop the disk, leaving the pool degraded for the whole window.',
    remediation: 'Replace the SMR disks with CMR models (check the vendor\'s CMR/SMR list), one at a time with "zpool replace".',
    references: [
      'https://openzfs.github.io/openzfs-docs/Performance%20and%20Tuning/Hardware.html#smr-hard-drives',
    ],
    messages: { smr: 'Pool "{pool}" uses {count} SMR disk(s) ({disks}); resilvers on SMR disks can take days or fail.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - id: nas
    role: nas
    disks: [{ id: hdd, size: 4TB, kind: hdd, model: WD Red 4TB (WD40EFAX), smr: true, count: 2 }]
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }] }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - id: nas
    role: nas
    disks: [{ id: hdd, size: 4TB, kind: hdd, model: WD Red Plus 4TB (WD40EFZX), smr: false, count: 2 }]
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }] }
`,
    },
  },
  subjects: ({ model }) => model.storage.zfs,
  check(pool, context) {
    const names = [...pool.vdevs, ...(pool.special ?? []), ...(pool.log ?? [])].flatMap((vdev) => vdev.disks);
    const smr = resolveDisks(context.model, pool.host, names).filter((disk) => disk.smr === true);
    if (smr.length === 0) return;
    const evidence = context.fact(`storage/${pool.id}/smr-disks`) ? [`storage/${pool.id}/smr-disks`] : [];
    context.report({ messageId: 'smr', data: { pool: pool.id, count: smr.length, disks: smr.map((disk) => disk.id).join(', ') }, evidence });
  },
});
