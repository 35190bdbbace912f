import { z } from 'zod';
import { size } from '../../../model/schema/fields.js';
import { formatBytes } from '../../../intake/units/index.js';
import { bytes, TB, type Bytes } from '../../../model/quantities.js';
import { resolveDisks } from '../../queries/pool-disks.js';
import { defineRule } from '../../rule.js';

export const singleParityRaidLargeDisks = defineRule({
  meta: {
    id: 'storage/single-parity-raid-large-disks',
    layer: 'storage',
    title: 'RAID 5 or SHR-1 array of large disks',
    severity: 'medium',
    rationale:
      'RAID 5 and Synology SHR (one disk of redundancy) rebuild by reading every surviving disk in full. With 8 TB disks that takes a day or more with no redundancy left, and an unrecoverable read error (specified at 1 in 10^14 bits for many drives, about one per 12.5 TB read) or a second failure during the rebuild loses the array.',
    remediation: 'Use RAID 6 or SHR-2 for arrays of large disks (Synology can convert SHR to SHR-2 by adding a disk), and keep verified backups.',
    references: [
      'https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR',
      'https://www.zdnet.com/article/why-raid-5-stops-working-in-2009/',
    ],
    messages: { singleParity: 'Array "{array}" is {level} over {count} × {size} disks; a second failure during the rebuild loses it.' },
    options: z.strictObject({
      minDiskSize: size('disk', 'Smallest disk that counts as large; default 8 TB.').default(bytes(8 * TB)),
    }),
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 4 }] }
storage:
  raid:
    - { id: volume1, host: nas, level: shr, disks: [hdd] }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 4 }] }
storage:
  raid:
    - { id: volume1, host: nas, level: shr2, disks: [hdd] }
`,
    },
  },
  subjects: ({ model }) => model.storage.raid.filter((array) => array.level === 'raid5' || array.level === 'shr'),
  check(array, context) {
    const disks = resolveDisks(context.model, array.host, array.disks);
    const largest = Math.max(0, ...disks.map((disk) => disk.size));
    if (largest < context.options.minDiskSize) return;
    context.report({ messageId: 'singleParity', data: { array: array.id, level: array.level.toUpperCase(), count: disks.length, size: formatBytes(largest as Bytes) } });
  },
});
