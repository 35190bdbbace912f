/**
 * The cabling of a site as a graph: hosts and network devices are nodes; every cable (a NIC's
 * `connectedTo`, or an entry of `network.links`) is an edge with its line rate and the TCP goodput
 * it carries. Paths between two nodes take the widest route (largest bottleneck), fewest hops on a
 * tie, so the slowest link on the path is what a transfer between them can use at best.
 */
import { DEFAULT_MTU, tcpGoodput } from '../../calc/network/ethernet-goodput.js';
import { compareText } from '../../intake/diagnostic.js';
import type { BitsPerSecond } from '../../model/quantities.js';
import type { Model, Source } from '../../model/types.js';

export interface TopologyLink {
  /** The host-NIC endpoint ("pve1:eno1") when one end is a host NIC, else the first endpoint. */
  readonly id: string;
  /** Node ids (host or device) at each end. */
  readonly ends: readonly [string, string];
  /** Endpoint texts at each end ("pve1:eno1", "sw1:port1"). */
  readonly endpoints: readonly [string, string];
  /** Negotiated line rate: the link's speed, else the slower of the two ends; undefined when no end says. */
  readonly lineRate?: BitsPerSecond;
  readonly mtu: number;
  /** TCP goodput at `mtu` with timestamps over IPv4, undefined when the line rate is unknown. */
  readonly goodput?: BitsPerSecond;
  readonly source: Source;
}

export interface Path {
  readonly links: readonly TopologyLink[];
  /** The smallest goodput on the path. */
  readonly bottleneck: TopologyLink;
}

export interface Topology {
  readonly links: readonly TopologyLink[];
  /** The widest path between two nodes; undefined when they are not connected by links of known speed, or are the same node. */
  widestPath(from: string, to: string): Path | undefined;
}

interface EndpointInfo {
  readonly node: string;
  readonly speed?: BitsPerSecond;
  readonly mtu?: number;
  readonly hostNic: boolean;
}

/** Builds the topology of a model. */
export function topologyOf(model: Model): Topology {
  const endpointInfo = new Map<string, EndpointInfo>();
  for (const host of model.hosts) {
    for (const nic of host.nics) endpointInfo.set(`${host.id}:${nic.id}`, { node: host.id, speed: nic.speed, ...(nic.mtu !== undefined ? { mtu: nic.mtu } : {}), hostNic: true });
  }
  for (const device of model.network.devices) {
    for (const port of device.ports) endpointInfo.set(`${device.id}:${port.id}`, { node: device.id, ...(port.speed !== undefined ? { speed: port.speed } : {}), hostNic: false });
  }
  const nodeOf = (endpoint: string): string => endpointInfo.get(endpoint)?.node ?? endpoint.slice(0, endpoint.indexOf(':'));

  const byPair = new Map<string, TopologyLink>();
  const addLink = (a: string, b: string, speed: BitsPerSecond | undefined, source: Source) => {
    const pair = [a, b].sort(compareText).join('|');
    const previous = byPair.get(pair);
    const infoA = endpointInfo.get(a);
    const infoB = endpointInfo.get(b);
    const speeds = [infoA?.speed, infoB?.speed].filter((value): value is BitsPerSecond => value !== undefined);
    const lineRate = speed ?? previous?.lineRate ?? (speeds.length > 0 ? (Math.min(...speeds) as BitsPerSecond) : undefined);
    const [first, second] = infoB?.hostNic === true && infoA?.hostNic !== true ? [b, a] : [a, b];
    // A NIC's MTU is what it sends; a switch port (no MTU in the spec) is assumed to pass it.
    const mtus = [infoA?.mtu, infoB?.mtu].filter((value): value is number => value !== undefined);
    const effectiveMtu = mtus.length > 0 ? Math.min(...mtus) : DEFAULT_MTU;
    byPair.set(pair, {
      id: previous?.id ?? first,
      ends: [nodeOf(first), nodeOf(second)],
      endpoints: [first, second],
      ...(lineRate !== undefined ? { lineRate, goodput: tcpGoodput(lineRate, { mtu: effectiveMtu }) } : {}),
      mtu: effectiveMtu,
      source: previous?.source ?? source,
    });
  };
  for (const host of model.hosts) {
    for (const nic of host.nics) if (nic.connectedTo !== undefined) addLink(`${host.id}:${nic.id}`, nic.connectedTo, undefined, nic.source);
  }
  for (const link of model.network.links) addLink(link.a, link.b, link.speed, link.source);
  const links = [...byPair.values()].sort((x, y) => compareText(x.id, y.id));
  return { links, widestPath: (from, to) => widestPath(links, from, to) };
}

/** Largest bottleneck first (binary search over the distinct goodputs), then fewest hops by BFS. */
function widestPath(links: readonly TopologyLink[], from: string, to: string): Path | undefined {
  if (from === to) return undefined;
  const usable = links.filter((link) => link.goodput !== undefined);
  const thresholds = [...new Set(usable.map((link) => link.goodput as number))].sort((a, b) => b - a);
  let low = 0;
  let high = thresholds.length - 1;
  let best: TopologyLink[] | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = shortestPath(usable.filter((link) => (link.goodput as number) >= (thresholds[middle] as number)), from, to);
    if (found === undefined) {
      low = middle + 1;
    } else {
      best = found;
      high = middle - 1;
    }
  }
  if (best === undefined) return undefined;
  const bottleneck = best.reduce((slowest, link) => ((link.goodput as number) < (slowest.goodput as number) ? link : slowest));
  return { links: best, bottleneck };
}

function shortestPath(links: readonly TopologyLink[], from: string, to: string): TopologyLink[] | undefined {
  const adjacency = new Map<string, TopologyLink[]>();
  for (const link of links) {
    for (const end of link.ends) adjacency.set(end, [...(adjacency.get(end) ?? []), link]);
  }
  const cameBy = new Map<string, TopologyLink | null>([[from, null]]);
  const queue = [from];
  for (let index = 0; index < queue.length; index += 1) {
    const node = queue[index] as string;
    if (node === to) break;
    for (const link of adjacency.get(node) ?? []) {
      const next = link.ends[0] === node ? link.ends[1] : link.ends[0];
      if (cameBy.has(next)) continue;
      cameBy.set(next, link);
      queue.push(next);
    }
  }
  if (!cameBy.has(to)) return undefined;
  const path: TopologyLink[] = [];
  for (let node = to, link = cameBy.get(to); link; link = cameBy.get(node)) {
    path.unshift(link);
    node = link.ends[0] === node ? link.ends[1] : link.ends[0];
  }
  return path;
}
