import { hasExporter } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const noUpsMonitoring = defineRule({
  meta: {
    id: 'observability/no-ups-monitoring',
    layer: 'observability',
    title: 'UPS events do not alert',
    severity: 'low',
    rationale:
      'A UPS on battery, a failed self-test or a worn battery is only useful to know about in time. Unmonitored, the first sign of a dead battery is the next power cut taking everything down.',
    remediation: 'Alert on on-battery, low-battery and replace-battery events: NUT upsmon NOTIFYCMD, the Prometheus NUT exporter, or the UPS network card\'s mail alerts; set monitoring.checks.ups: true.',
    references: ['https://networkupstools.org/docs/man/upsmon.html', 'https://networkupstools.org/docs/man/upssched.html'],
    messages: { unchecked: 'UPS "{ups}" can run on battery or fail a self-test without anyone being told.' },
    examples: {
      failing: `version: 1
site: { name: Example }
power:
  ups: [{ id: ups1, va: 1500VA }]
`,
      passing: `version: 1
site: { name: Example }
power:
  ups: [{ id: ups1, va: 1500VA }]
monitoring:
  checks: { ups: true }
`,
    },
  },
  subjects: ({ model }) => model.power.ups,
  check(ups, context) {
    const { model } = context;
    if (model.monitoring.checks.ups === true || hasExporter(model, 'nut')) return;
    context.report({ messageId: 'unchecked', data: { ups: ups.id } });
  },
});
