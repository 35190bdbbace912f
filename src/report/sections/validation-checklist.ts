/**
 * Validation & Monitoring Checklist: what to check after the plan (and every week after), with the command
 * and the expected result, derived from what the spec contains; plus one line per remediation.
 */
import type { Model } from '../../model/types.js';
import { cell, idsCell } from '../describe.js';
import { remediationsOf } from '../remediations.js';
import { migrationStepIds } from '../steps/migration-steps.js';
import type { ReportContext } from '../report-inputs.js';
import type { RichText, Section } from '../report-model.js';
import { code, joinRich, rule } from '../rich-text.js';
import { inputArguments } from '../input-names.js';
import { sectionTitles } from '../section-ids.js';

type Row = readonly [RichText, RichText, RichText];

/** The Validation & Monitoring Checklist section. */
export function buildValidationChecklist(context: ReportContext): Section {
  const rows: Row[] = [...platformChecks(context.model), ...protectionChecks(context.model), ...networkChecks(context.model)];
  // The design's own acceptance checks, in the order it gives them; the migration's last step runs them.
  const verify = context.migration ? [...migrationStepIds(context.migration).values()].pop() : undefined;
  for (const check of context.design?.validation ?? []) rows.push([[check], verify ? ['the verification step ', code(verify)] : ['by hand, after the change'], ['holds as stated']]);
  for (const remediation of remediationsOf(context)) {
    rows.push([[rule(remediation.ruleId), ' remedied (step ', code(remediation.stepId), ')'], [code(`kestra analyze ${inputArguments(context.inputs)}`)], ['not reported for ', ...joinRich(remediation.subjects.map(code), ', ')]]);
  }
  return {
    id: 'validation-checklist',
    title: sectionTitles['validation-checklist'],
    blocks: [
      { kind: 'paragraph', text: ['Run after the last step, and keep the monitoring items running afterwards.'], detail: true },
      { kind: 'table', columns: [{ title: 'Check' }, { title: 'How' }, { title: 'Expected' }], rows },
    ],
  };
}

function platformChecks(model: Model): Row[] {
  const rows: Row[] = [];
  for (const cluster of model.clusters.proxmox) {
    rows.push([['Cluster ', code(cluster.id), ' quorate'], [code('pvecm status')], ['Quorate: Yes, with ', ...idsCell(cluster.nodes.map((node) => node.host)), ' listed']]);
    if (cluster.ha?.enabled) rows.push([['HA resources of ', code(cluster.id)], [code('ha-manager status')], ['every HA resource "started"']]);
  }
  const poolHosts = [...new Set(model.storage.zfs.map((pool) => pool.host))];
  if (poolHosts.length > 0) rows.push([['ZFS pools healthy on ', ...idsCell(poolHosts)], [code('zpool status -x')], ['"all pools are healthy"']]);
  for (const ceph of model.storage.ceph) rows.push([['Ceph ', code(ceph.id), ' healthy'], [code('ceph health')], ['HEALTH_OK']]);
  return rows;
}

function protectionChecks(model: Model): Row[] {
  const rows: Row[] = model.backups.jobs.map((job) => [['Backup job ', code(job.id)], ['its log on the backup server'], [`a successful run ${job.schedule.description}, and a test restore of one source`]]);
  for (const ups of model.power.ups) {
    if (ups.shutdown?.tool === 'nut') rows.push([['UPS ', code(ups.id), ' on line'], [code(`upsc ${ups.id}@${ups.shutdown.server ?? 'localhost'}`)], ['ups.status: OL']]);
  }
  const watched = new Set(model.monitoring.systems.flatMap((system) => system.targets));
  const hosts = [...model.hosts.map((host) => host.id), ...model.network.devices.filter((device) => device.kind !== 'access-point').map((device) => device.id)];
  if (model.monitoring.systems.length > 0) {
    rows.push([['Monitoring targets up'], ['the monitoring UI of ', ...idsCell(model.monitoring.systems.map((system) => system.id))], ['every target up']]);
    const unwatched = hosts.filter((id) => !watched.has(id));
    if (unwatched.length > 0) rows.push([['Monitoring coverage'], ['the target lists of the monitoring systems'], [...idsCell(unwatched), ' watched too (no system in the spec watches them)']]);
  } else if (hosts.length > 0) {
    rows.push([['Monitoring coverage'], ['a monitoring system'], ['watching ', ...idsCell(hosts), '; the spec declares none']]);
  }
  for (const alert of model.monitoring.alerts) rows.push([['Alert route ', code(alert.id)], ['send a test alert from ', code(alert.from)], [`it arrives by ${alert.channel}`]]);
  return rows;
}

function networkChecks(model: Model): Row[] {
  const rows: Row[] = [];
  const zoneVlans = (zone: string) => model.network.vlans.filter((vlan) => vlan.zone === zone || vlan.id === zone).map((vlan) => vlan.id);
  for (const rule of model.network.firewall.rules) {
    if (rule.action !== 'deny' || rule.to === 'wan' || rule.from === 'any') continue;
    const from = zoneVlans(rule.from);
    const to = rule.to === 'any' ? ['any other VLAN'] : zoneVlans(rule.to);
    if (from.length === 0) continue;
    rows.push([
      [`Firewall: ${rule.from} → ${rule.to} denied`],
      ['from a client in ', ...idsCell(from), ', open a connection to a host in ', ...(to[0] === 'any other VLAN' ? ['any other VLAN'] : idsCell(to))],
      cell('connection refused or timed out'),
    ]);
  }
  for (const wan of model.network.wan) rows.push([['WAN ', code(wan.id), ' up'], ['a speed test from a wired client'], ['close to the contracted rate']]);
  return rows;
}
