/** `kestra calc rto`: estimated recovery time from a backup. */
import { Command } from 'commander';
import { recoveryTime } from '../../../calc/backup/recovery-time.js';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { formatBytes, formatDuration, formatRate, parseDuration, parseRate, parseSize } from '../../../intake/units/index.js';
import { MiB, seconds, type BitsPerSecond, type Seconds } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseFlag, parseOptionalFlag } from './parse-flag.js';
import { printCalcResult, type CalcResult } from './print-result.js';

/** The flags of `kestra calc rto`. */
export interface RtoOptions {
  size?: string;
  rate?: string;
  link?: string;
  detect?: string;
  provision?: string;
  boot?: string;
}

/** The `kestra calc rto` command. */
export function rtoCalcCommand(io: Io): Command {
  return new Command('rto')
    .description('Estimated RTO: detect + provision + restore bytes / restore rate + boot.')
    .option('--size <size>', 'bytes to restore, e.g. 500GiB or 200GB')
    .option('--rate <rate>', 'measured restore throughput, e.g. 200MiB/s')
    .option('--link <rate>', 'or: the slowest link of the restore path, e.g. 1GbE (its TCP goodput is used)')
    .option('--detect <duration>', 'time until the loss is noticed (default 5m)')
    .option('--provision <duration>', 'time to get a machine to restore onto (default 0)')
    .option('--boot <duration>', 'time to boot and verify (default 5m)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc rto --size 500GiB --rate 200MiB/s\n  $ kestra calc rto --size 2TB --link 1GbE --detect 30m --provision 2h')
    .action((options: RtoOptions & { json?: boolean }) => printCalcResult(io, rtoCalc(options), options.json === true));
}

/** Computes `kestra calc rto` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function rtoCalc(options: RtoOptions): CalcResult {
  if (options.size === undefined) throw new UsageError('--size is required', 'give the bytes to restore, e.g. --size 500GiB');
  if ((options.rate === undefined) === (options.link === undefined)) throw new UsageError('give one of --rate or --link', 'e.g. --rate 200MiB/s (measured) or --link 1GbE (slowest link)');
  const size = parseFlag('--size', options.size, (text) => parseSize(text, 'disk')).bytes;
  const rate: BitsPerSecond = options.rate !== undefined ? parseFlag('--rate', options.rate, parseRate) : tcpGoodput(parseFlag('--link', options.link as string, parseRate));
  if (!(rate > 0)) throw new UsageError('the restore rate must be more than 0', 'write e.g. --rate 200MiB/s');
  const read = (flag: string, text: string | undefined, fallback: Seconds): Seconds => parseOptionalFlag(flag, text, parseDuration) ?? fallback;
  const detect = read('--detect', options.detect, seconds(300));
  const provision = read('--provision', options.provision, seconds(0));
  const boot = read('--boot', options.boot, seconds(300));
  const result = recoveryTime({ size, rate, detect, provision, boot });
  return {
    title: `Restoring ${formatBytes(size)} at ${formatRate(rate)}`,
    lines: [
      { key: 'rto', label: 'RTO estimate', value: formatDuration(result.total), amount: result.total, unit: 'seconds', formula: 'detect + provision + transfer + boot' },
      { key: 'transfer', label: 'Restore transfer', value: `${formatDuration(result.transfer)} (${(result.transfer / 60).toFixed(1)} min)`, amount: result.transfer, unit: 'seconds', formula: 'size × 8 / rate' },
    ],
    inputs: [
      { name: 'size', value: formatBytes(size) },
      { name: 'rate', value: `${formatRate(rate)} (${(rate / 8 / MiB).toFixed(2)} MiB/s)${options.link !== undefined ? ', TCP goodput of the link' : ''}` },
      { name: 'detect', value: formatDuration(detect) },
      { name: 'provision', value: formatDuration(provision) },
      { name: 'boot', value: formatDuration(boot) },
    ],
    notes: [...(options.detect === undefined || options.boot === undefined ? ['Detect and boot default to 5 min each; give --detect and --boot from your monitoring and restore tests.'] : [])],
    sources: [],
  };
}
