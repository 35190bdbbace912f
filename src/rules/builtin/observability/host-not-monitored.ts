import { coverage } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const hostNotMonitored = defineRule({
  meta: {
    id: 'observability/host-not-monitored',
    layer: 'observability',
    title: 'Host or network device without monitoring',
    severity: 'medium',
    rationale:
      'A host nobody watches fails silently: a full disk, a dead fan or a degraded pool is found when the services on it stop. Monitoring every host and core device turns outages into warnings.',
    remediation: 'Add the host to a monitoring system (Prometheus node exporter, Zabbix agent, Uptime Kuma ping/HTTP checks) with alerts on reachability, disk, memory and pool health.',
    references: ['https://prometheus.io/docs/guides/node-exporter/', 'https://www.zabbix.com/documentation/current/en/manual/concepts/agent'],
    messages: { unwatched: '{kind} "{id}" is not watched by any monitoring system.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: kuma-ct, kind: ct, host: pve1 }
monitoring:
  systems: [{ id: kuma, kind: uptime-kuma, runsOn: kuma-ct, targets: [pve1] }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: kuma-ct, kind: ct, host: pve1 }
monitoring:
  systems: [{ id: kuma, kind: uptime-kuma, runsOn: kuma-ct, targets: [pve1, nas] }]
`,
    },
  },
  subjects: ({ model }) => [
    ...model.hosts.map((host) => ({ id: host.id, source: host.source, kind: host.role })),
    ...model.network.devices.filter((device) => ['router', 'firewall', 'gateway'].includes(device.kind)).map((device) => ({ id: device.id, source: device.source, kind: device.kind })),
  ],
  check(thing, context) {
    const result = coverage(context, thing.id);
    if (result.monitored) return;
    const kind = thing.kind.charAt(0).toUpperCase() + thing.kind.slice(1);
    context.report({ messageId: 'unwatched', data: { kind, id: thing.id }, evidence: result.evidence ? [result.evidence] : [] });
  },
});
