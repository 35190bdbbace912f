import { z } from 'zod';
import { formatPercent, formatPower } from '../../../intake/units/index.js';
import { ratio, watts } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';

export const upsOverloaded = defineRule({
  meta: {
    id: 'power/ups-overloaded',
    layer: 'power',
    title: 'UPS loaded above 80 %',
    severity: 'high',
    rationale:
      'Near its rating a UPS gives only minutes of runtime (lead-acid runtime falls faster than linearly with load, Peukert\'s law), the inverter runs hot, and the inrush of hosts restarting after an outage can trip its overload protection. Vendors size for 80 % of the watt rating at most.',
    remediation: 'Move non-critical loads to a second UPS or a surge-only outlet, or size up the UPS; keep the load under 80 % of its watt rating.',
    references: ['https://en.wikipedia.org/wiki/Peukert%27s_law', 'https://networkupstools.org/docs/user-manual.chunked/index.html'],
    messages: { overloaded: 'UPS "{ups}" carries {load}, {ratio} of its watt rating (limit {limit}).' },
    options: z.strictObject({ maxLoad: z.number().gt(0).max(1).default(0.8).describe('Highest acceptable load as a share of the watt rating.') }),
    needs: ['facts'],
    analyzers: ['power'],
    examples: {
      failing: `version: 1
site: { name: Example }
power:
  ups: [{ id: ups1, va: 600VA, watts: 360W }]
hosts:
  - { id: pve1, role: hypervisor, power: { load: 180W, feeds: [ups1] } }
  - { id: pve2, role: hypervisor, power: { load: 150W, feeds: [ups1] } }
`,
      passing: `version: 1
site: { name: Example }
power:
  ups: [{ id: ups1, va: 1500VA, watts: 900W }]
hosts:
  - { id: pve1, role: hypervisor, power: { load: 180W, feeds: [ups1] } }
  - { id: pve2, role: hypervisor, power: { load: 150W, feeds: [ups1] } }
`,
    },
  },
  subjects: ({ model, number }) => model.power.ups.filter((ups) => number(`power/${ups.id}/load-ratio`) !== undefined),
  check(ups, context) {
    const loadRatio = context.number(`power/${ups.id}/load-ratio`) ?? 0;
    if (loadRatio <= context.options.maxLoad) return;
    const load = context.number(`power/${ups.id}/load`);
    context.report({
      messageId: 'overloaded',
      data: { ups: ups.id, load: load === undefined ? 'its load' : formatPower(watts(load)), ratio: formatPercent(ratio(loadRatio)), limit: formatPercent(ratio(context.options.maxLoad)) },
      evidence: [`power/${ups.id}/load-ratio`, ...(load === undefined ? [] : [`power/${ups.id}/load`])],
    });
  },
});
