/**
 * The network in the failure graph.
 *
 * - A network device (switch, gateway, access point) needs its power; a PoE device needs its switch.
 * - A host is reachable while ANY of its NICs leads to its gateway: the NIC (with its cable and port)
 *   is up and the device it is plugged into has a path to the gateway. The gateway is the one of the
 *   host's management VLAN, else of the first VLAN on its NICs, else the device that terminates the
 *   WAN. Gateways that are hosts or VMs are reached through the switches their host is plugged into.
 * - A device has a path to the gateway while it is up and ANY of its links to a device one hop nearer
 *   the gateway is up, with that device's own path (a spanning-tree view: sideways links between
 *   devices at the same distance are not counted, so ring redundancy is understated, never overstated).
 * - A VLAN needs its gateway (and its DHCP server, which clients need once their leases run out).
 * - A WAN uplink fails on its own (the ISP) and needs the device that terminates it; the site has
 *   internet while ANY uplink is up. A VPN needs its endpoint and the internet.
 */
import type { BuildContext } from './build-context.js';
import { componentOptions } from './build-context.js';
import { powerInput } from './build-power.js';
import { distancesFrom, readTopology, type NicConnection, type Topology } from './network-topology.js';

export interface NetworkNodes {
  /** Node that says the host reaches its gateway; undefined when its NICs are not described. */
  reachOf(host: string): string | undefined;
  /** Node id of a host's NIC (created on first use). */
  nicNode(host: string, nic: string): string;
  readonly topology: Topology;
}

interface Anchor {
  readonly key: string;
  readonly seeds: readonly string[];
  /** For a host gateway: the host, whose NICs join it to the seed devices. */
  readonly host?: string;
}

