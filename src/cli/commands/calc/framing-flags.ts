/**
 * The flags that say how a TCP stream is framed on a link (--mtu, --vlan, --ipv6, --no-timestamps),
 * shared by `kestra calc link`, `transfer` and `migration`, and the goodput line they all print.
 */
import type { Command } from 'commander';
import { DEFAULT_MTU, tcpGoodput, tcpIpHeaderBytes, wireOverheadBytes, type FramingOptions } from '../../../calc/network/ethernet-goodput.js';
import { formatRate, parseRate } from '../../../intake/units/index.js';
import { MB, MiB, type BitsPerSecond } from '../../../model/quantities.js';
import { UsageError } from '../../../usage-error.js';
import { parseFlag, parseIntegerFlag } from './parse-flag.js';
import type { CalcInput, CalcLine } from './print-result.js';

/** How a TCP stream is framed: --mtu, --vlan, --ipv6, --no-timestamps. */
export interface FramingFlags {
  mtu?: string | number;
  vlan?: boolean;
  ipv6?: boolean;
  timestamps?: boolean;
}

export const ETHERNET_SOURCES = [
  'https://en.wikipedia.org/wiki/Ethernet_frame#Maximum_throughput',
  'https://blog.a2o.si/2015/06/26/ethernetiptcp-bitrate-vs-packet-size-vs-segment-size-vs-efficiency-vs-speed/',
];

/** Adds the framing flags to a command. */
export function withFramingFlags(command: Command): Command {
  return command
    .option('--mtu <bytes>', `IP MTU (default ${DEFAULT_MTU}; 9000 for jumbo frames)`)
    .option('--vlan', 'frames carry an 802.1Q tag (+4 bytes each)')
    .option('--ipv6', 'IPv6 instead of IPv4 (+20 header bytes per packet)')
    .option('--no-timestamps', 'TCP timestamps off (Linux has them on by default, 12 bytes per packet)');
}

/** The framing the flags describe. */
export function readFraming(flags: FramingFlags): FramingOptions {
  return {
    mtu: flags.mtu === undefined ? DEFAULT_MTU : parseIntegerFlag('--mtu', flags.mtu, 576, 16_000),
    vlanTagged: flags.vlan === true,
    ipv6: flags.ipv6 === true,
    tcpTimestamps: flags.timestamps !== false,
  };
}

/** Reads a line rate flag such as "1GbE" or "2.5 Gbit/s". */
export function readLineRate(flag: string, text: string): BitsPerSecond {
  const rate = parseFlag(flag, text, parseRate);
  if (!(rate > 0)) throw new UsageError(`${flag} must be more than 0`, `write e.g. ${flag} 1GbE`);
  return rate;
}

/** The TCP goodput result line for a link at this framing. */
export function goodputLine(lineRate: BitsPerSecond, framing: FramingOptions): CalcLine {
  const goodput = tcpGoodput(lineRate, framing);
  const mtu = framing.mtu ?? DEFAULT_MTU;
  return {
    key: 'goodput',
    label: 'TCP goodput',
    value: `${formatRate(goodput)} = ${(goodput / 8 / MB).toFixed(2)} MB/s = ${(goodput / 8 / MiB).toFixed(2)} MiB/s`,
    amount: goodput,
    unit: 'bits-per-second',
    formula: `line rate × (${mtu} − ${tcpIpHeaderBytes(framing)}) / (${mtu} + ${wireOverheadBytes(framing)})`,
  };
}

/** The framing as calculator inputs. */
export function framingInputs(framing: FramingOptions): CalcInput[] {
  return [
    { name: 'MTU', value: `${framing.mtu ?? DEFAULT_MTU} bytes` },
    { name: '802.1Q tag', value: framing.vlanTagged === true ? 'yes' : 'no' },
    { name: 'IP version', value: framing.ipv6 === true ? 'IPv6' : 'IPv4' },
    { name: 'TCP timestamps', value: framing.tcpTimestamps === false ? 'off' : 'on' },
  ];
}
