/**
 * The VLAN, subnet and DHCP plan. Every existing VLAN keeps its id, tag and subnet; a zone the site
 * needs and has no VLAN for gets one, with a free tag near the conventional one for the zone, a /24
 * that overlaps nothing and follows the site's own numbering ("10.0.<vid>.0/24" when that is what the
 * existing VLANs use), and — for client zones — a DHCP pool sized from the client count with
 * headroom (calc/network/dhcp-pool). Storage stays unrouted: its traffic never crosses the firewall.
 */
import { dhcpPoolSize, dhcpRange, formatDhcpRange } from '../../../calc/network/dhcp-pool.js';
import { formatCidr, overlaps, parseCidr, type Ipv4Block } from '../../../calc/network/ipv4-subnet.js';
import { compareText } from '../../../intake/diagnostic.js';
import type { Model, Vlan } from '../../../model/types.js';
import { uniqueId } from '../../model-helpers.js';

export const BLUEPRINT = 'network-segmentation';

export type Zone = Vlan['zone'];

/** The zones the blueprint plans, in the order it adds them. */
export const PLANNED_ZONES = ['management', 'trusted', 'servers', 'storage', 'iot', 'guest'] as const satisfies readonly Zone[];

/** Conventional tags per zone; a taken tag moves to the next free multiple of ten. */
const PREFERRED_VID: Readonly<Record<(typeof PLANNED_ZONES)[number], number>> = { management: 10, trusted: 20, iot: 30, guest: 40, servers: 50, storage: 60 };

/** Zones whose devices get addresses by DHCP; servers, storage and management use static addresses. */
export const CLIENT_ZONES: ReadonlySet<Zone> = new Set(['trusted', 'iot', 'guest', 'cameras', 'voice']);

const NAMES: Readonly<Record<(typeof PLANNED_ZONES)[number], string>> = { management: 'Management', trusted: 'Trusted', servers: 'Servers', storage: 'Storage', iot: 'IoT', guest: 'Guest' };

/** Why a zone is wanted, or why not. */
export interface ZoneNeed {
  readonly zone: (typeof PLANNED_ZONES)[number];
  readonly needed: boolean;
  readonly reason: string;
  /** VLANs of the zone today. */
  readonly existing: readonly string[];
}

/** The site's DHCP addresses for a VLAN: the range and how it was sized. */
export interface DhcpPlan {
  readonly vlan: string;
  readonly clients: number | null;
  readonly pool: number;
  readonly range: string;
  readonly assumedClients: boolean;
}

/** The gateway most VLANs are routed by (ties by id). */
export function routingGateway(model: Model): string | undefined {
  const counts = new Map<string, number>();
  for (const vlan of model.network.vlans) if (vlan.gateway !== undefined) counts.set(vlan.gateway, (counts.get(vlan.gateway) ?? 0) + 1);
  const wan = model.network.wan[0]?.device;
  return [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0]?.[0] ?? wan;
}

/** Hosts that move data between each other over the network: share and backup-target hosts and their clients. */
export function storageTraffic(model: Model): { readonly servers: readonly string[]; readonly clients: readonly string[] } {
  const servers = new Set<string>([...model.storage.shares.map((share) => share.host), ...model.backups.targets.flatMap((target) => (target.host !== undefined ? [target.host] : []))]);
  const clients = new Set<string>();
  for (const host of model.hosts) if (host.role === 'hypervisor' && !servers.has(host.id) && servers.size > 0) clients.add(host.id);
  return { servers: [...servers].sort(compareText), clients: [...clients].sort(compareText) };
}

/** Which planned zones the site needs, and why. */
export function zoneNeeds(model: Model): ZoneNeed[] {
  const guests = model.workloads.filter((workload) => workload.kind === 'vm' || workload.kind === 'ct');
  const traffic = storageTraffic(model);
  const existing = (zone: Zone) => model.network.vlans.filter((vlan) => vlan.zone === zone).map((vlan) => vlan.id);
  const reasons: Readonly<Record<(typeof PLANNED_ZONES)[number], { needed: boolean; reason: string }>> = {
    management: { needed: true, reason: 'admin interfaces of hosts, switches and the gateway, reachable only from trusted and management' },
    trusted: { needed: true, reason: 'the people\'s own laptops and phones' },
    servers: guests.length > 0 ? { needed: true, reason: `${guests.length} VMs and containers that the clients use (${guests.map((guest) => guest.id).join(', ')})` } : { needed: false, reason: 'no VMs or containers' },
    storage:
      traffic.servers.length > 0 && traffic.clients.length > 0
        ? { needed: true, reason: `storage traffic between ${traffic.clients.join(', ')} and ${traffic.servers.join(', ')}, kept off the router` }
        : { needed: false, reason: 'no storage traffic between hosts' },
    iot: { needed: true, reason: 'devices that get few security updates (TVs, plugs, cameras, printers)' },
    guest: { needed: true, reason: 'visitors\' devices: internet only' },
  };
  return PLANNED_ZONES.map((zone) => ({ zone, ...reasons[zone], existing: existing(zone) }));
}

