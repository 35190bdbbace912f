/**
 * Blueprint observability-stack: Prometheus + Alertmanager + Grafana + Loki against a lighter pair
 * (Uptime Kuma + Beszel); an exporter per component (node, pve, smartctl, zfs, nut, blackbox, snmp,
 * ceph, pbs) with its targets; Prometheus storage sized from the series count, scrape interval and
 * retention by the observability analyzer; placed so alerts still leave when the cluster they watch
 * is down, with an external dead man's switch for a site-wide outage; and a route for every alert.
 */
import { builtInAnalyzers } from '../../../analyze/registry.js';
import { runAnalysis } from '../../../analyze/run-analysis.js';
import { formatBytes, formatDuration } from '../../../intake/units/index.js';
import { bytes, seconds } from '../../../model/quantities.js';
import { defineBlueprint, type Design, type Mapping, type Risk } from '../../blueprint.js';
import { matchKeywords } from '../../keyword-match.js';
import { purchaseAssumptions } from '../../purchase.js';
import { currencyOf } from '../proxmox-cluster/cluster-context.js';
import { alertMappings } from './alert-routes.js';
import { BLUEPRINT, SERIES_PER_TARGET } from './exporter-catalog.js';
import { placementDecision } from './placement-options.js';
import { PLANNED_RETENTION, PLANNED_SCRAPE_INTERVAL, STACK_MEMORY, prometheusStorage, stackDecision } from './stack-options.js';
import { transformObservability } from './transform.js';

