/**
 * Operational Considerations: what running and changing the site involves, as the spec states it — change
 * windows, power-loss handling, backup verification, alerting, configuration backups. Reads the model only.
 */
import { formatDuration } from '../../intake/units/index.js';
import type { Seconds } from '../../model/quantities.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, joinRich } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** The Operational Considerations section. */
export function buildOperationalConsiderations(context: ReportContext): Section {
  const { model } = context;
  const blocks: Block[] = [];
  const change: RichText[] = [];
  const { constraints } = model;
  change.push(
    constraints.maintenanceWindows.length > 0
      ? [`Disruptive work is allowed only in ${constraints.maintenanceWindows.join(', ')}; every step below states its downtime so it can be scheduled.`]
      : ['The spec names no maintenance window: agree one before any step with downtime.'],
  );
  if (constraints.zeroDowntime.length > 0) {
    const one = constraints.zeroDowntime.length === 1;
    change.push(['Zero downtime is required for ', ...joinRich(constraints.zeroDowntime.map(code), ', '), `: a step that touches ${one ? 'it' : 'one of them'} must keep a running copy throughout.`]);
  }
  blocks.push({ kind: 'heading', text: 'Change control' }, { kind: 'bullets', items: change });

  const power: RichText[] = model.power.ups.map((ups) =>
    ups.shutdown === undefined
      ? ['UPS ', code(ups.id), ': the spec does not say whether hosts shut down on low battery.']
      : ups.shutdown.automated
        ? ['UPS ', code(ups.id), `: hosts shut down by themselves${ups.shutdown.tool ? ` (${ups.shutdown.tool}${ups.shutdown.server ? ` on ${ups.shutdown.server}` : ''})` : ''}${ups.shutdown.after !== undefined ? ` after ${formatDuration(ups.shutdown.after as Seconds)} on battery` : ''}; test it in a maintenance window.`]
        : ['UPS ', code(ups.id), ': no automated shutdown, so a long outage ends in hard power-off of everything it feeds.'],
  );
  if (power.length > 0) blocks.push({ kind: 'heading', text: 'Power events' }, { kind: 'bullets', items: power });

  const backups: RichText[] = model.backups.jobs.map((job) => [
    'Job ',
    code(job.id),
    job.lastRestoreTest ? `: last restore test ${job.lastRestoreTest}` : ': no restore test recorded',
    job.verify === undefined ? '' : job.verify ? ', verified after writing' : ', not verified after writing',
    '.',
  ]);
  if (backups.length > 0) blocks.push({ kind: 'heading', text: 'Backup operations' }, { kind: 'bullets', items: backups });

  const watch: RichText[] = [];
  const { checks, alerts, systems } = model.monitoring;
  if (systems.length === 0) watch.push(['Nothing is monitored: failures are found by users.']);
  if (systems.length > 0 && alerts.length === 0) watch.push(['No alert route is declared: monitoring records failures but tells no one.']);
  for (const alert of alerts) if (!alert.external) watch.push(['Alert route ', code(alert.id), ' is delivered from inside the site, so it falls silent with the site.']);
  const missing = (['smart', 'scrub', 'backupJobs', 'ups'] as const).filter((check) => checks[check] !== true);
  if (missing.length > 0) watch.push([`Not declared as checked and alerting: ${missing.map((check) => ({ smart: 'SMART health', scrub: 'ZFS scrubs', backupJobs: 'backup job results', ups: 'UPS on battery' })[check]).join(', ')}.`]);
  if (watch.length > 0) blocks.push({ kind: 'heading', text: 'Monitoring and alerting' }, { kind: 'bullets', items: watch });

  const configs = model.network.devices.filter((device) => device.configBackup !== true && ['router', 'firewall', 'gateway', 'switch'].includes(device.kind));
  if (configs.length > 0) {
    blocks.push(
      { kind: 'heading', text: 'Configuration backups' },
      { kind: 'bullets', items: [['Not declared as backed up off the device: ', ...joinRich(configs.map((device) => code(device.id)), ', '), '. Export their configuration before any change.']] },
    );
  }
  return { id: 'operational-considerations', title: sectionTitles['operational-considerations'], blocks };
}
