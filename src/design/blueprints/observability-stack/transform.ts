/**
 * The observability transform: the stack placed where the placement decision says (a container on a
 * host outside the cluster, a guest on the cluster, a new Raspberry Pi, or where it runs today), its
 * systems with their exporters and targets (an existing Prometheus is extended, not replaced), an
 * alert route delivered outside the site, the external dead man's switch, and the checks it enables.
 */
import { addEntity, updateEntity } from '../../../model/collections.js';
import { GB, bitsPerSecond, bytes } from '../../../model/quantities.js';
import type { AlertRoute, Host, Model, MonitoringSystem } from '../../../model/types.js';
import type { Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { helperContainer } from '../../helper-container.js';
import { freePort, mainSwitch, uniqueId } from '../../model-helpers.js';
import { purchase } from '../../purchase.js';
import type { Routes } from './alert-routes.js';
import { BLUEPRINT } from './exporter-catalog.js';
import type { Placement } from './placement-options.js';
import { STACK_MEMORY, type StackPlan } from './stack-options.js';

const source = blueprintSource(BLUEPRINT);
/** Prometheus keeps retention.size at 80–85 % of its disk (calc/observability/prometheus-storage). */
const DISK_FILL = 0.8;
/** Room beside the metrics for Grafana, Loki and the OS, a planning figure. */
const BASE_DISK = 20 * GB;

export interface ObservabilityTransform {
  readonly model: Model;
  /** Where the systems run (a workload or host id). */
  readonly runsOn: string;
  readonly sender: string;
  readonly routes: Routes;
  readonly purchases: readonly Purchase[];
}

/** Puts the stack where `placement` says; returns the model and the id the systems run on. */
function place(model: Model, placement: Placement, plan: StackPlan, storage: number | null): { model: Model; runsOn: string; purchases: Purchase[] } {
  if (placement.kind === 'keep') return { model, runsOn: placement.runsOn, purchases: [] };
  const memory = plan.kind === 'light' ? STACK_MEMORY.light : STACK_MEMORY.prometheus;
  const disk = bytes(Math.ceil(((storage ?? 0) / DISK_FILL + BASE_DISK) / GB) * GB);
  if (placement.kind === 'new-sbc') {
    const id = uniqueId(model, 'monitor-pi');
    const sw = mainSwitch(model);
    const port = sw ? freePort(model, sw.id) : undefined;
    const feeds = model.network.devices.find((device) => ['router', 'firewall', 'gateway'].includes(device.kind))?.power?.feeds ?? [];
    const management = model.hosts.find((host) => host.managementVlan !== undefined)?.managementVlan;
    const host = { id, name: 'Monitoring (Raspberry Pi)', role: 'sbc', model: 'Raspberry Pi 5 8 GB', os: 'Debian 12 with Docker', cpu: { sockets: 1, cores: 4, threads: 4 }, memory: bytes(8 * 2 ** 30), disks: [{ id: 'nvme0', group: 'nvme0', size: bytes(256 * GB), kind: 'nvme', boot: true, source }], nics: [{ id: 'eth0', speed: bitsPerSecond(1e9), ...(port ? { connectedTo: port.endpoint } : {}), source }], power: { idle: 5, load: 8, feeds: [...feeds] }, ...(management !== undefined ? { managementVlan: management } : {}), source } as unknown as Host;
    return { model: addEntity(port?.model ?? model, 'hosts', host), runsOn: id, purchases: [purchase(placement.price, 1, id)] };
  }
  const id = uniqueId(model, 'monitoring');
  const workload = helperContainer(model, { id, name: plan.kind === 'light' ? 'Uptime Kuma and Beszel hub' : 'Prometheus, Alertmanager, Grafana, Loki', kind: placement.kind === 'outside-host' ? 'container' : 'ct', host: placement.host, ...(placement.kind === 'cluster-guest' ? { vcpu: 2 } : {}), memory, disk, criticality: 'high', source });
  return { model: addEntity(model, 'workloads', workload), runsOn: id, purchases: [] };
}

function upsertSystem(model: Model, kind: MonitoringSystem['kind'], base: string, fields: Partial<MonitoringSystem>): { model: Model; id: string } {
  const existing = model.monitoring.systems.find((system) => system.kind === kind);
  if (existing !== undefined) {
    const targets = [...new Set([...existing.targets, ...(fields.targets ?? [])])];
    const exporters = [...new Set([...existing.exporters, ...(fields.exporters ?? [])])];
    return { model: updateEntity<MonitoringSystem>(model, 'monitoring.systems', existing.id, (entity) => ({ ...entity, targets, exporters, ...(fields.series !== undefined ? { series: fields.series } : {}) })), id: existing.id };
  }
  const id = uniqueId(model, base);
  return { model: addEntity(model, 'monitoring.systems', { id, kind, targets: [], exporters: [], ...fields, source } as MonitoringSystem), id };
}

function addRoute(model: Model, base: string, route: Omit<AlertRoute, 'id' | 'source'>): { model: Model; id: string } {
  const id = uniqueId(model, base);
  return { model: addEntity(model, 'monitoring.alerts', { id, ...route, source } as AlertRoute), id };
}

/** The target with the stack placed, its systems, the external route and the dead man's switch. */
export function transformObservability(current: Model, placement: Placement, plan: StackPlan, storage: number | null): ObservabilityTransform {
  const placed = place(current, placement, plan, storage);
  let model = placed.model;
  const runsOn = placed.runsOn;
  let sender: string;
  if (plan.kind === 'prometheus') {
    // Prometheus scrapes itself too: the stack's own workload is one of its targets.
    const targets = [...new Set([...plan.exporters.flatMap((entry) => entry.targets), ...(model.workloads.some((workload) => workload.id === runsOn) ? [runsOn] : [])])];
    const prometheus = upsertSystem(model, 'prometheus', 'prometheus', { runsOn, targets, exporters: plan.exporters.map((entry) => entry.exporter), scrapeInterval: plan.scrapeInterval as never, retention: plan.retention as never, series: plan.series });
    model = prometheus.model;
    const alertmanager = upsertSystem(model, 'alertmanager', 'alertmanager', { runsOn });
    model = alertmanager.model;
    model = upsertSystem(model, 'grafana', 'grafana', { runsOn }).model;
    model = upsertSystem(model, 'loki', 'loki', { runsOn }).model;
    sender = alertmanager.id;
  } else if (plan.kind === 'keep' && plan.kept !== undefined) {
    const components = [...model.hosts.map((host) => host.id), ...model.network.devices.map((device) => device.id), ...model.power.ups.map((ups) => ups.id), ...model.workloads.filter((workload) => workload.criticality === 'critical' || workload.criticality === 'high').map((workload) => workload.id)];
    model = upsertSystem(model, plan.kept.kind, plan.kept.id, { targets: components }).model;
    sender = plan.kept.id;
  } else {
    const hosts = model.hosts.map((host) => host.id);
    const services = model.workloads.filter((workload) => workload.criticality === 'critical' || workload.criticality === 'high').map((workload) => workload.id);
    const kuma = upsertSystem(model, 'uptime-kuma', 'uptime-kuma', { runsOn, targets: services });
    model = kuma.model;
    model = addEntity(model, 'monitoring.systems', { id: uniqueId(model, 'beszel'), kind: 'other', runsOn, targets: hosts, exporters: [], notes: 'Beszel hub; an agent on each host', source } as MonitoringSystem);
    sender = kuma.id;
  }
  const existingExternal = model.monitoring.alerts.find((route) => route.from === sender && route.external);
  const channel = model.monitoring.alerts.find((route) => route.external)?.channel ?? 'ntfy';
  let critical = existingExternal?.id;
  if (critical === undefined) {
    const added = addRoute(model, 'push', { from: sender, channel, external: true, notes: 'Critical alerts, delivered by a service outside the site' } as never);
    model = added.model;
    critical = added.id;
  }
  const mail = model.monitoring.alerts.find((route) => route.from === sender && route.channel === 'email');
  const deadman = addRoute(model, 'deadman', { from: sender, channel: 'webhook', external: true, notes: 'Watchdog pings healthchecks.io, which alerts when the pings stop' } as never);
  model = deadman.model;
  const exporters = new Set(plan.exporters.map((entry) => entry.exporter));
  const checks = {
    ...model.monitoring.checks,
    deadMansSwitch: true,
    ...(plan.kind !== 'light' && exporters.has('smartctl') ? { smart: true } : {}),
    ...(plan.kind !== 'light' && exporters.has('zfs') ? { scrub: true } : {}),
    ...(plan.kind !== 'light' && exporters.has('nut') ? { ups: true } : {}),
    ...(plan.kind !== 'light' && exporters.has('pbs') ? { backupJobs: true } : {}),
    ...(plan.kind !== 'light' && exporters.has('blackbox') ? { certificates: true } : {}),
  };
  model = { ...model, monitoring: { ...model.monitoring, checks } };
  return { model, runsOn, sender, routes: { critical, warning: mail?.id ?? critical, watchdog: deadman.id }, purchases: placed.purchases };
}