export const observabilityStack = defineBlueprint({
  id: BLUEPRINT,
  title: 'Observability stack',
  summary: 'Prometheus/Alertmanager/Grafana/Loki or a light pair, exporters per component, storage sized, alerts that leave when the cluster is down',
  example: 'Set up monitoring and alerting with Prometheus and Grafana for the homelab',
  keywords: [
    { term: 'monitoring', synonyms: ['monitor', 'observability', 'alerting', 'alert', 'alerted', 'notified'], weight: 3 },
    { term: 'prometheus', synonyms: ['grafana', 'alertmanager', 'loki', 'exporter', 'node exporter'], weight: 3 },
    { term: 'uptime kuma', synonyms: ['netdata', 'beszel', 'zabbix', 'checkmk'], weight: 3 },
    { term: 'dead man switch', synonyms: ['dead mans switch', 'healthchecks', 'watchdog'], weight: 2 },
    { term: 'metrics', synonyms: ['dashboards', 'logs', 'notifications'], weight: 1 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model } = context;
    const currency = currencyOf(model);
    const stack = stackDecision(model);
    const memory = stack.plan.kind === 'light' ? STACK_MEMORY.light : STACK_MEMORY.prometheus;
    const current = stack.plan.kind === 'keep' ? stack.plan.kept?.runsOn : stack.plan.kind === 'prometheus' ? stack.plan.existing?.runsOn : model.monitoring.systems.find((system) => system.kind === 'uptime-kuma')?.runsOn;
    const placement = placementDecision(context, memory, current, currency);
    const storage = stack.plan.kind === 'prometheus' ? prometheusStorage(model, stack.plan.series, stack.plan.scrapeInterval, stack.plan.retention).bytes : null;
    const built = transformObservability(model, placement.placement, stack.plan, storage);
    const after = runAnalysis(built.model, builtInAnalyzers);
    const survive = after.byId.get('observability/site/alerts-survive-cluster-loss');
    const routeText = (id: string) => {
      const route = built.model.monitoring.alerts.find((entry) => entry.id === id);
      return route === undefined ? id : `${route.id} (${route.channel}${route.external ? ', outside the site' : ''})`;
    };
    const kept = stack.plan.kept;
    const routing: Mapping[] = [{ item: 'alerts', from: built.sender, to: routeText(built.routes.critical) }, { item: 'dead man\'s switch', from: built.sender, to: routeText(built.routes.watchdog) }];
    const mappings: Mapping[] =
      stack.plan.kind === 'prometheus'
        ? [...stack.plan.exporters.map((entry) => ({ item: `${entry.exporter} exporter`, from: entry.targets.join(', '), to: `${entry.watches}; ${entry.targets.length} × ${entry.seriesPerTarget} series` })), ...alertMappings(stack.plan.exporters, built.routes, routeText)]
        : kept !== undefined
          ? [...stack.plan.exporters.map((entry) => ({ item: entry.watches, from: entry.targets.join(', '), to: `a ${kept.kind} template on ${kept.id}` })), ...routing]
          : routing;
    const notMonitoredBefore = [...context.analysis.byId.values()].filter((fact) => fact.id.endsWith('/monitored') && fact.value === false).map((fact) => fact.subject);
    const stillUnmonitored = [...after.byId.values()].filter((fact) => fact.id.endsWith('/monitored') && fact.value === false).map((fact) => fact.subject);
    const onCluster = placement.decision.options.find((option) => option.id === placement.decision.choice.optionId)?.figures.find((figure) => figure.column === 'survives')?.fact.value !== true;
    const risks: Risk[] = [
      { id: 'observability/site-wide-outage', description: 'A power or internet outage silences everything at the site, the monitoring included.', blastRadius: [built.runsOn], mitigation: `The Watchdog alert pings healthchecks.io through ${built.routes.watchdog}; when the pings stop it alerts on its own, from outside the site.` },
      ...(onCluster ? [{ id: 'observability/on-the-cluster', description: `The stack runs on the cluster it watches: when the cluster is down, no alert leaves except the dead man's switch.`, blastRadius: [built.runsOn], mitigation: 'Keep the dead man\'s switch period short (5 min); move the stack to an always-on host outside the cluster when one exists.' }] : []),
      ...(stack.plan.kind === 'prometheus' ? [{ id: 'observability/series-estimate', description: `${stack.plan.series} series is ${stack.plan.existing?.series !== undefined ? 'the measured count plus planning figures for new exporters' : 'an estimate from planning figures per exporter'}; the disk may need more.`, blastRadius: [built.runsOn], mitigation: 'Set --storage.tsdb.retention.size to 80 % of the disk so Prometheus trims instead of filling it; read prometheus_tsdb_head_series after a week.' }] : []),
      { id: 'observability/alert-fatigue', description: 'Too many warnings on the phone get ignored, and the critical one with them.', blastRadius: [], mitigation: 'Only critical alerts go to the push channel; warnings go to mail or a daily digest.' },
    ];
    const validation = [
      ...(stack.plan.kind === 'prometheus'
        ? ['Prometheus ▸ Status ▸ Targets: every target UP', `prometheus_tsdb_head_series ≈ ${stack.plan.series} (update the spec with the measured count)`]
        : kept !== undefined
          ? [`${kept.id}: every host, device and UPS shows up with its template and no unsupported item`]
          : ['Every host shows in Beszel; every service is green in Uptime Kuma']),
      `Stop a test service: the alert arrives on ${routeText(built.routes.critical)} within its "for" time, and its resolution after`,
      `Stop ${built.sender}: healthchecks.io alerts within its grace period (${routeText(built.routes.watchdog)})`,
      ...(onCluster ? [] : ['Failure drill: with the cluster down, a HostDown alert still arrives']),
      `kestra analyze on the target: observability/site/alerts-survive-cluster-loss ${survive?.status === 'known' ? String(survive.value) : 'unknown'}; no observability/no-external-alert-route or observability/alerting-depends-on-watched-hosts finding`,
    ];
    const assumed = stack.plan.exporters.filter((entry) => SERIES_PER_TARGET[entry.exporter].source === 'assumed');
    return {
      blueprint: BLUEPRINT,
      title: 'Observability stack',
      summary: `${stack.decision.options.find((option) => option.id === stack.decision.choice.optionId)?.title} on ${built.runsOn}${stack.plan.kind === 'prometheus' ? `: ${stack.plan.exporters.length} exporters, ${stack.plan.series} series at ${formatDuration(seconds(stack.plan.scrapeInterval))} kept ${formatDuration(seconds(stack.plan.retention))}, ${storage === null ? 'storage unknown' : `${formatBytes(bytes(storage))} of disk`}` : ''}; alerts to ${routeText(built.routes.critical)}, dead man's switch ${routeText(built.routes.watchdog)}. ${notMonitoredBefore.length - stillUnmonitored.length} components gain monitoring${stillUnmonitored.length > 0 ? `; still unmonitored: ${stillUnmonitored.join(', ')}` : ''}.`,
      decisions: [stack.decision, placement.decision],
      target: built.model,
      purchases: built.purchases,
      risks,
      validation,
      rollback: ['Stop the new containers; the monitoring that ran before keeps running', 'Pause the healthchecks.io check so it does not alert'],
      assumptions: [
        ...purchaseAssumptions(context.prices, built.purchases),
        ...(assumed.length > 0 ? [{ id: `design/${BLUEPRINT}/series-per-exporter`, text: `Series per target are planning figures for ${assumed.map((entry) => `${entry.exporter} ${entry.seriesPerTarget}`).join(', ')} (node_exporter ~700 is Grafana's estimate); replace them with prometheus_tsdb_head_series once it runs.`, sources: [] }] : []),
        ...(stack.plan.existing === undefined && stack.plan.kind === 'prometheus' ? [{ id: `design/${BLUEPRINT}/scrape-and-retention`, text: `A new Prometheus scrapes every ${formatDuration(PLANNED_SCRAPE_INTERVAL)} and keeps ${formatDuration(PLANNED_RETENTION)} (Prometheus defaults: 1 min and 15 days).`, sources: [] }] : []),
        { id: `design/${BLUEPRINT}/stack-memory`, text: `The stack is given ${formatBytes(bytes(memory))} of memory, a planning figure at homelab scale.`, sources: [] },
      ],
      openQuestions: [],
      mappings,
    };
  },
});
