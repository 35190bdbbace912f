import { z } from 'zod';
import { duration, id, ref, text } from './fields.js';

export const exporters = ['node', 'pve', 'smartctl', 'zfs', 'nut', 'blackbox', 'snmp', 'ceph', 'pbs', 'cadvisor', 'other'] as const;

export const monitoringSystemSchema = z.strictObject({
  id: id(),
  kind: z.enum(['prometheus', 'alertmanager', 'grafana', 'loki', 'zabbix', 'uptime-kuma', 'netdata', 'checkmk', 'librenms', 'healthchecks', 'other']),
  runsOn: ref('the host or workload that runs it'),
  targets: z.array(ref('a host, device, workload or UPS it watches')).default([]),
  exporters: z.array(z.enum(exporters)).default([]),
  scrapeInterval: duration('How often it scrapes.').optional(),
  retention: duration('How long it keeps data.').optional(),
  series: z.number().int().min(0).optional().describe('Active time series.'),
  notes: text('Free notes.').optional(),
});

export const alertRouteSchema = z.strictObject({
  id: id(),
  from: ref('the monitoring system that sends it'),
  channel: z.enum(['email', 'ntfy', 'pushover', 'telegram', 'slack', 'discord', 'matrix', 'pagerduty', 'sms', 'webhook', 'other']),
  external: z.boolean().describe('Delivered by a service outside the site (still works when the site is down).'),
  notes: text('Free notes.').optional(),
});

/** What is watched, what alerts and where alerts go. */
export const monitoringSchema = z.strictObject({
  systems: z.array(monitoringSystemSchema).default([]),
  alerts: z.array(alertRouteSchema).default([]),
  checks: z
    .strictObject({
      smart: z.boolean().optional().describe('SMART health is checked and alerts.'),
      scrub: z.boolean().optional().describe('ZFS scrubs are scheduled and their results alert.'),
      backupJobs: z.boolean().optional().describe('Failed or missing backup jobs alert.'),
      ups: z.boolean().optional().describe('UPS on-battery and low-battery alert.'),
      certificates: z.boolean().optional(),
      deadMansSwitch: z.boolean().optional().describe('An external service alerts when the monitoring itself goes silent.'),
    })
    .default({}),
});
