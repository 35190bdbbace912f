/** `kestra calc migration`: live-migration time of a VM under the pre-copy model, with non-convergence flagged. */
import { Command } from 'commander';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { estimateLiveMigration, QEMU_DEFAULT_DOWNTIME_LIMIT } from '../../../calc/network/live-migration.js';
import { formatBytes, formatDuration, formatMemory, formatRate, parseDuration, parseRate, parseSize } from '../../../intake/units/index.js';
import { bitsPerSecond, type BitsPerSecond } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { framingInputs, goodputLine, readFraming, readLineRate, withFramingFlags, type FramingFlags } from './framing-flags.js';
import { parseFlag, parseOptionalFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The flags of `kestra calc migration`. */
export interface MigrationOptions extends FramingFlags {
  memory?: string;
  link?: string;
  dirtyRate?: string;
  downtime?: string;
  bandwidthLimit?: string;
}

/** The `kestra calc migration` command. */
export function migrationCalcCommand(io: Io): Command {
  return withFramingFlags(
    new Command('migration')
      .description('Live-migration time of a VM (pre-copy): rounds, total time, final downtime; flags a dirty rate that never converges.')
      .option('--memory <size>', 'guest memory, e.g. 8GB (read as GiB)')
      .option('--link <rate>', 'line rate of the migration network, e.g. 1GbE')
      .option('--dirty-rate <rate>', 'rate the guest dirties memory, e.g. 50MB/s (default 0, an idle guest)')
      .option('--downtime <duration>', 'downtime limit of the final round (default 300ms, QEMU; Proxmox VE uses 100ms)')
      .option('--bandwidth-limit <rate>', 'migration bandwidth cap, e.g. 128MiB/s (QEMU\'s default; Proxmox VE sets none)'),
  )
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc migration --memory 8GB --link 1GbE\n  $ kestra calc migration --memory 16GB --link 10GbE --dirty-rate 200MB/s --downtime 100ms')
    .action((options: MigrationOptions & { json?: boolean }) => printCalcResult(io, migrationCalc(options), options.json === true));
}

/** Computes `kestra calc migration` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function migrationCalc(options: MigrationOptions): CalcResult {
  if (options.memory === undefined) throw new UsageError('--memory is required', 'give the guest memory, e.g. --memory 8GB');
  if (options.link === undefined) throw new UsageError('--link is required', 'give the migration network speed, e.g. --link 1GbE');
  const memory = parseFlag('--memory', options.memory, (text) => parseSize(text, 'memory')).bytes;
  const lineRate = readLineRate('--link', options.link);
  const framing = readFraming(options);
  const dirtyRate = parseOptionalFlag('--dirty-rate', options.dirtyRate, parseRate) ?? bitsPerSecond(0);
  const downtimeLimit = parseOptionalFlag('--downtime', options.downtime, parseDuration) ?? QEMU_DEFAULT_DOWNTIME_LIMIT;
  const limit = parseOptionalFlag('--bandwidth-limit', options.bandwidthLimit, parseRate);
  if (limit !== undefined && !(limit > 0)) throw new UsageError('--bandwidth-limit must be more than 0', 'write e.g. --bandwidth-limit 128MiB/s');
  const goodput = tcpGoodput(lineRate, framing);
  const rate: BitsPerSecond = limit === undefined ? goodput : bitsPerSecond(Math.min(goodput, limit));
  const estimate = estimateLiveMigration({ memory, rate, dirtyRate, downtimeLimit });
  const rateLine: CalcLine = { key: 'rate', label: 'Transfer rate R', value: formatRate(rate), amount: rate, unit: 'bits-per-second', formula: limit === undefined ? 'link goodput' : 'min(link goodput, bandwidth limit)' };
  const lines: CalcLine[] = estimate.converges
    ? [
        { key: 'time', label: 'Migration time', value: formatDuration(estimate.total), amount: estimate.total, unit: 'seconds', formula: '(M / R) × (1 − r^(n+1)) / (1 − r), r = D / R' },
        { key: 'rounds', label: 'Pre-copy rounds n', value: String(estimate.rounds), amount: estimate.rounds, unit: 'count', formula: 'smallest n with (M / R) × r^n ≤ downtime limit' },
        { key: 'downtime', label: 'Final downtime', value: formatDuration(estimate.downtime), amount: estimate.downtime, unit: 'seconds', formula: '(M / R) × r^n' },
        { key: 'bytes-sent', label: 'Memory sent', value: formatBytes(estimate.bytesSent), amount: estimate.bytesSent, unit: 'bytes', formula: 'M × (1 − r^(n+1)) / (1 − r)' },
        rateLine,
        goodputLine(lineRate, framing),
      ]
    : [
        { key: 'converges', label: 'Converges', value: `no: the guest dirties memory at ${(estimate.dirtyRatio * 100).toFixed(0)} % of the transfer rate`, amount: false, unit: 'boolean', formula: 'converges only if D < R' },
        rateLine,
        goodputLine(lineRate, framing),
      ];
  return {
    title: `Live migration of ${formatMemory(memory)} over ${formatRate(lineRate)}`,
    lines,
    inputs: [
      { name: 'memory M', value: formatMemory(memory) },
      { name: 'line rate', value: formatRate(lineRate) },
      { name: 'dirty rate D', value: formatRate(dirtyRate) },
      { name: 'downtime limit', value: formatDuration(downtimeLimit) },
      ...(limit !== undefined ? [{ name: 'bandwidth limit', value: formatRate(limit) }] : []),
      ...framingInputs(framing),
    ],
    notes: [
      ...(options.dirtyRate === undefined ? ['No dirty rate given: an idle guest, so the time is a lower bound.'] : []),
      ...(estimate.converges ? [] : ['QEMU then needs auto-converge (CPU throttling) or post-copy; Proxmox VE doubles the downtime limit after repeated stalls.']),
      'Memory only: a VM on local storage also copies its disks (--with-local-disks); see kestra calc transfer.',
    ],
    sources: ['https://gitlab.com/qemu-project/qemu/-/blob/master/migration/options.c', 'https://github.com/proxmox/qemu-server/blob/master/PVE/QemuMigrate.pm'],
  };
}
