/**
 * How a node's physical NICs reach its bridges, bonds, VLAN interfaces and addresses, read from
 * GET /nodes/{node}/network. A NIC carries everything stacked on it: eno1 → bond0 → vmbr0 →
 * vmbr0.10 (10.10.10.11/24) means the management address depends on eno1.
 */
import { compareText } from '../../diagnostic.js';
import { asBoolean, asNumber, asString } from '../json-fields.js';

type Json = Record<string, unknown>;

export interface NicTopology {
  /** The physical interface, e.g. "enp1s0". */
  readonly iface: string;
  readonly mtu?: number;
  /** Every interface stacked on the NIC (bonds, bridges, VLAN interfaces), sorted. */
  readonly stacked: readonly string[];
  /** Bridges among them. */
  readonly bridges: readonly string[];
  /** Addresses configured on the NIC or anything stacked on it, as "10.0.0.11/24", with the interface. */
  readonly addresses: readonly { readonly iface: string; readonly cidr: string; readonly gateway: boolean }[];
  /** 802.1Q tags of VLAN interfaces stacked on the NIC. */
  readonly vlanInterfaces: readonly { readonly iface: string; readonly vid: number }[];
  /** One line for a comment: "in bond0 (802.3ad), bridge vmbr0 (VLAN-aware)". */
  readonly description: string;
}

/** The VLAN tag of a VLAN interface ("vmbr0.10", "vlan40" with vlan-raw-device, or a "vlan-id" field). */
export function vlanTagOf(entry: Json): number | undefined {
  const explicit = asNumber(entry['vlan-id']);
  if (explicit !== undefined) return explicit;
  const name = asString(entry.iface) ?? '';
  const match = /\.(\d{1,4})$/.exec(name) ?? (entry.type === 'vlan' ? /^vlan(\d{1,4})$/.exec(name) : null);
  const vid = match ? Number(match[1]) : undefined;
  return vid !== undefined && vid >= 1 && vid <= 4094 ? vid : undefined;
}

/** The interfaces directly on top of each interface: bond over slave, bridge over port, VLAN over raw device. */
function upperMap(entries: readonly Json[]): Map<string, string[]> {
  const upper = new Map<string, string[]>();
  const link = (lower: string, above: string) => upper.set(lower, [...(upper.get(lower) ?? []), above]);
  for (const entry of entries) {
    const iface = asString(entry.iface);
    if (iface === undefined) continue;
    for (const slave of (asString(entry.slaves) ?? '').split(/\s+/).filter(Boolean)) link(slave, iface);
    for (const port of (asString(entry.bridge_ports) ?? '').split(/\s+/).filter(Boolean)) link(port, iface);
    const raw = asString(entry['vlan-raw-device']) ?? (/^(.+)\.\d{1,4}$/.exec(iface)?.[1]);
    if (raw !== undefined && vlanTagOf(entry) !== undefined) link(raw, iface);
  }
  return upper;
}

/** The physical NICs of a node with what is stacked on each, sorted by name. */
export function nicTopology(entries: readonly Json[]): NicTopology[] {
  const byName = new Map(entries.flatMap((entry) => (asString(entry.iface) ? [[String(entry.iface), entry] as const] : [])));
  const upper = upperMap(entries);
  const nics = entries.filter((entry) => entry.type === 'eth' && asString(entry.iface) !== undefined);
  return nics
    .map((entry) => {
      const iface = String(entry.iface);
      const stacked = new Set<string>();
      const queue = [...(upper.get(iface) ?? [])];
      while (queue.length > 0) {
        const next = queue.shift() as string;
        if (stacked.has(next)) continue;
        stacked.add(next);
        queue.push(...(upper.get(next) ?? []));
      }
      const all = [iface, ...[...stacked].sort(compareText)];
      const addresses = all.flatMap((name) => {
        const cidr = cidrOf(byName.get(name));
        return cidr ? [{ iface: name, cidr, gateway: asString(byName.get(name)?.gateway) !== undefined }] : [];
      });
      const vlanInterfaces = [...stacked].sort(compareText).flatMap((name) => {
        const item = byName.get(name);
        const vid = item ? vlanTagOf(item) : undefined;
        return vid === undefined ? [] : [{ iface: name, vid }];
      });
      const bridges = [...stacked].filter((name) => byName.get(name)?.type === 'bridge' || byName.get(name)?.type === 'OVSBridge').sort(compareText);
      const mtu = asNumber(entry.mtu);
      return {
        iface,
        ...(mtu !== undefined ? { mtu } : {}),
        stacked: [...stacked].sort(compareText),
        bridges,
        addresses,
        vlanInterfaces,
        description: describe([...stacked].sort(compareText), byName, addresses),
      };
    })
    .sort((a, b) => compareText(a.iface, b.iface));
}

function cidrOf(entry: Json | undefined): string | undefined {
  if (!entry) return undefined;
  const cidr = asString(entry.cidr);
  if (cidr !== undefined) return cidr;
  const address = asString(entry.address);
  const netmask = asString(entry.netmask);
  if (address === undefined) return undefined;
  return netmask !== undefined && /^\d{1,2}$/.test(netmask) ? `${address}/${netmask}` : address;
}

function describe(stacked: readonly string[], byName: ReadonlyMap<string, Json>, addresses: NicTopology['addresses']): string {
  const parts = stacked.map((name) => {
    const entry = byName.get(name) ?? {};
    if (entry.type === 'bond' || entry.type === 'OVSBond') return `bond ${name}${asString(entry.bond_mode) ? ` (${String(entry.bond_mode)})` : ''}`;
    if (entry.type === 'bridge' || entry.type === 'OVSBridge') return `bridge ${name}${asBoolean(entry.bridge_vlan_aware) ? ' (VLAN-aware)' : ''}`;
    const vid = vlanTagOf(entry);
    return vid !== undefined ? `VLAN ${vid} on ${name}` : name;
  });
  const where = addresses.map((address) => `${address.cidr} on ${address.iface}${address.gateway ? ' (default gateway)' : ''}`);
  const text = [...(parts.length > 0 ? [`carries ${parts.join(', ')}`] : []), ...(where.length > 0 ? [`addresses ${where.join(', ')}`] : [])];
  return text.length > 0 ? text.join('; ') : 'not configured';
}
