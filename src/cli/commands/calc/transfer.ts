/** `kestra calc transfer`: how long moving a number of bytes over a link takes at its TCP goodput. */
import { Command } from 'commander';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { transferTime } from '../../../calc/network/transfer-time.js';
import { formatBytes, formatDuration, formatRate, parseSize } from '../../../intake/units/index.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { ETHERNET_SOURCES, framingInputs, goodputLine, readFraming, readLineRate, withFramingFlags, type FramingFlags } from './framing-flags.js';
import { parseFlag } from './parse-flag.js';
import { printCalcResult, type CalcResult } from './print-result.js';

/** The argument and flags of `kestra calc transfer`. */
export interface TransferOptions extends FramingFlags {
  /** Bytes to move, e.g. "4TB". */
  size?: string;
  link?: string;
}

/** The `kestra calc transfer` command. */
export function transferCalcCommand(io: Io): Command {
  return withFramingFlags(
    new Command('transfer')
      .description('Time to move a number of bytes over a link (at its TCP goodput).')
      .argument('[size]', 'bytes to move, e.g. 4TB (10^12), 500GiB')
      .option('--link <rate>', 'line rate of the slowest link on the path, e.g. 1GbE or 100 Mbit/s'),
  )
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc transfer 4TB --link 1GbE\n  $ kestra calc transfer 1TiB --link 10GbE --mtu 9000')
    .action((size: string | undefined, options: Omit<TransferOptions, 'size'> & { json?: boolean }) => printCalcResult(io, transferCalc({ ...options, ...(size !== undefined ? { size } : {}) }), options.json === true));
}

/** Computes `kestra calc transfer` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function transferCalc(options: TransferOptions): CalcResult {
  const sizeText = options.size;
  if (sizeText === undefined) throw new UsageError('the size to move is required', 'write e.g. kestra calc transfer 4TB --link 1GbE');
  if (options.link === undefined) throw new UsageError('--link is required', 'give the slowest link on the path, e.g. --link 1GbE');
  const size = parseFlag('size', sizeText, (text) => parseSize(text, 'disk')).bytes;
  const lineRate = readLineRate('--link', options.link);
  const framing = readFraming(options);
  const goodput = tcpGoodput(lineRate, framing);
  const time = transferTime(size, goodput);
  return {
    title: `Moving ${formatBytes(size)} over ${formatRate(lineRate)}`,
    lines: [
      { key: 'time', label: 'Transfer time', value: `${formatDuration(time)} (${(time / 3600).toFixed(3)} h)`, amount: time, unit: 'seconds', formula: 'size × 8 / goodput' },
      goodputLine(lineRate, framing),
    ],
    inputs: [{ name: 'size', value: formatBytes(size) }, { name: 'line rate', value: formatRate(lineRate) }, ...framingInputs(framing)],
    notes: ['A lower bound: disks, CPU, compression and protocols above TCP (SMB, NFS, HTTPS) are not modelled.', 'Sizes in TB/GB are decimal (10^12/10^9 bytes); use TiB/GiB for binary.'],
    sources: ETHERNET_SOURCES,
  };
}
