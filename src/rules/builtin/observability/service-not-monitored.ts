import { atLeast } from '../../queries/backup-graph.js';
import { coverage } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const serviceNotMonitored = defineRule({
  meta: {
    id: 'observability/service-not-monitored',
    layer: 'observability',
    title: 'Important service without monitoring',
    severity: 'medium',
    rationale:
      'A host can be up while the service on it is down (a crashed container, an expired certificate, a full database disk). Critical and high services need their own check so the owner hears about an outage before the users do.',
    remediation: 'Add a check of the service itself (HTTP/TCP probe in Uptime Kuma or the Prometheus blackbox exporter, a Zabbix item), or at least guest state through the Proxmox exporter.',
    references: ['https://github.com/prometheus/blackbox_exporter', 'https://github.com/louislam/uptime-kuma'],
    messages: { unwatched: '{criticality} workload "{workload}" is not watched by any monitoring system.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: wiki, kind: vm, host: pve1, criticality: high }
  - { id: kuma-ct, kind: ct, host: pve1, criticality: low }
monitoring:
  systems: [{ id: kuma, kind: uptime-kuma, runsOn: kuma-ct, targets: [pve1] }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: wiki, kind: vm, host: pve1, criticality: high }
  - { id: kuma-ct, kind: ct, host: pve1, criticality: low }
monitoring:
  systems: [{ id: kuma, kind: uptime-kuma, runsOn: kuma-ct, targets: [pve1, wiki] }]
`,
    },
  },
  subjects: ({ model }) => model.workloads.filter((workload) => atLeast(workload, 'high')),
  check(workload, context) {
    const result = coverage(context, workload.id);
    if (result.monitored) return;
    const criticality = workload.criticality.charAt(0).toUpperCase() + workload.criticality.slice(1);
    context.report({ messageId: 'unwatched', data: { criticality, workload: workload.id }, evidence: result.evidence ? [result.evidence] : [] });
  },
});
