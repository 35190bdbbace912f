import { defineRule } from '../../rule.js';

export const noAutomatedShutdown = defineRule({
  meta: {
    id: 'power/no-automated-shutdown',
    layer: 'power',
    title: 'UPS without automated shutdown',
    severity: 'high',
    rationale:
      'A UPS only buys minutes. Without software that shuts the hosts down on low battery (NUT, apcupsd, PowerChute), a long outage ends with the battery empty and every host losing power mid-write: ZFS survives, but guests, databases and RAID write caches may not.',
    remediation: 'Connect the UPS (USB or network card) to one host running NUT in server mode, configure the other hosts and the NAS as NUT clients, and test with "upsmon -c fsd".',
    references: ['https://networkupstools.org/docs/user-manual.chunked/index.html', 'https://www.truenas.com/docs/scale/scaletutorials/systemsettings/services/upsservicesscale/'],
    messages: {
      manual: 'UPS "{ups}" does not shut anything down on low battery; the hosts crash when the battery runs out.',
      unknown: 'UPS "{ups}" does not say whether hosts shut down automatically on low battery.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
power:
  ups:
    - { id: ups1, va: 1500VA, shutdown: { automated: false } }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
power:
  ups:
    - { id: ups1, va: 1500VA, shutdown: { automated: true, tool: nut, server: pve1 } }
`,
    },
  },
  subjects: ({ model }) => model.power.ups,
  check(ups, context) {
    if (ups.shutdown?.automated === true) return;
    context.report({ messageId: ups.shutdown ? 'manual' : 'unknown', data: { ups: ups.id } });
  },
});
