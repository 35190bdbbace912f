import { z } from 'zod';
import { size } from '../../../model/schema/fields.js';
import { formatBytes } from '../../../intake/units/index.js';
import { bytes, TB, type Bytes } from '../../../model/quantities.js';
import { resolveDisks } from '../../queries/pool-disks.js';
import { defineRule } from '../../rule.js';

export const raidz1LargeDisks = defineRule({
  meta: {
    id: 'storage/raidz1-large-disks',
    layer: 'storage',
    title: 'RAIDZ1 vdev of large disks',
    severity: 'medium',
    rationale:
      'A RAIDZ1 vdev has no redundancy left while it resilvers. With 8 TB disks a resilver reads every surviving disk in full for a day or more, and at the unrecoverable-read-error rate consumer drives are specified for (1 in 10^14 bits, about one per 12.5 TB read) a second failure or an unreadable block during that window loses data. This is why RAID-5-style single parity is discouraged for large disks.',
    remediation: 'Use RAIDZ2 (or mirrors) for vdevs of large disks; an existing RAIDZ1 vdev cannot be converted, so plan a migration to a new pool, and keep verified backups meanwhile.',
    references: [
      'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html',
      'https://www.zdnet.com/article/why-raid-5-stops-working-in-2009/',
    ],
    messages: { raidz1: 'Pool "{pool}" has a RAIDZ1 vdev of {count} × {size} disks; one more failure during the resilver loses the pool.' },
    options: z.strictObject({
      minDiskSize: size('disk', 'Smallest disk that counts as large; default 8 TB.').default(bytes(8 * TB)),
    }),
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 4 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: raidz1, disks: [hdd] }] }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 4 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: raidz2, disks: [hdd] }] }
`,
    },
  },
  subjects: ({ model }) => model.storage.zfs.filter((pool) => pool.vdevs.some((vdev) => vdev.layout === 'raidz1')),
  check(pool, context) {
    for (const vdev of pool.vdevs.filter((candidate) => candidate.layout === 'raidz1')) {
      const disks = resolveDisks(context.model, pool.host, vdev.disks);
      const largest = Math.max(0, ...disks.map((disk) => disk.size));
      if (largest < context.options.minDiskSize) continue;
      const evidence = context.fact(`storage/${pool.id}/resilver-time`) ? [`storage/${pool.id}/resilver-time`] : [];
      context.report({ messageId: 'raidz1', data: { pool: pool.id, count: disks.length, size: formatBytes(largest as Bytes) }, evidence });
      return;
    }
  },
});
