import { z } from 'zod';
import { formatPercent } from '../../../intake/units/index.js';
import { ratio } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';
import { fillLimitOf, fillSubjects } from './pool-above-fill-limit.js';

export const poolFillsWithinSixMonths = defineRule({
  meta: {
    id: 'storage/pool-fills-within-six-months',
    layer: 'storage',
    title: 'Pool reaches its fill limit within six months',
    severity: 'medium',
    rationale:
      'Buying, burning in and adding disks takes weeks; a pool that will cross its fill limit within six months at its present growth needs the expansion planned now, not when it is full.',
    remediation: 'Plan the expansion (a new vdev of the same layout, larger disks replaced one at a time, or a new pool) and put it in the budget; or lower growth by moving or expiring data.',
    references: ['https://web.archive.org/web/20161028084224/http://www.solarisinternals.com/wiki/index.php/ZFS_Best_Practices_Guide'],
    messages: { soon: 'Pool "{pool}" reaches its {limit} fill limit in about {days} days at its present growth.' },
    options: z.strictObject({ horizonDays: z.number().int().positive().default(183).describe('How far ahead to look; six months by default.') }),
    needs: ['facts'],
    analyzers: ['storage'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 2.5TB, growthPerMonth: 200GB }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 1TB, growthPerMonth: 20GB }
`,
    },
  },
  subjects: ({ model, number }) => fillSubjects(model, (id) => number(`storage/${id}/days-to-fill-limit`) !== undefined),
  check(pool, context) {
    const days = context.number(`storage/${pool.id}/days-to-fill-limit`) ?? Number.POSITIVE_INFINITY;
    // A pool already past the limit is the other rule's finding.
    if (days <= 0 || days > context.options.horizonDays) return;
    context.report({
      messageId: 'soon',
      data: { pool: pool.id, days: Math.round(days), limit: formatPercent(ratio(fillLimitOf(context.model, pool.id))) },
      evidence: [`storage/${pool.id}/days-to-fill-limit`, ...(context.fact(`storage/${pool.id}/fill`) ? [`storage/${pool.id}/fill`] : [])],
    });
  },
});
