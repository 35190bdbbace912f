/**
 * Ethernet and TCP efficiency: how much of a link's line rate is left for payload once framing,
 * 802.1Q tags and IP/TCP headers are paid for on every frame.
 *
 * Sources:
 * - Per-frame wire overhead (preamble/SFD 8 B, header 14 B, FCS 4 B, inter-frame gap 12 B) and the
 *   97.53 % / 97.28 % maximum efficiencies: IEEE 802.3 framing as summarised in Wikipedia
 *   "Ethernet frame", Maximum throughput (https://en.wikipedia.org/wiki/Ethernet_frame#Maximum_throughput).
 * - TCP goodput = rate × (MTU − headers) / (MTU + 38):
 *   https://blog.a2o.si/2015/06/26/ethernetiptcp-bitrate-vs-packet-size-vs-segment-size-vs-efficiency-vs-speed/
 */
import { bitsPerSecond, type BitsPerSecond, type Ratio, ratio } from '../../model/quantities.js';

/** Preamble + SFD (8), MAC header (14), FCS (4) and the minimum inter-frame gap (12), in bytes. */
export const ETHERNET_WIRE_OVERHEAD_BYTES = 38;
/** An 802.1Q VLAN tag adds 4 bytes to every frame. */
export const VLAN_TAG_BYTES = 4;
/** IPv4 header without options. */
export const IPV4_HEADER_BYTES = 20;
/** IPv6 fixed header. */
export const IPV6_HEADER_BYTES = 40;
/** TCP header without options. */
export const TCP_HEADER_BYTES = 20;
/** The TCP timestamp option (10 B padded to 12), on by default in Linux (net.ipv4.tcp_timestamps = 1). */
export const TCP_TIMESTAMP_BYTES = 12;
/** The usual Ethernet MTU. */
export const DEFAULT_MTU = 1500;
/** Smallest Ethernet frame on the wire: 64 B frame + 8 B preamble/SFD + 12 B gap. */
export const MINIMUM_WIRE_FRAME_BYTES = 84;

/** How a TCP stream is carried: the MTU and the per-packet options that cost payload. */
export interface FramingOptions {
  /** IP MTU in bytes; default 1500. */
  readonly mtu?: number;
  /** Frames carry an 802.1Q tag; default false. */
  readonly vlanTagged?: boolean;
  /** TCP timestamps are on (Linux default); default true. */
  readonly tcpTimestamps?: boolean;
  /** IPv6 instead of IPv4; default false. */
  readonly ipv6?: boolean;
}

/** Bytes each frame occupies on the wire beyond its IP packet (framing, gap, optional tag). */
export function wireOverheadBytes(options: FramingOptions = {}): number {
  return ETHERNET_WIRE_OVERHEAD_BYTES + (options.vlanTagged === true ? VLAN_TAG_BYTES : 0);
}

/** IP + TCP header bytes per packet for these options. */
export function tcpIpHeaderBytes(options: FramingOptions = {}): number {
  return (options.ipv6 === true ? IPV6_HEADER_BYTES : IPV4_HEADER_BYTES) + TCP_HEADER_BYTES + (options.tcpTimestamps === false ? 0 : TCP_TIMESTAMP_BYTES);
}

/** Share of the line rate that carries IP packets: MTU / (MTU + 38 [+ 4 with a tag]) (reference N1). */
export function layer2Efficiency(options: FramingOptions = {}): Ratio {
  const mtu = checkedMtu(options.mtu);
  return ratio(mtu / (mtu + wireOverheadBytes(options)));
}

/** Share of the line rate that carries TCP payload: (MTU − headers) / (MTU + wire overhead) (N2–N7). */
export function tcpEfficiency(options: FramingOptions = {}): Ratio {
  const mtu = checkedMtu(options.mtu);
  return ratio((mtu - tcpIpHeaderBytes(options)) / (mtu + wireOverheadBytes(options)));
}

/** TCP goodput of a link: line rate × TCP efficiency. An upper bound: disks, CPU and protocols above TCP are not modelled. */
export function tcpGoodput(lineRate: BitsPerSecond, options: FramingOptions = {}): BitsPerSecond {
  return bitsPerSecond(lineRate * tcpEfficiency(options));
}

/** Frames per second at a given wire size in bytes (84 for minimum frames, 1538 for full ones) (N8, N9). */
export function framesPerSecond(lineRate: BitsPerSecond, wireFrameBytes: number): number {
  return lineRate / (wireFrameBytes * 8);
}

function checkedMtu(mtu: number | undefined): number {
  const value = mtu ?? DEFAULT_MTU;
  // 68 is the IPv4 minimum MTU (RFC 791); anything smaller cannot carry the headers.
  if (!Number.isFinite(value) || value < 68) throw new RangeError(`MTU ${value} is too small to carry TCP/IP headers`);
  return value;
}
