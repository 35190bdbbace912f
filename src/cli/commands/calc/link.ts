/** `kestra calc link`: the TCP goodput and framing efficiency of an Ethernet link. */
import { Command } from 'commander';
import { framesPerSecond, layer2Efficiency, MINIMUM_WIRE_FRAME_BYTES, tcpEfficiency, wireOverheadBytes } from '../../../calc/network/ethernet-goodput.js';
import { formatPercent, formatRate } from '../../../intake/units/index.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { ETHERNET_SOURCES, framingInputs, goodputLine, readFraming, readLineRate, withFramingFlags, type FramingFlags } from './framing-flags.js';
import { printCalcResult, type CalcResult } from './print-result.js';

/** The argument and flags of `kestra calc link`. */
export interface LinkOptions extends FramingFlags {
  /** Line rate, e.g. "1GbE". */
  rate?: string;
}

/** The `kestra calc link` command. */
export function linkCalcCommand(io: Io): Command {
  return withFramingFlags(
    new Command('link')
      .description('TCP goodput of an Ethernet link: what is left of the line rate after framing and headers.')
      .argument('[rate]', 'line rate, e.g. 1GbE, 2.5GbE, 10 Gbit/s'),
  )
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc link 1GbE\n  $ kestra calc link 10GbE --mtu 9000 --vlan')
    .action((rate: string | undefined, options: FramingFlags & { json?: boolean }) => printCalcResult(io, linkCalc({ ...options, ...(rate !== undefined ? { rate } : {}) }), options.json === true));
}

/** Computes `kestra calc link` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function linkCalc(options: LinkOptions): CalcResult {
  const rateText = options.rate;
  if (rateText === undefined) throw new UsageError('the link rate is required', 'write e.g. kestra calc link 1GbE');
  const lineRate = readLineRate('rate', rateText);
  const framing = readFraming(options);
  const mtu = framing.mtu as number;
  return {
    title: `Ethernet link at ${formatRate(lineRate)}`,
    lines: [
      goodputLine(lineRate, framing),
      { key: 'tcp-efficiency', label: 'TCP efficiency', value: formatPercent(tcpEfficiency(framing), 2), amount: tcpEfficiency(framing), unit: 'ratio', formula: 'TCP payload / bytes on the wire per frame' },
      { key: 'layer2-efficiency', label: 'IP packets / wire', value: formatPercent(layer2Efficiency(framing), 2), amount: layer2Efficiency(framing), unit: 'ratio', formula: `${mtu} / (${mtu} + ${wireOverheadBytes(framing)})` },
      { key: 'full-frames-per-second', label: 'Full frames per second', value: Math.round(framesPerSecond(lineRate, mtu + wireOverheadBytes(framing))).toString(), amount: framesPerSecond(lineRate, mtu + wireOverheadBytes(framing)), unit: 'count', formula: `line rate / ((${mtu} + ${wireOverheadBytes(framing)}) × 8)` },
      { key: 'minimum-frames-per-second', label: 'Minimum frames per second', value: Math.round(framesPerSecond(lineRate, MINIMUM_WIRE_FRAME_BYTES)).toString(), amount: framesPerSecond(lineRate, MINIMUM_WIRE_FRAME_BYTES), unit: 'count', formula: `line rate / (${MINIMUM_WIRE_FRAME_BYTES} × 8)` },
    ],
    inputs: [{ name: 'line rate', value: formatRate(lineRate) }, ...framingInputs(framing)],
    notes: ['Wire overhead per frame: 8 B preamble/SFD + 14 B header + 4 B FCS + 12 B inter-frame gap (+ 4 B with a VLAN tag).', 'Goodput is an upper bound for a single TCP stream; disks, CPU and protocols above TCP are not modelled.'],
    sources: ETHERNET_SOURCES,
  };
}
