/**
 * The stack decision: Prometheus + Alertmanager + Grafana + Loki with an exporter per component,
 * against a light pair (Uptime Kuma for services, Beszel for hosts: CPU, memory, disk, bandwidth,
 * temperature and status alerts, https://github.com/henrygd/beszel). Prometheus storage is the
 * observability analyzer's figure for the planned series, scrape interval and retention
 * (calc/observability/prometheus-storage). The light tools do not alert on SMART, pool state, a UPS
 * or Ceph; a site that has those needs the exporters.
 */
import { observabilityAnalyzer } from '../../../analyze/observability/observability-analyzer.js';
import { runAnalysis } from '../../../analyze/run-analysis.js';
import { GiB, MiB, bytes, seconds } from '../../../model/quantities.js';
import type { Model, MonitoringSystem } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { BLUEPRINT, exporterPlan, plannedSeries, type ExporterPlan } from './exporter-catalog.js';

/** Scrape interval and retention for a new Prometheus: planning choices, stated as assumptions. */
export const PLANNED_SCRAPE_INTERVAL = seconds(30);
export const PLANNED_RETENTION = seconds(30 * 86_400);
/** Memory planned for each stack at homelab scale: planning figures, stated as assumptions. */
export const STACK_MEMORY = { prometheus: bytes(2 * GiB), light: bytes(512 * MiB) } as const;

export type StackKind = 'prometheus' | 'light' | 'keep';

/** Full monitoring systems other than Prometheus that a site may already run. */
const FULL_SYSTEMS = new Set(['zabbix', 'checkmk', 'librenms', 'netdata']);

export interface StackPlan {
  readonly kind: StackKind;
  readonly exporters: readonly ExporterPlan[];
  readonly series: number;
  readonly scrapeInterval: number;
  readonly retention: number;
  /** The Prometheus the site has, extended rather than replaced. */
  readonly existing?: MonitoringSystem;
  /** The other full system the site runs, kept and extended (kind "keep"). */
  readonly kept?: MonitoringSystem;
}

const columns: readonly Column[] = [
  { key: 'exporters', label: 'Exporters', unit: 'count', better: 'none' },
  { key: 'series', label: 'Active series', unit: 'count', better: 'none' },
  { key: 'storage', label: 'Metrics storage needed', unit: 'bytes', better: 'lower' },
  { key: 'memory', label: 'Memory it takes', unit: 'bytes', better: 'lower' },
  { key: 'hardware-alerts', label: 'Alerts on disks, pools, UPS and Ceph', unit: 'boolean', better: 'higher' },
];

/** What only exporters catch on this site: disks, pools, UPSes, Ceph. */
export function hardwareSignals(model: Model): string[] {
  return [
    ...(model.hosts.some((host) => host.disks.length > 0) ? ['disk SMART health'] : []),
    ...(model.storage.zfs.length > 0 ? ['ZFS pool state'] : []),
    ...(model.power.ups.length > 0 ? ['UPS on battery'] : []),
    ...(model.storage.ceph.length > 0 ? ['Ceph health'] : []),
  ];
}

/** The storage the observability analyzer computes for a Prometheus with `series`, interval and retention. */
export function prometheusStorage(model: Model, series: number, scrapeInterval: number, retention: number): { readonly bytes: number | null; readonly factId: string } {
  const probe: Model = { ...model, monitoring: { ...model.monitoring, systems: [{ id: '__prometheus', kind: 'prometheus', runsOn: model.hosts[0]?.id ?? 'host', targets: [], exporters: [], series, scrapeInterval: seconds(scrapeInterval), retention: seconds(retention), source: model.site.source } as never] } };
  const fact = runAnalysis(probe, [observabilityAnalyzer]).byId.get('observability/__prometheus/storage-needed');
  return { bytes: fact?.status === 'known' ? (fact.value as number) : null, factId: 'observability/<prometheus>/storage-needed' };
}

