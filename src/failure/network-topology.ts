/**
 * The cabling of a site as an undirected graph: network devices joined by links, and host NICs
 * plugged into device ports (from a NIC's `connectedTo` or a link that names "host:nic"). Hosts are
 * leaves: a hypervisor bridges for its guests, not between its physical uplinks.
 */
import type { Model, Source } from '../model/types.js';

export interface NicConnection {
  readonly host: string;
  readonly nic: string;
  /** The device the NIC is plugged into, when it is plugged into one. */
  readonly device?: string;
}

export interface DeviceLink {
  /** Node name of the cable: "gw:lan1~sw1:port8", its endpoints as written. */
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly source: Source;
}

export interface Topology {
  /** NICs of each host, in spec order, with the device each is plugged into. */
  readonly nicsOf: ReadonlyMap<string, readonly NicConnection[]>;
  /** Links of each device, to other devices. */
  readonly linksOf: ReadonlyMap<string, readonly { readonly neighbor: string; readonly link: string }[]>;
  readonly links: readonly DeviceLink[];
}

/** Reads the cabling of `model`. */
export function readTopology(model: Model): Topology {
  const devices = new Set(model.network.devices.map((device) => device.id));
  const hosts = new Map(model.hosts.map((host) => [host.id, host]));
  const nics = new Map<string, NicConnection[]>();
  const nicIndex = new Map<string, { host: string; nic: string; device?: string }>();
  for (const host of model.hosts) {
    const list: NicConnection[] = [];
    for (const nic of host.nics) {
      const owner = nic.connectedTo?.split(':')[0];
      const connection: { host: string; nic: string; device?: string } = { host: host.id, nic: nic.id };
      if (owner !== undefined && devices.has(owner)) connection.device = owner;
      list.push(connection);
      nicIndex.set(`${host.id}:${nic.id}`, connection);
    }
    nics.set(host.id, list);
  }
  const links: DeviceLink[] = [];
  const seen = new Set<string>();
  const linksOf = new Map<string, { neighbor: string; link: string }[]>();
  for (const link of model.network.links) {
    const [aOwner = '', aPort = ''] = link.a.split(':');
    const [bOwner = '', bPort = ''] = link.b.split(':');
    if (devices.has(aOwner) && devices.has(bOwner)) {
      const name = `${aOwner}:${aPort}~${bOwner}:${bPort}`;
      if (seen.has(name) || aOwner === bOwner) continue;
      seen.add(name);
      links.push({ name, a: aOwner, b: bOwner, source: link.source });
      pushTo(linksOf, aOwner, { neighbor: bOwner, link: name });
      pushTo(linksOf, bOwner, { neighbor: aOwner, link: name });
      continue;
    }
    // A link between a host NIC and a device port says where the NIC is plugged in.
    for (const [hostEnd, hostPort, deviceEnd] of [
      [aOwner, aPort, bOwner],
      [bOwner, bPort, aOwner],
    ] as const) {
      if (!hosts.has(hostEnd) || !devices.has(deviceEnd)) continue;
      const existing = nicIndex.get(`${hostEnd}:${hostPort}`);
      if (existing && existing.device === undefined) existing.device = deviceEnd;
    }
  }
  return { nicsOf: nics, linksOf, links };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Hop distance of every device from `seeds` over device links (breadth-first). */
export function distancesFrom(topology: Topology, seeds: readonly string[]): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier = [...new Set(seeds)];
  for (const seed of frontier) distance.set(seed, 0);
  for (let hops = 1; frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const device of frontier) {
      for (const { neighbor } of topology.linksOf.get(device) ?? []) {
        if (distance.has(neighbor)) continue;
        distance.set(neighbor, hops);
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return distance;
}
