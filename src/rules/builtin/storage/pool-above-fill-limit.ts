import { formatPercent } from '../../../intake/units/index.js';
import { ratio } from '../../../model/quantities.js';
import type { Model } from '../../../model/types.js';
import { defineRule, type Subject } from '../../rule.js';

/** Pools and arrays with a fill fact, located where they are declared. */
export function fillSubjects(model: Model, has: (id: string) => boolean): Subject[] {
  const pools: Subject[] = [...model.storage.zfs, ...model.storage.raid];
  for (const ceph of model.storage.ceph) for (const pool of ceph.pools) pools.push({ id: pool.id, source: ceph.source });
  return pools.filter((pool) => has(pool.id));
}

/** The fill limit for a pool: its own, else the site setting, else 80 %. */
export function fillLimitOf(model: Model, poolId: string): number {
  // 80 %: Solaris Internals ZFS Best Practices ("keep pool space under 80% utilization"); Oracle says 90 %. See domain.md §1.
  return model.storage.zfs.find((pool) => pool.id === poolId)?.fillLimit ?? model.settings.fillLimit ?? 0.8;
}

export const poolAboveFillLimit = defineRule({
  meta: {
    id: 'storage/pool-above-fill-limit',
    layer: 'storage',
    title: 'Pool filled beyond its limit',
    severity: 'high',
    rationale:
      'Copy-on-write file systems slow down as free space fragments: ZFS switches allocators near full, and the Solaris ZFS best-practice guide says to keep pools under 80 %. Ceph stops writes at its full ratio. Past the limit there is no room for snapshots, resilvers or growth.',
    remediation: 'Free space (expire snapshots and old backups), add a vdev of the same layout, or move data; plan the expansion before the pool reaches the limit.',
    references: [
      'https://web.archive.org/web/20161028084224/http://www.solarisinternals.com/wiki/index.php/ZFS_Best_Practices_Guide',
      'https://docs.oracle.com/en/operating-systems/solaris/oracle-solaris/11.4/manage-zfs/storage-pool-practices-performance.html',
      'https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity',
    ],
    messages: { full: 'Pool "{pool}" is {fill} full, above its {limit} fill limit.' },
    needs: ['facts'],
    analyzers: ['storage'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 3.4TB }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 1TB }
`,
    },
  },
  subjects: ({ model, number }) => fillSubjects(model, (id) => number(`storage/${id}/fill`) !== undefined),
  check(pool, context) {
    const fill = context.number(`storage/${pool.id}/fill`) ?? 0;
    const limit = fillLimitOf(context.model, pool.id);
    if (fill <= limit) return;
    context.report({ messageId: 'full', data: { pool: pool.id, fill: formatPercent(ratio(fill)), limit: formatPercent(ratio(limit)) }, evidence: [`storage/${pool.id}/fill`] });
  },
});