/** The stack decision. */
export function stackDecision(model: Model): { readonly decision: Decision; readonly plan: StackPlan } {
  const existing = model.monitoring.systems.find((system) => system.kind === 'prometheus');
  const exporters = exporterPlan(model);
  const planned = plannedSeries(exporters);
  // A measured series count beats the planning figures; new exporters add theirs on top.
  const added = existing === undefined ? planned : plannedSeries(exporters.filter((entry) => !existing.exporters.includes(entry.exporter)));
  const series = existing?.series !== undefined ? existing.series + added : planned;
  const scrapeInterval = existing?.scrapeInterval ?? PLANNED_SCRAPE_INTERVAL;
  const retention = existing?.retention ?? PLANNED_RETENTION;
  const storage = prometheusStorage(model, series, scrapeInterval, retention);
  const signals = hardwareSignals(model);
  const seriesInputs = exporters.map((entry) => ({ name: `${entry.exporter} × ${entry.targets.length}`, value: entry.targets.length * entry.seriesPerTarget, unit: 'count' as const, ...(entry.seriesSource === 'assumed' ? { assumed: true } : {}) }));
  const full = optionFigures(BLUEPRINT, 'stack', 'prometheus', 'observability');
  const light = optionFigures(BLUEPRINT, 'stack', 'light', 'observability');
  const options: Option[] = [
    {
      id: 'prometheus',
      title: existing !== undefined ? `Extend ${existing.id}: Prometheus + Alertmanager + Grafana + Loki` : 'Prometheus + Alertmanager + Grafana + Loki',
      summary: `${exporters.map((entry) => `${entry.exporter} (${entry.targets.length})`).join(', ')}.`,
      figures: [
        full('exporters', { label: 'Exporters', unit: 'count', value: exporters.length, formula: 'one per kind of component on the site' }),
        full('series', { label: 'Active series', unit: 'count', value: series, formula: existing?.series !== undefined ? `${existing.series} measured + ${added} for the exporters added` : 'Σ targets × series per target (node_exporter ~700, Grafana; the rest planning figures)', inputs: seriesInputs }),
        full('storage', { label: 'Metrics storage needed', unit: 'bytes', value: storage.bytes, formula: `retention × series / scrape interval × 2 B + WAL (observability analyzer), ${Math.round(retention / 86_400)} d at ${scrapeInterval} s`, inputs: [{ name: 'series', value: series, unit: 'count' }, { name: 'scrape interval', value: scrapeInterval, unit: 'seconds', ...(existing?.scrapeInterval === undefined ? { assumed: true } : {}) }, { name: 'retention', value: retention, unit: 'seconds', ...(existing?.retention === undefined ? { assumed: true } : {}) }], calculator: 'calc/observability/prometheus-storage', reference: 'https://prometheus.io/docs/prometheus/latest/storage/', question: 'The series count is unknown.' }),
        full('memory', { label: 'Memory it takes', unit: 'bytes', value: STACK_MEMORY.prometheus, formula: 'planning figure for the four services at homelab scale', inputs: [{ name: 'memory', value: STACK_MEMORY.prometheus, unit: 'bytes', assumed: true }] }),
        full('hardware-alerts', { label: 'Alerts on disks, pools, UPS and Ceph', unit: 'boolean', value: true, formula: 'smartctl, zfs, nut and ceph exporters with alert rules' }),
      ],
      pros: ['Every component has an exporter and an alert rule', 'Logs (Loki) beside the metrics'],
      cons: ['Four services to run and update', `${series} series to keep`],
      viable: true,
      whyNot: [],
    },
    {
      id: 'light',
      title: 'Uptime Kuma + Beszel',
      summary: 'Service checks and host metrics with built-in alerts.',
      figures: [
        light('exporters', { label: 'Exporters', unit: 'count', value: 0, formula: 'a Beszel agent per host instead' }),
        light('series', { label: 'Active series', unit: 'count', value: null, formula: 'not a time-series database', question: 'Beszel keeps its own history (PocketBase); it has no series count.' }),
        light('storage', { label: 'Metrics storage needed', unit: 'bytes', value: null, formula: 'Beszel and Uptime Kuma size their own stores', question: 'The light tools\' storage is not computed; both keep a small database.' }),
        light('memory', { label: 'Memory it takes', unit: 'bytes', value: STACK_MEMORY.light, formula: 'planning figure for the hub and Uptime Kuma', inputs: [{ name: 'memory', value: STACK_MEMORY.light, unit: 'bytes', assumed: true }] }),
        light('hardware-alerts', { label: 'Alerts on disks, pools, UPS and Ceph', unit: 'boolean', value: false, formula: 'Beszel alerts on CPU, memory, disk usage, bandwidth, temperature and status', reference: 'https://github.com/henrygd/beszel' }),
      ],
      pros: ['Two small services', 'Set up in an hour'],
      cons: signals.length > 0 ? [`No alert on ${signals.join(', ')}`] : [],
      viable: signals.length === 0,
      whyNot: signals.length === 0 ? [] : [`the site has ${signals.join(', ')}, which the light tools do not alert on [observability/no-smart-monitoring] [observability/no-scrub-monitoring] [observability/no-ups-monitoring]`],
    },
  ];
  const other = existing === undefined ? model.monitoring.systems.find((system) => FULL_SYSTEMS.has(system.kind)) : undefined;
  if (other !== undefined) {
    const keep = optionFigures(BLUEPRINT, 'stack', 'keep', 'observability');
    options.unshift({
      id: 'keep',
      title: `Keep ${other.id} (${other.kind}) and extend it`,
      summary: `Add the components it does not watch yet to ${other.id}.`,
      figures: [
        keep('exporters', { label: 'Exporters', unit: 'count', value: 0, formula: `${other.kind} agents and templates instead` }),
        keep('series', { label: 'Active series', unit: 'count', value: null, formula: `${other.kind} stores items, not Prometheus series`, question: `${other.id} keeps its own history; its size is not computed.` }),
        keep('storage', { label: 'Metrics storage needed', unit: 'bytes', value: null, formula: 'sized by its own housekeeping settings', question: `${other.id}'s storage is not computed.` }),
        keep('memory', { label: 'Memory it takes', unit: 'bytes', value: 0, formula: 'it runs already' }),
        keep('hardware-alerts', { label: 'Alerts on disks, pools, UPS and Ceph', unit: 'boolean', value: true, formula: `${other.kind} templates for SMART, ZFS, NUT and Ceph` }),
      ],
      pros: ['Nothing to migrate; the people who run it keep their tool'],
      cons: ['Its templates must be added per component'],
      viable: true,
      whyNot: [],
    });
  }
  checkColumns(columns, options);
  const lightOption = options.find((option) => option.id === 'light') as Option;
  const chosen = options.find((option) => option.id === 'keep') ?? (lightOption.viable ? lightOption : (options.find((option) => option.id === 'prometheus') as Option));
  const rationale =
    chosen.id === 'keep'
      ? `${other?.id} (${other?.kind}) already watches the site and can alert on ${signals.join(', ') || 'what it has'} with its templates; replacing it buys nothing. It is extended to every component, and gets an external route and a dead man's switch.`
      : chosen.id === 'prometheus'
      ? `The site has ${signals.join(', ')}: only exporters with alert rules catch those [observability/no-smart-monitoring] [observability/no-scrub-monitoring] [observability/no-ups-monitoring]. ${series} active series at ${scrapeInterval} s kept ${Math.round(retention / 86_400)} days need ${storage.bytes === null ? 'an unknown amount of' : `${Math.round(storage.bytes / 1e9)} GB of`} disk (observability analyzer, ${'https://prometheus.io/docs/prometheus/latest/storage/'}).`
      : 'Nothing on the site needs an exporter to be watched (no disks, pools, UPS or Ceph): the light pair covers hosts and services with less to run.';
  return {
    decision: { id: 'stack', question: 'Which monitoring stack?', columns, options, choice: { optionId: chosen.id, rationale, cites: { rules: chosen.id === 'prometheus' ? ['observability/no-smart-monitoring', 'observability/no-scrub-monitoring', 'observability/no-ups-monitoring', 'observability/host-not-monitored'] : ['observability/host-not-monitored'], facts: chosen.figures.map((figure) => figure.fact.id) } } },
    plan: { kind: chosen.id as StackKind, exporters, series, scrapeInterval, retention, ...(existing !== undefined ? { existing } : {}), ...(chosen.id === 'keep' && other !== undefined ? { kept: other } : {}) },
  };
}
