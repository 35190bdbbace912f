import { defineRule, type Subject } from '../../rule.js';

export const noExternalAlertRoute = defineRule({
  meta: {
    id: 'observability/no-external-alert-route',
    layer: 'observability',
    title: 'No alert route outside the site',
    severity: 'high',
    rationale:
      'Alerts delivered through the site itself (a local mail relay, a self-hosted chat) are lost exactly when they matter: when the site, its internet link or the relay is down. At least one route must be delivered by a service outside the site (a push service, hosted mail, SMS).',
    remediation: 'Add an external route: ntfy.sh or Pushover push notifications, a hosted mail provider, or PagerDuty/Opsgenie; and a dead man\'s switch (healthchecks.io) that alerts when the monitoring itself goes silent.',
    references: ['https://prometheus.io/docs/alerting/latest/configuration/#receiver', 'https://healthchecks.io/docs/'],
    messages: {
      noRoutes: 'Monitoring is set up but no alert route is declared; nobody is told when something breaks.',
      internalOnly: 'Every alert route ({routes}) is delivered through the site itself; a site or internet outage silences them.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: pve1, targets: [pve1] }]
  alerts: [{ id: mail, from: prom, channel: email, external: false }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: pve1, targets: [pve1] }]
  alerts: [{ id: push, from: prom, channel: ntfy, external: true }]
`,
    },
  },
  subjects: ({ model }): Subject[] => (model.monitoring.systems.length > 0 ? [model.monitoring.systems[0] as Subject] : []),
  check(_first, context) {
    const factId = 'observability/site/external-alert-route';
    const fact = context.fact(factId);
    const alerts = context.model.monitoring.alerts;
    const external = fact?.status === 'known' && typeof fact.value === 'boolean' ? fact.value : alerts.some((route) => route.external);
    if (external) return;
    const evidence = fact ? [factId] : [];
    if (alerts.length === 0) context.report({ messageId: 'noRoutes', evidence });
    else context.report({ messageId: 'internalOnly', data: { routes: alerts.map((route) => route.id).join(', ') }, at: alerts[0], evidence });
  },
});
