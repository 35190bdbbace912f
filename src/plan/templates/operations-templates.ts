/**
 * Step templates for power (UPS, NUT) and monitoring (systems, alert routes, checks). NUT: upsd(8),
 * upsmon(8), https://networkupstools.org/docs/user-manual.chunked/; Prometheus exporters:
 * https://prometheus.io/docs/instrumenting/exporters/.
 */
import type { MonitoringSystem, Ups } from '../../model/types.js';
import { HOUR, MINUTE, config, draft, listText, shell, ui, type TemplateTable } from './step-draft.js';

/** How each exporter is installed, for the monitoring templates. */
export const EXPORTER_INSTALL: Readonly<Record<string, string>> = {
  node: 'apt install prometheus-node-exporter   # on every host',
  pve: 'pip install prometheus-pve-exporter   # API token with PVEAuditor',
  smartctl: 'smartctl_exporter on every host with disks',
  zfs: 'node_exporter --collector.zfs (on by default)',
  nut: 'nut_exporter pointed at upsd',
  blackbox: 'blackbox_exporter probing the services from outside their hosts',
  ceph: 'ceph mgr module enable prometheus',
  pbs: 'PBS: Configuration ▸ Metrics Server, or pbs-exporter',
  snmp: 'snmp_exporter for switches and the gateway',
  cadvisor: 'cAdvisor in each Docker host',
  other: 'the exporter for the component',
};

export const operationsTemplates: TemplateTable = {
  'ups.add': (change) => {
    const ups = change.after as unknown as Ups;
    return [
      draft(change, {
        title: `Install UPS ${change.subject}${ups.model ? ` (${ups.model})` : ''}`,
        preChecks: ['Battery charged for 8 h before loads move onto it'],
        action: { summary: 'Install and connect its data cable (USB or network card) to the NUT server.', commands: [shell('lsusb; upsc -l', ups.shutdown?.server)] },
        validation: ['upsc <ups>@<server> shows ups.status OL and battery.charge 100'],
        rollback: ['Move the loads back to the wall; nothing depends on it yet'],
        duration: HOUR,
      }),
    ];
  },
  'ups.remove': (change) => [
    draft(change, {
      title: `Retire UPS ${change.subject}`,
      preChecks: ['No load is plugged into it any more'],
      action: { summary: 'Unplug it and recycle the battery.', commands: [] },
      validation: ['Every device it fed is up on its new supply'],
      rollback: ['Plug it back in'],
      disrupts: [`ups:${change.subject}`],
      duration: 30 * MINUTE,
    }),
  ],
  'ups.modify': (change) => [
    draft(change, {
      title: `Change UPS ${change.subject}`,
      action: { summary: `Set ${listText(change.fields.map((field) => field.path))} (a new battery pack: run a calibration afterwards).`, commands: [shell(`upsc ${change.subject}`)] },
      validation: ['upsc shows the expected battery.runtime at the current load'],
      rollback: ['Undo the change'],
      duration: HOUR,
    }),
  ],
  'monitoring-system.add': (change) => {
    const system = change.after as unknown as MonitoringSystem;
    const scrape = system.scrapeInterval !== undefined ? `${system.scrapeInterval}s` : '30s';
    return [
      draft(change, {
        title: `Deploy ${system.kind} ${change.subject} on ${system.runsOn}`,
        action: {
          summary: `${system.targets.length > 0 ? `Watch ${listText(system.targets)}` : 'Install it'}${system.exporters.length > 0 ? ` with exporters ${listText(system.exporters)}` : ''}.`,
          commands: [
            ...(system.kind === 'prometheus' ? [config(`prometheus.yml: scrape_interval ${scrape}; a job per exporter; --storage.tsdb.retention.time=${system.retention !== undefined ? `${Math.round(system.retention / 86400)}d` : '15d'}`, system.runsOn)] : []),
            ...(system.kind === 'alertmanager' ? [config('alertmanager.yml: a route and receiver per alert channel; a Watchdog alert to a dead man\'s switch', system.runsOn)] : []),
            ...system.exporters.map((exporter) => shell(EXPORTER_INSTALL[exporter] ?? exporter)),
            ...(system.kind === 'uptime-kuma' || system.kind === 'healthchecks' ? [ui(`Add a monitor per target: ${listText(system.targets)}`, system.runsOn)] : []),
          ],
        },
        validation: [system.kind === 'prometheus' ? 'Status ▸ Targets: every target UP' : 'Every target shows green', 'Stop one watched service: an alert arrives on the phone within the rule\'s "for" time'],
        rollback: ['Stop and remove it; nothing depends on it'],
        duration: 2 * HOUR,
      }),
    ];
  },
  'monitoring-system.remove': (change) => [
    draft(change, {
      title: `Retire monitoring system ${change.subject}`,
      preChecks: ['Its targets are watched by the new system and alerts arrive'],
      action: { summary: 'Stop it.', commands: [] },
      validation: ['No target lost its monitoring'],
      rollback: ['Start it again'],
      duration: 20 * MINUTE,
    }),
  ],
  'alert-route.remove': (change) => [
    draft(change, {
      title: `Remove alert route ${change.subject}`,
      preChecks: ['Another route delivers the same alerts'],
      action: { summary: 'Remove the receiver.', commands: [] },
      validation: ['A test alert still arrives through the remaining route'],
      rollback: ['Add it back'],
      duration: 10 * MINUTE,
    }),
  ],
  'monitoring-checks.change': (change) => {
    const after = (change.fields[0]?.after ?? {}) as Record<string, boolean | undefined>;
    const before = (change.fields[0]?.before ?? {}) as Record<string, boolean | undefined>;
    const turnedOn = Object.keys(after).filter((check) => after[check] === true && before[check] !== true).sort();
    const turnedOff = Object.keys(before).filter((check) => before[check] === true && after[check] !== true).sort();
    const how: Readonly<Record<string, string>> = {
      smart: 'smartd with -m <mail> (or smartctl_exporter alerts) on every host with disks',
      scrub: 'monthly zpool scrub (the zfsutils cron) and ZED mail on errors',
      backupJobs: 'notification on failure for every backup job (Datacenter ▸ Notifications; PBS notification targets)',
      ups: 'NUT NOTIFYCMD / nut_exporter alerts on ONBATT and LOWBATT',
      certificates: 'blackbox_exporter probe_ssl_earliest_cert_expiry alert',
      deadMansSwitch: 'an always-firing Watchdog alert pinging healthchecks.io, which alerts when it stops',
    };
    return [
      draft(change, {
        title: turnedOn.length > 0 ? `Turn on checks: ${listText(turnedOn)}` : `Change monitoring checks${turnedOff.length > 0 ? `: turn off ${listText(turnedOff)}` : ''}`,
        action: { summary: 'Make each failure mode alert.', commands: turnedOn.map((check) => config(how[check] ?? check)) },
        validation: turnedOn.length > 0 ? turnedOn.map((check) => `Trigger a test for ${check} and see the alert arrive`) : ['The monitoring configuration matches the spec'],
        rollback: ['Restore the previous checks'],
        blastRadius: [],
        duration: Math.max(1, turnedOn.length) * 20 * MINUTE,
      }),
    ];
  },
};
