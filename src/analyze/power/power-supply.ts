/**
 * Who draws power from where. Every host and network device is a consumer with a draw (its load
 * figure, else its idle figure). A consumer plugged into N feeds draws 1/N through each (the PSUs
 * share the load); a PDU passes its share on to what it is plugged into; a PoE device draws through
 * the switch that powers it. The result says, for every UPS, which consumers reach it and with what
 * share of their draw.
 */
import { compareText } from '../../intake/diagnostic.js';
import type { Model, Source } from '../../model/types.js';

export interface Consumer {
  readonly id: string;
  readonly kind: 'host' | 'device';
  /** Watts, undefined when neither load nor idle draw is given. */
  readonly draw?: number;
  readonly drawFrom: 'load' | 'idle' | 'none';
  readonly idle?: number;
  readonly load?: number;
  readonly feeds: readonly string[];
  readonly poeFrom?: string;
  readonly source: Source;
}

/** A share of a consumer's draw that reaches a UPS or a wall feed. */
export interface SupplyShare {
  readonly consumer: string;
  /** Fraction of the consumer's draw, e.g. 0.5 for one of two PSUs. */
  readonly share: number;
  /** How it gets there, e.g. ["ap1", "poe via sw1", "pdu1"]. */
  readonly via: readonly string[];
}

export interface PowerSupply {
  readonly consumers: readonly Consumer[];
  /** Shares that reach each UPS, by UPS id. */
  sharesOf(ups: string): readonly SupplyShare[];
  /** True when some consumer splits its draw over several feeds. */
  readonly splitsFeeds: boolean;
  /** True when some consumer is powered over Ethernet. */
  readonly usesPoe: boolean;
}

/** Builds the supply view of a model. */
export function powerSupplyOf(model: Model): PowerSupply {
  const consumers: Consumer[] = [
    ...model.hosts.map((host) => consumer(host.id, 'host', host.power, host.source)),
    ...model.network.devices.map((device) => consumer(device.id, 'device', device.power, device.source)),
  ].sort((a, b) => compareText(a.id, b.id));
  const byId = new Map(consumers.map((entry) => [entry.id, entry]));
  const upsIds = new Set(model.power.ups.map((ups) => ups.id));
  const pduFeed = new Map(model.power.pdus.map((pdu) => [pdu.id, pdu.feed]));
  const shares = new Map<string, SupplyShare[]>();

  const add = (ups: string, share: SupplyShare) => shares.set(ups, [...(shares.get(ups) ?? []), share]);
  const follow = (root: string, entry: Consumer, share: number, via: readonly string[], seen: ReadonlySet<string>): void => {
    if (entry.feeds.length === 0 && entry.poeFrom !== undefined) {
      const switchId = entry.poeFrom.slice(0, entry.poeFrom.indexOf(':'));
      const powering = byId.get(switchId);
      if (powering !== undefined && !seen.has(switchId)) follow(root, powering, share, [...via, `PoE from ${entry.poeFrom}`], new Set([...seen, switchId]));
      return;
    }
    for (const feed of entry.feeds) {
      let current: string | undefined = feed;
      const path = [...via];
      const visited = new Set<string>();
      while (current !== undefined && pduFeed.has(current) && !visited.has(current)) {
        visited.add(current);
        path.push(current);
        current = pduFeed.get(current);
      }
      if (current !== undefined && upsIds.has(current)) add(current, { consumer: root, share: share / entry.feeds.length, via: path });
    }
  };
  for (const entry of consumers) follow(entry.id, entry, 1, [], new Set([entry.id]));

  return {
    consumers,
    sharesOf: (ups) => shares.get(ups) ?? [],
    splitsFeeds: consumers.some((entry) => entry.feeds.length > 1),
    usesPoe: consumers.some((entry) => entry.feeds.length === 0 && entry.poeFrom !== undefined),
  };
}

function consumer(
  id: string,
  kind: Consumer['kind'],
  power: { readonly idle?: number; readonly load?: number; readonly feeds: readonly string[]; readonly poeFrom?: string } | undefined,
  source: Source,
): Consumer {
  const draw = power?.load ?? power?.idle;
  return {
    id,
    kind,
    ...(draw !== undefined ? { draw } : {}),
    drawFrom: power?.load !== undefined ? 'load' : power?.idle !== undefined ? 'idle' : 'none',
    ...(power?.idle !== undefined ? { idle: power.idle } : {}),
    ...(power?.load !== undefined ? { load: power.load } : {}),
    feeds: power?.feeds ?? [],
    ...(power?.poeFrom !== undefined ? { poeFrom: power.poeFrom } : {}),
    source,
  };
}
