import { formatDuration } from '../../../intake/units/index.js';
import { seconds } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';

export const upsRuntimeTooShort = defineRule({
  meta: {
    id: 'power/ups-runtime-too-short',
    layer: 'power',
    title: 'UPS runtime shorter than the shutdown needs',
    severity: 'high',
    rationale:
      'Automated shutdown waits on battery for a while ("after") and then needs time for an orderly shutdown of every guest and host ("needed"). If the battery runs out before both have elapsed, the hosts lose power mid-shutdown, which is what the UPS was bought to prevent.',
    remediation: 'Start the shutdown earlier (lower "after", or trigger on low-battery / remaining-runtime instead of a timer), shorten guest shutdown timeouts, reduce the load, or add battery capacity.',
    references: ['https://networkupstools.org/docs/man/upsmon.conf.html', 'https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_startup_and_shutdown'],
    messages: { short: 'UPS "{ups}" lasts about {runtime} at present load, but shutdown starts after {after} and needs {needed}.' },
    needs: ['facts'],
    analyzers: ['power'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, power: { load: 400W, feeds: [ups1] } }
power:
  ups:
    - { id: ups1, va: 700VA, watts: 450W, batteryWh: 100Wh, shutdown: { automated: true, tool: nut, server: pve1, after: 10m, needed: 5m } }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, power: { load: 100W, feeds: [ups1] } }
power:
  ups:
    - { id: ups1, va: 1500VA, watts: 900W, batteryWh: 400Wh, shutdown: { automated: true, tool: nut, server: pve1, after: 3m, needed: 5m } }
`,
    },
  },
  subjects: ({ model, number }) => model.power.ups.filter((ups) => ups.shutdown?.automated === true && number(`power/${ups.id}/runtime`) !== undefined),
  check(ups, context) {
    const runtime = context.number(`power/${ups.id}/runtime`) ?? 0;
    const after = ups.shutdown?.after ?? 0;
    const needed = ups.shutdown?.needed ?? 0;
    if (runtime >= after + needed) return;
    context.report({
      messageId: 'short',
      data: { ups: ups.id, runtime: formatDuration(seconds(runtime)), after: formatDuration(seconds(after)), needed: needed > 0 ? formatDuration(seconds(needed)) : 'an unstated time' },
      evidence: [`power/${ups.id}/runtime`],
    });
  },
});