/** Adds devices, links, NICs, reachability, VLANs, WAN uplinks, internet access and VPNs. */
export function addNetwork(context: BuildContext): NetworkNodes {
  const { model, builder } = context;
  const topology = readTopology(model);
  const deviceIds = new Set(model.network.devices.map((device) => device.id));
  const hostsById = new Map(model.hosts.map((host) => [host.id, host]));
  const workloadsById = new Map(model.workloads.map((workload) => [workload.id, workload]));
  const vlansById = new Map(model.network.vlans.map((vlan) => [vlan.id, vlan]));

  for (const device of model.network.devices) {
    const id = builder.add('device', device.id, componentOptions(context, device, [device.kind, 'device'], device.availability, { detail: device.kind }));
    builder.needs(id, powerInput(context, device));
  }
  for (const link of topology.links) builder.add('link', link.name, componentOptions(context, { id: link.a, source: link.source }, ['link']));

  const nicNode = (host: string, nic: string): string => {
    const id = `nic:${host}/${nic}`;
    if (!builder.has(id)) {
      const source = hostsById.get(host)?.nics.find((candidate) => candidate.id === nic)?.source;
      builder.add('nic', `${host}/${nic}`, componentOptions(context, { id: host, source }, ['nic']));
    }
    return id;
  };

  const anchorOf = (gateway: string | undefined): Anchor | undefined => {
    if (gateway === undefined) return undefined;
    if (deviceIds.has(gateway)) return { key: gateway, seeds: [gateway] };
    const host = hostsById.has(gateway) ? gateway : workloadsById.get(gateway)?.host;
    if (host === undefined) return undefined;
    const seeds = (topology.nicsOf.get(host) ?? []).flatMap((connection) => (connection.device === undefined ? [] : [connection.device]));
    return seeds.length > 0 ? { key: host, seeds, host } : undefined;
  };
  const distances = new Map<string, Map<string, number>>();
  const distanceTo = (anchor: Anchor) => {
    let found = distances.get(anchor.key);
    if (!found) distances.set(anchor.key, (found = distancesFrom(topology, anchor.seeds)));
    return found;
  };

  const pathOf = (device: string, anchor: Anchor): string => {
    const id = `path:${device}@${anchor.key}`;
    if (builder.has(id)) return id;
    const distance = distanceTo(anchor).get(device);
    let upstream: string | undefined;
    if (distance === 0 && anchor.host !== undefined) {
      const hostNics = nicsTo(topology.nicsOf.get(anchor.host) ?? [], device).map((connection) => nicNode(connection.host, connection.nic));
      upstream = builder.anyOf('path', `${device}@${anchor.key}/gateway-nics`, hostNics);
    } else if (distance !== undefined && distance > 0) {
      const byNeighbor = new Map<string, string[]>();
      for (const { neighbor, link } of topology.linksOf.get(device) ?? []) {
        if (distanceTo(anchor).get(neighbor) !== distance - 1) continue;
        byNeighbor.set(neighbor, [...(byNeighbor.get(neighbor) ?? []), `link:${link}`]);
      }
      const vias = [...byNeighbor].map(([neighbor, links]) => {
        const cables = builder.anyOf('path', `${device}@${anchor.key}/links-${neighbor}`, links);
        return builder.allOf('path', `${device}@${anchor.key}/via-${neighbor}`, [cables ?? '', pathOf(neighbor, anchor)].filter(Boolean)) ?? '';
      });
      upstream = builder.anyOf('path', `${device}@${anchor.key}/uplinks`, vias);
    }
    if (upstream === undefined) return `device:${device}`;
    builder.add('path', `${device}@${anchor.key}`, { entity: device });
    builder.needs(id, `device:${device}`);
    builder.needs(id, upstream);
    return id;
  };

  const reach = new Map<string, string | undefined>();
  const wanDevice = model.network.wan[0]?.device;
  const reachOf = (hostId: string): string | undefined => {
    if (reach.has(hostId)) return reach.get(hostId);
    const host = hostsById.get(hostId);
    const connections = (topology.nicsOf.get(hostId) ?? []).filter((connection) => connection.device !== undefined);
    let result: string | undefined;
    if (host && connections.length > 0) {
      const nicVlan = host.nics.flatMap((nic) => nic.vlans ?? []).find((vlan) => vlansById.get(vlan)?.gateway !== undefined);
      const gateway = vlansById.get(host.managementVlan ?? '')?.gateway ?? (nicVlan === undefined ? undefined : vlansById.get(nicVlan)?.gateway) ?? wanDevice;
      const anchor = anchorOf(gateway);
      const devices = [...new Set(connections.map((connection) => connection.device as string))];
      const reachable = anchor ? devices.filter((device) => distanceTo(anchor).has(device)) : [];
      if (anchor && reachable.length === 0) {
        builder.assume({ id: 'failure/no-path-to-gateway', text: 'A host whose NICs lead to no switch with a path to its gateway is treated as reachable while its switch is up.', sources: [host.source] });
      }
      const vias = (reachable.length > 0 ? reachable : devices).map((device) => {
        const nics = builder.anyOf('reach', `${hostId}/nics-${device}`, nicsTo(connections, device).map((connection) => nicNode(hostId, connection.nic)));
        const upstream = anchor && reachable.length > 0 ? pathOf(device, anchor) : `device:${device}`;
        return builder.allOf('reach', `${hostId}/via-${device}`, [nics ?? '', upstream].filter(Boolean)) ?? '';
      });
      result = builder.anyOf('reach', hostId, vias, { entity: hostId, source: host.source });
    } else if (host) {
      builder.assume({ id: 'failure/network-not-declared', text: 'A host whose NICs are not cabled in the spec (`connectedTo` or a link) is treated as always reachable.', sources: [host.source] });
    }
    reach.set(hostId, result);
    return result;
  };

  for (const vlan of model.network.vlans) {
    const id = builder.add('vlan', vlan.id, { entity: vlan.id, source: vlan.source, ...(vlan.clients !== undefined ? { detail: `${vlan.clients} clients` } : {}) });
    builder.needs(id, vlan.gateway === undefined ? undefined : context.entityNode.get(vlan.gateway));
    builder.needs(id, vlan.dhcp?.server === undefined ? undefined : context.entityNode.get(vlan.dhcp.server));
  }
  for (const wan of model.network.wan) {
    const id = builder.add('wan', wan.id, componentOptions(context, wan, ['wan'], wan.availability, wan.kind ? { detail: wan.kind } : {}));
    builder.needs(id, context.entityNode.get(wan.device));
  }
  if (context.internet !== undefined) {
    builder.add('internet', 'site', { entity: model.network.wan[0]?.id, gate: { kind: 'any' } });
    for (const wan of model.network.wan) builder.needs(context.internet, `wan:${wan.id}`);
  }
  for (const vpn of model.network.vpns) {
    const id = builder.add('vpn', vpn.id, { entity: vpn.id, source: vpn.source, detail: vpn.kind });
    builder.needs(id, context.entityNode.get(vpn.endpoint));
    builder.needs(id, context.internet);
  }
  return { reachOf, nicNode, topology };
}

function nicsTo(connections: readonly NicConnection[], device: string): NicConnection[] {
  return connections.filter((connection) => connection.device === device);
}
