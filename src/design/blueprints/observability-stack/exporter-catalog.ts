/**
 * Which exporter watches which component, and how many active series it adds. node_exporter's
 * ~700 series per server is Grafana's published estimate
 * (https://grafana.com/blog/2019/09/24/how-many-metrics-a-guide-to-estimating-the-size-of-your-system/);
 * the other per-target counts are planning figures, stated as assumptions: read
 * prometheus_tsdb_head_series after a week and put it in the spec (`series`).
 */
import { compareText } from '../../../intake/diagnostic.js';
import type { Model, MonitoringSystem } from '../../../model/types.js';

export const BLUEPRINT = 'observability-stack';

export type Exporter = MonitoringSystem['exporters'][number];

export interface ExporterPlan {
  readonly exporter: Exporter;
  /** Components it watches: host, device, UPS, pool or workload ids. */
  readonly targets: readonly string[];
  /** Series per target. */
  readonly seriesPerTarget: number;
  /** Where the per-target figure comes from; "assumed" for planning figures. */
  readonly seriesSource: string;
  /** What it watches, in words. */
  readonly watches: string;
}

const GRAFANA_SERIES = 'https://grafana.com/blog/2019/09/24/how-many-metrics-a-guide-to-estimating-the-size-of-your-system/';

/** Series per target by exporter: node from Grafana, the rest planning figures. */
export const SERIES_PER_TARGET: Readonly<Record<Exporter, { readonly series: number; readonly source: string }>> = {
  node: { series: 700, source: GRAFANA_SERIES },
  pve: { series: 40, source: 'assumed' },
  smartctl: { series: 40, source: 'assumed' },
  zfs: { series: 100, source: 'assumed' },
  nut: { series: 30, source: 'assumed' },
  blackbox: { series: 15, source: 'assumed' },
  snmp: { series: 400, source: 'assumed' },
  ceph: { series: 300, source: 'assumed' },
  pbs: { series: 50, source: 'assumed' },
  cadvisor: { series: 200, source: 'assumed' },
  other: { series: 100, source: 'assumed' },
};

/** The exporters a full Prometheus stack runs for `model`, each with its targets. */
export function exporterPlan(model: Model): ExporterPlan[] {
  const sorted = (ids: readonly string[]) => [...new Set(ids)].sort(compareText);
  const linux = model.hosts.filter((host) => !/dsm|synology|windows/iu.test(`${host.os ?? ''} ${host.model ?? ''}`)).map((host) => host.id);
  const hypervisors = model.hosts.filter((host) => host.role === 'hypervisor').map((host) => host.id);
  const guests = model.workloads.filter((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.host !== undefined && hypervisors.includes(workload.host)).map((workload) => workload.id);
  const withDisks = model.hosts.filter((host) => host.disks.length > 0).map((host) => host.id);
  // VMs and containers on hypervisors report through the PVE API; services and app containers need a probe.
  const services = model.workloads.filter((workload) => workload.criticality === 'critical' || workload.criticality === 'high' || workload.servesInternet || !guests.includes(workload.id)).map((workload) => workload.id);
  const switches = model.network.devices.map((device) => device.id);
  const backupServers = model.backups.targets.filter((target) => target.kind === 'pbs' && target.host !== undefined).map((target) => target.host as string);
  const plan: { exporter: Exporter; targets: string[]; watches: string }[] = [
    { exporter: 'node', targets: linux, watches: 'CPU, memory, disk space, network, temperatures of every Linux host' },
    { exporter: 'pve', targets: [...hypervisors, ...guests], watches: 'node and guest state from the Proxmox VE API' },
    { exporter: 'smartctl', targets: withDisks, watches: 'disk SMART health, reallocated sectors, temperatures' },
    { exporter: 'zfs', targets: model.storage.zfs.map((pool) => pool.id), watches: 'pool state, errors, ARC (node_exporter zfs collector)' },
    { exporter: 'nut', targets: model.power.ups.map((ups) => ups.id), watches: 'UPS status, charge, load and runtime' },
    { exporter: 'blackbox', targets: services, watches: 'the services from outside their hosts (HTTP, TCP, ICMP), TLS expiry' },
    { exporter: 'snmp', targets: switches, watches: 'switch, gateway and access point ports: status, errors, traffic' },
    { exporter: 'ceph', targets: model.storage.ceph.map((ceph) => ceph.id), watches: 'Ceph health, OSDs, placement groups (ceph-mgr prometheus module)' },
    { exporter: 'pbs', targets: backupServers, watches: 'datastore usage and the age of the newest backup' },
  ];
  return plan
    .filter((entry) => entry.targets.length > 0)
    .map((entry) => ({ exporter: entry.exporter, targets: sorted(entry.targets), seriesPerTarget: SERIES_PER_TARGET[entry.exporter].series, seriesSource: SERIES_PER_TARGET[entry.exporter].source, watches: entry.watches }));
}

/** Active series of a plan: Σ targets × series per target. */
export function plannedSeries(plan: readonly ExporterPlan[]): number {
  return plan.reduce((sum, entry) => sum + entry.targets.length * entry.seriesPerTarget, 0);
}
