/**
 * Routes between the places of a site, including out through a WAN uplink to offsite targets. A
 * route's bottleneck is the slowest hop: a LAN link's TCP goodput or the WAN uplink's.
 */
import { tcpGoodput } from '../../calc/network/ethernet-goodput.js';
import { compareText } from '../../intake/diagnostic.js';
import type { BitsPerSecond } from '../../model/quantities.js';
import type { Model, Wan } from '../../model/types.js';
import type { Topology, TopologyLink } from './topology.js';

/** One hop a transfer crosses and the goodput it allows. */
export interface Hop {
  /** Link id ("pve1:eno1") or WAN id. */
  readonly id: string;
  readonly goodput: BitsPerSecond;
  /** The fact that holds this hop's goodput. */
  readonly factId: string;
}

export type Route =
  | { readonly kind: 'network'; readonly hops: readonly Hop[]; readonly bottleneck: Hop }
  /** Both ends are on the same host: no network hop limits the transfer. */
  | { readonly kind: 'same-host' }
  /** No cabled path of known speed joins the two ends, or an end has no host. */
  | { readonly kind: 'unknown'; readonly reason: string };

export type WanDirection = 'up' | 'down';

/** WAN goodput fact id for a direction. */
export const wanFactId = (wan: Wan, direction: WanDirection): string => `network/${wan.id}/${direction}-goodput`;

/** TCP goodput of a WAN uplink in one direction (MTU 1500; PPPoE/DOCSIS/GPON framing not modelled). */
export function wanGoodput(wan: Wan, direction: WanDirection): BitsPerSecond {
  return tcpGoodput(direction === 'up' ? wan.up : wan.down);
}

const linkHop = (link: TopologyLink): Hop => ({ id: link.id, goodput: link.goodput as BitsPerSecond, factId: `network/${link.id}/goodput` });

/** Combines routes into one whose hops are the union and whose bottleneck is the slowest hop. */
export function mergeRoutes(routes: readonly Route[]): Route {
  const unknown = routes.find((route) => route.kind === 'unknown');
  if (unknown !== undefined) return unknown;
  const hops = new Map<string, Hop>();
  for (const route of routes) if (route.kind === 'network') for (const hop of route.hops) hops.set(hop.id, hop);
  if (hops.size === 0) return { kind: 'same-host' };
  const sorted = [...hops.values()].sort((a, b) => compareText(a.id, b.id));
  const bottleneck = sorted.reduce((slowest, hop) => (hop.goodput < slowest.goodput ? hop : slowest));
  return { kind: 'network', hops: sorted, bottleneck };
}

/** Routes between places of one site. */
export interface Router {
  /** Between two hosts (or devices). */
  between(from: string, to: string): Route;
  /** From a host out through the best WAN uplink (direction up) or in from it (down). */
  offsite(host: string, direction: WanDirection): Route;
}

/** Builds the router of a site. */
export function routerOf(model: Model, topology: Topology): Router {
  const between = (from: string, to: string): Route => {
    if (from === to) return { kind: 'same-host' };
    const path = topology.widestPath(from, to);
    if (path === undefined) return { kind: 'unknown', reason: `no cabled path of known speed joins ${from} and ${to}` };
    const hops = path.links.map(linkHop);
    return { kind: 'network', hops, bottleneck: linkHop(path.bottleneck) };
  };
  const offsite = (host: string, direction: WanDirection): Route => {
    if (model.network.wan.length === 0) return { kind: 'unknown', reason: 'the spec has no WAN uplink (network.wan)' };
    // The uplink with the most goodput in that direction carries the transfer; ties by id.
    const wan = [...model.network.wan].sort((a, b) => wanGoodput(b, direction) - wanGoodput(a, direction) || compareText(a.id, b.id))[0] as Wan;
    const wanHop: Hop = { id: wan.id, goodput: wanGoodput(wan, direction), factId: wanFactId(wan, direction) };
    const inside = between(host, wan.device);
    if (inside.kind === 'unknown') return inside;
    return mergeRoutes([inside, { kind: 'network', hops: [wanHop], bottleneck: wanHop }]);
  };
  return { between, offsite };
}
