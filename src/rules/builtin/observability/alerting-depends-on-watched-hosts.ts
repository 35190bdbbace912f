import { compareText } from '../../../intake/diagnostic.js';
import { monitoringHost } from '../../queries/monitoring-coverage.js';
import { defineRule, type Subject } from '../../rule.js';

export const alertingDependsOnWatchedHosts = defineRule({
  meta: {
    id: 'observability/alerting-depends-on-watched-hosts',
    layer: 'observability',
    title: 'Alerting runs only on the hosts it watches',
    severity: 'medium',
    rationale:
      'Who watches the watcher? If every system that sends alerts runs on hosts of the site it monitors, losing those hosts (or the cluster, or the power) silences the alerts about that very loss. A dead man\'s switch or an off-site check closes the gap.',
    remediation: 'Add an external dead man\'s switch (healthchecks.io, Alertmanager Watchdog to an external receiver) or run one uptime check off-site (a VPS, a cloud free tier) that alerts directly.',
    references: ['https://healthchecks.io/docs/', 'https://prometheus.io/docs/alerting/latest/alertmanager/'],
    messages: { selfWatched: 'Alerts come only from {systems}, running on {hosts}; when those hosts go down no alert is sent, and no dead man\'s switch is declared.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: pve1, targets: [pve1] }]
  alerts: [{ id: push, from: prom, channel: ntfy, external: true }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: pve1, targets: [pve1] }]
  alerts: [{ id: push, from: prom, channel: ntfy, external: true }]
  checks: { deadMansSwitch: true }
`,
    },
  },
  subjects: ({ model }): Subject[] => (model.monitoring.alerts.length > 0 ? [model.monitoring.alerts[0] as Subject] : []),
  check(_first, context) {
    const { model } = context;
    const factId = 'observability/site/alerts-survive-cluster-loss';
    const fact = context.fact(factId);
    if (fact?.status === 'known' && fact.value === true) return;
    if (model.monitoring.checks.deadMansSwitch === true) return;
    const senders = [...new Set(model.monitoring.alerts.map((route) => route.from))].sort(compareText);
    const hosts = senders.map((id) => monitoringHost(model, id));
    // A sender on a host outside the site inventory (a VPS) survives the site.
    if (hosts.some((host) => host === undefined)) return;
    context.report({ messageId: 'selfWatched', data: { systems: senders.join(', '), hosts: [...new Set(hosts as string[])].sort(compareText).join(', ') }, evidence: fact ? [factId] : [] });
  },
});
