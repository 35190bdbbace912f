/**
 * What each alert is and where it goes. Critical alerts go to a push channel delivered outside the
 * site; warnings to mail where there is one; the always-firing Watchdog goes to an external dead
 * man's switch (healthchecks.io), which alerts when the pings stop — the one alert that still works
 * when the whole site is dark (https://prometheus.io/docs/alerting/latest/alertmanager/,
 * https://healthchecks.io/docs/).
 */
import type { Mapping } from '../../blueprint.js';
import type { Exporter, ExporterPlan } from './exporter-catalog.js';

export interface AlertRule {
  readonly name: string;
  readonly exporter: Exporter | 'alertmanager';
  readonly expr: string;
  readonly severity: 'critical' | 'warning' | 'watchdog';
}

/** Alert rules per exporter, in the exporters' own metric names. */
export const ALERT_RULES: readonly AlertRule[] = [
  { name: 'HostDown', exporter: 'node', expr: 'up{job="node"} == 0 for 5m', severity: 'critical' },
  { name: 'FilesystemAlmostFull', exporter: 'node', expr: 'node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1 for 15m', severity: 'warning' },
  { name: 'GuestDown', exporter: 'pve', expr: 'pve_up{id=~"qemu/.+|lxc/.+"} == 0 for 5m', severity: 'critical' },
  { name: 'DiskUnhealthy', exporter: 'smartctl', expr: 'smartctl_device_smart_status == 0', severity: 'critical' },
  { name: 'ZfsPoolNotOnline', exporter: 'zfs', expr: 'node_zfs_zpool_state{state!="online"} > 0', severity: 'critical' },
  { name: 'UpsOnBattery', exporter: 'nut', expr: 'network_ups_tools_ups_status{flag="OB"} == 1', severity: 'critical' },
  { name: 'ServiceDown', exporter: 'blackbox', expr: 'probe_success == 0 for 2m', severity: 'critical' },
  { name: 'CertificateExpiring', exporter: 'blackbox', expr: 'probe_ssl_earliest_cert_expiry - time() < 14 * 86400', severity: 'warning' },
  { name: 'SwitchPortDown', exporter: 'snmp', expr: 'ifOperStatus{ifAlias=~".+"} != 1 for 5m', severity: 'warning' },
  { name: 'CephUnhealthy', exporter: 'ceph', expr: 'ceph_health_status > 0 for 15m', severity: 'critical' },
  { name: 'BackupStale', exporter: 'pbs', expr: 'time() - pbs_snapshot_last_timestamp > 26 * 3600', severity: 'critical' },
  { name: 'Watchdog', exporter: 'alertmanager', expr: 'vector(1)', severity: 'watchdog' },
];

export interface Routes {
  /** Route ids by severity. */
  readonly critical: string;
  readonly warning: string;
  readonly watchdog: string;
}

/** The routing table of the alerts the planned exporters raise. */
export function alertMappings(exporters: readonly ExporterPlan[], routes: Routes, describe: (route: string) => string): Mapping[] {
  const used = new Set<string>([...exporters.map((entry) => entry.exporter), 'alertmanager']);
  return ALERT_RULES.filter((rule) => used.has(rule.exporter)).map((rule) => ({ item: `alert ${rule.name} (${rule.expr})`, from: rule.exporter === 'alertmanager' ? 'Alertmanager' : `${rule.exporter} exporter`, to: describe(routes[rule.severity]) }));
}
