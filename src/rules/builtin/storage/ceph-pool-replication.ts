import { defineRule, type Subject } from '../../rule.js';

interface CephPoolSubject extends Subject {
  readonly size: number;
  readonly minSize: number;
}

export const cephPoolReplication = defineRule({
  meta: {
    id: 'storage/ceph-pool-replication',
    layer: 'storage',
    title: 'Ceph pool with size below 3 or min_size below 2',
    severity: 'high',
    rationale:
      'With size 2 a single OSD failure leaves one copy, and any error on it loses data. With min_size 1 Ceph accepts writes to a single copy, so a second failure during recovery loses acknowledged writes. Proxmox defaults to size 3 / min_size 2 and says "Do not set a min_size of 1".',
    remediation: 'Set size 3 and min_size 2 ("ceph osd pool set <pool> size 3", "... min_size 2"), adding capacity first if the raw space does not allow it.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-pveceph.html#pve_ceph_pools', 'https://docs.ceph.com/en/latest/rados/operations/pools/#setting-the-number-of-rados-object-replicas'],
    messages: {
      size: 'Ceph pool "{pool}" keeps {size} replica(s); one OSD failure leaves {left} copy.',
      minSize: 'Ceph pool "{pool}" has min_size {minSize}: it accepts writes with a single copy left.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
storage:
  ceph:
    - id: ceph
      pools: [{ id: vm, size: 2, minSize: 1 }]
`,
      passing: `version: 1
site: { name: Example }
storage:
  ceph:
    - id: ceph
      pools: [{ id: vm, size: 3, minSize: 2 }]
`,
    },
  },
  subjects: ({ model }) =>
    model.storage.ceph.flatMap((ceph) =>
      ceph.pools
        .filter((pool) => pool.type === 'replicated')
        .map((pool) => {
          const size = pool.size ?? 3;
          // Ceph's default min_size is size − floor(size/2) (osd_pool_default_min_size = 0).
          return { id: pool.id, source: ceph.source, size, minSize: pool.minSize ?? size - Math.floor(size / 2) };
        }),
    ),
  check(pool: CephPoolSubject, context) {
    if (pool.size < 3) context.report({ messageId: 'size', data: { pool: pool.id, size: pool.size, left: Math.max(0, pool.size - 1) } });
    if (pool.minSize < 2) context.report({ messageId: 'minSize', data: { pool: pool.id, minSize: pool.minSize } });
  },
});