/** IPv4 blocks of the model's VLANs. */
function usedBlocks(model: Model): Ipv4Block[] {
  return model.network.vlans.flatMap((vlan) => {
    const block = vlan.subnet === undefined ? undefined : parseCidr(vlan.subnet);
    return block === undefined ? [] : [block];
  });
}

/**
 * The numbering the site uses: "10.0.<vid>.0/24" when a VLAN's third octet equals its tag,
 * "10.<vid>.0.0/24" when the second does; the pattern most VLANs follow wins (ties by text).
 */
export function numberingPattern(model: Model): ((vid: number) => string) | undefined {
  const votes = new Map<string, number>();
  for (const vlan of model.network.vlans) {
    const block = vlan.subnet === undefined ? undefined : parseCidr(vlan.subnet);
    if (block === undefined || block.prefix !== 24) continue;
    const [a, b, c] = formatCidr(block).split('.');
    const key = Number(c) === vlan.vid ? `${a}.${b}.{vid}.0/24` : Number(b) === vlan.vid && Number(c) === 0 ? `${a}.{vid}.0.0/24` : undefined;
    if (key !== undefined) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const best = [...votes].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0]?.[0];
  return best === undefined ? undefined : (vid) => best.replace('{vid}', String(vid));
}

/** A /24 for tag `vid` that overlaps no VLAN of `model`: the site's pattern when free, else the first free 10.x.y.0/24. */
export function planSubnet(model: Model, vid: number): string {
  const used = usedBlocks(model);
  const free = (text: string) => {
    const block = parseCidr(text);
    return block !== undefined && !used.some((other) => overlaps(block, other));
  };
  const pattern = numberingPattern(model);
  if (pattern !== undefined && vid <= 255 && free(pattern(vid))) return pattern(vid);
  for (let second = 0; second < 256; second++) {
    for (let third = 0; third < 256; third++) {
      const candidate = `10.${second}.${(third + vid) % 256}.0/24`;
      if (free(candidate)) return candidate;
    }
  }
  throw new Error('no free /24 in 10.0.0.0/8');
}

/** A free tag: `preferred` when free, else the next free multiple of ten above it. */
function planVid(model: Model, preferred: number): number {
  const used = new Set(model.network.vlans.map((vlan) => vlan.vid));
  if (!used.has(preferred)) return preferred;
  for (let vid = Math.ceil((preferred + 1) / 10) * 10; vid < 4095; vid += 10) if (!used.has(vid)) return vid;
  throw new Error('no free VLAN tag');
}

/** Client count assumed for a new client VLAN whose size nobody stated. */
export const ASSUMED_CLIENTS = 25;

/** The DHCP range of `vlan`: sized from its clients (or the assumed count), in its subnet. */
export function dhcpPlanOf(vlan: Pick<Vlan, 'id' | 'subnet' | 'clients'>): DhcpPlan | undefined {
  const block = vlan.subnet === undefined ? undefined : parseCidr(vlan.subnet);
  if (block === undefined) return undefined;
  const clients = vlan.clients ?? ASSUMED_CLIENTS;
  const pool = dhcpPoolSize(clients);
  const range = dhcpRange(block, pool);
  return range === undefined ? undefined : { vlan: vlan.id, clients: vlan.clients ?? null, pool, range: formatDhcpRange(range), assumedClients: vlan.clients === undefined };
}

/** VLANs the plan adds for the needed zones that have none, each given its tag, subnet, gateway and DHCP. */
export function plannedVlans(model: Model, needs: readonly ZoneNeed[], source: Vlan['source']): Vlan[] {
  const gateway = routingGateway(model);
  let working = model;
  const added: Vlan[] = [];
  for (const need of needs.filter((entry) => entry.needed && entry.existing.length === 0)) {
    const vid = planVid(working, PREFERRED_VID[need.zone]);
    const subnet = planSubnet(working, vid);
    const routed = need.zone !== 'storage' && gateway !== undefined;
    const base = { id: uniqueId(working, need.zone), name: NAMES[need.zone], vid, zone: need.zone, subnet, source } as Vlan;
    const dhcp = routed && CLIENT_ZONES.has(need.zone) ? dhcpPlanOf(base) : undefined;
    const vlan = { ...base, ...(routed ? { gateway } : {}), ...(dhcp !== undefined && gateway !== undefined ? { dhcp: { server: gateway, range: dhcp.range } } : {}) } as Vlan;
    added.push(vlan);
    working = { ...working, network: { ...working.network, vlans: [...working.network.vlans, vlan] } };
  }
  return added;
}
