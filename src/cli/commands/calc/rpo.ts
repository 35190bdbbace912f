/** `kestra calc rpo`: worst-case data loss of a backup schedule, and of an offsite copy made by a sync after it. */
import { Command } from 'commander';
import { backupRpo, chainedRpoBound } from '../../../calc/backup/recovery-point.js';
import { formatDuration, parseDuration, parseSchedule } from '../../../intake/units/index.js';
import type { Seconds } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The flags of `kestra calc rpo`. */
export interface RpoOptions {
  schedule?: string;
  duration?: string;
  syncSchedule?: string;
  syncDuration?: string;
}

/** The `kestra calc rpo` command. */
export function rpoCalcCommand(io: Io): Command {
  return new Command('rpo')
    .description('Worst-case RPO of a backup schedule (longest gap + duration), and the bound for an offsite sync after it.')
    .option('--schedule <when>', 'when the backup runs, e.g. "daily 02:00", hourly, "0 2 * * *", "mon..fri 22:00"')
    .option('--duration <duration>', 'how long a run takes, e.g. 1h')
    .option('--sync-schedule <when>', 'when a sync job copies the backups offsite')
    .option('--sync-duration <duration>', 'how long a sync run takes')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc rpo --schedule "daily 02:00" --duration 1h\n  $ kestra calc rpo --schedule hourly --duration 5m --sync-schedule "daily 05:00" --sync-duration 2h')
    .action((options: RpoOptions & { json?: boolean }) => printCalcResult(io, rpoCalc(options), options.json === true));
}

/** Computes `kestra calc rpo` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function rpoCalc(options: RpoOptions): CalcResult {
  if (options.schedule === undefined) throw new UsageError('--schedule is required', 'give when the backup runs, e.g. --schedule "daily 02:00"');
  if (options.duration === undefined) throw new UsageError('--duration is required', 'give how long a run takes, e.g. --duration 1h');
  const schedule = parseFlag('--schedule', options.schedule, parseSchedule);
  const duration = parseFlag('--duration', options.duration, parseDuration);
  const stage = { longestGap: schedule.longestGapSeconds, duration };
  const rpo = backupRpo(stage);
  const lines: CalcLine[] = [
    { key: 'rpo', label: 'Worst-case RPO', value: withHours(rpo), amount: rpo, unit: 'seconds', formula: 'longest gap between runs + duration' },
    { key: 'longest-gap', label: 'Longest gap between runs', value: formatDuration(schedule.longestGapSeconds), amount: schedule.longestGapSeconds, unit: 'seconds', formula: schedule.description },
  ];
  const inputs = [{ name: 'schedule', value: `${options.schedule} (${schedule.description})` }, { name: 'duration', value: formatDuration(duration) }];
  if ((options.syncSchedule === undefined) !== (options.syncDuration === undefined)) throw new UsageError('--sync-schedule and --sync-duration go together', 'give both, e.g. --sync-schedule "daily 05:00" --sync-duration 2h');
  if (options.syncSchedule !== undefined && options.syncDuration !== undefined) {
    const sync = parseFlag('--sync-schedule', options.syncSchedule, parseSchedule);
    const syncDuration = parseFlag('--sync-duration', options.syncDuration, parseDuration);
    const bound = chainedRpoBound([stage, { longestGap: sync.longestGapSeconds, duration: syncDuration }]);
    lines.push({ key: 'offsite-rpo', label: 'Offsite RPO bound', value: withHours(bound), amount: bound, unit: 'seconds', formula: 'T + d + S + s: the sync may just miss the newest backup' });
    inputs.push({ name: 'sync schedule', value: `${options.syncSchedule} (${sync.description})` }, { name: 'sync duration', value: formatDuration(syncDuration) });
  }
  return { title: `Backup ${schedule.description}, ${formatDuration(duration)} a run`, lines, inputs, notes: ['A failure just before a run completes leaves the previous completed run as the newest restore point.'], sources: [] };
}

/** "1.04 days (25 h)": days alone hide the hours an RPO target is usually written in. */
function withHours(value: Seconds): string {
  const hours = Math.round((value / 3600) * 100) / 100;
  return value >= 86_400 ? `${formatDuration(value)} (${hours} h)` : formatDuration(value);
}
