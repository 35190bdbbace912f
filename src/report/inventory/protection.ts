/** Inventory of what protects the site: backup targets and jobs, monitoring systems, alert routes, checks. */
import type { Model } from '../../model/types.js';
import { cell, idCell, idsCell, size, yesNo } from '../describe.js';
import type { Block } from '../report-model.js';

/** Backup targets and jobs as declared. */
export function backupBlocks(model: Model): Block[] {
  const blocks: Block[] = [];
  const { targets, jobs } = model.backups;
  if (targets.length > 0) {
    blocks.push({ kind: 'heading', text: 'Backup targets' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Target' }, { title: 'Kind' }, { title: 'Where' }, { title: 'Offsite' }, { title: 'Immutable' }, { title: 'Offline' }, { title: 'Capacity', align: 'right' }],
      rows: targets.map((target) => [
        idCell(target.id),
        cell(target.kind),
        cell([target.host, target.pool, target.share, target.provider].filter(Boolean).join(' / ')),
        cell(yesNo(target.offsite)),
        cell(yesNo(target.immutable)),
        cell(yesNo(target.offline)),
        cell(target.capacity === undefined ? undefined : size(target.capacity)),
      ]),
    });
  }
  if (jobs.length > 0) {
    blocks.push({ kind: 'heading', text: 'Backup jobs' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Job' }, { title: 'Tool' }, { title: 'Sources' }, { title: 'Target' }, { title: 'Schedule' }, { title: 'Retention' }, { title: 'Encrypted' }, { title: 'Last restore test' }],
      rows: jobs.map((job) => [
        idCell(job.id),
        cell(job.tool),
        idsCell(job.sources),
        idCell(job.target),
        cell(job.schedule.description),
        cell(
          Object.entries(job.retention ?? {})
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => `${key} ${String(value)}`)
            .join(', '),
        ),
        cell(yesNo(job.encrypted)),
        cell(job.lastRestoreTest ?? 'never recorded'),
      ]),
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'heading', text: 'Backups' }, { kind: 'paragraph', text: ['The spec declares no backup targets or jobs.'] });
  return blocks;
}

/** Monitoring systems, alert routes and the checks the spec says are in place. */
export function monitoringBlocks(model: Model): Block[] {
  const { systems, alerts, checks } = model.monitoring;
  const blocks: Block[] = [{ kind: 'heading', text: 'Monitoring and alerting' }];
  if (systems.length === 0) blocks.push({ kind: 'paragraph', text: ['The spec declares no monitoring system.'] });
  else {
    blocks.push({
      kind: 'table',
      columns: [{ title: 'System' }, { title: 'Kind' }, { title: 'Runs on' }, { title: 'Watches' }, { title: 'Exporters' }],
      rows: systems.map((system) => [idCell(system.id), cell(system.kind), idCell(system.runsOn), idsCell(system.targets), cell(system.exporters.join(', '))]),
    });
  }
  if (alerts.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Alert route' }, { title: 'From' }, { title: 'Channel' }, { title: 'Delivered from outside the site' }],
      rows: alerts.map((alert) => [idCell(alert.id), idCell(alert.from), cell(alert.channel), cell(yesNo(alert.external))]),
    });
  }
  const named: Record<string, string> = { smart: 'SMART health', scrub: 'ZFS scrubs', backupJobs: 'backup job results', ups: 'UPS on battery', certificates: 'certificate expiry', deadMansSwitch: 'dead man’s switch' };
  const declared = Object.entries(checks).filter(([, value]) => value !== undefined);
  if (declared.length > 0) {
    blocks.push({ kind: 'bullets', items: declared.map(([key, value]) => [`${named[key] ?? key}: ${value ? 'checked and alerting' : 'not checked'}`]) });
  }
  return blocks;
}
