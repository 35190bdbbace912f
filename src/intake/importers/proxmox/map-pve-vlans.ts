/**
 * VLANs seen in a Proxmox VE cluster: tags of guest NICs and VLAN interfaces of the nodes.
 * Proxmox knows the tags but not the trust zones, so every zone is an assumption to confirm.
 */
import { compareText } from '../../diagnostic.js';
import { ipv4Subnet } from './ipv4.js';
import { type AddressRole, nodeAddresses, roleOfAddress } from './pve-address-roles.js';
import type { PveMapContext, VlanInput } from './pve-map-context.js';

export interface MappedVlans {
  readonly vlans: readonly VlanInput[];
  /** VLAN id of each 802.1Q tag. */
  readonly vlanIds: ReadonlyMap<number, string>;
}

interface Seen {
  role?: AddressRole;
  subnet?: string;
  users: Set<string>;
}

/** Collects the VLANs and hands out their ids (vlan<tag>). */
export function mapPveVlans(context: PveMapContext): MappedVlans {
  const seen = new Map<number, Seen>();
  const see = (vid: number) => {
    const entry = seen.get(vid) ?? { users: new Set<string>() };
    seen.set(vid, entry);
    return entry;
  };
  for (const [node, nics] of context.topology) {
    const addresses = nodeAddresses(context.snapshot, node);
    for (const nic of nics) {
      for (const vlan of nic.vlanInterfaces) {
        const entry = see(vlan.vid);
        entry.users.add(`${node} ${vlan.iface}`);
        for (const address of nic.addresses.filter((candidate) => candidate.iface === vlan.iface)) {
          entry.role ??= roleOfAddress(address.cidr, addresses);
          entry.subnet ??= ipv4Subnet(address.cidr);
        }
      }
    }
  }
  for (const guest of context.guests) {
    for (const net of guest.nets) if (net.tag !== undefined) see(net.tag).users.add(`${guest.kind === 'vm' ? 'VM' : 'CT'} ${guest.vmid}`);
  }

  const vlanIds = new Map<number, string>();
  const vlans: VlanInput[] = [];
  for (const vid of [...seen.keys()].sort((a, b) => a - b)) {
    const entry = seen.get(vid) as Seen;
    const id = context.ids.take(`vlan${vid}`, 'vlan');
    vlanIds.set(vid, id);
    const zone = entry.role === 'storage' ? 'storage' : entry.role ? 'management' : 'servers';
    const vlan: VlanInput = { id, vid, zone, ...(entry.subnet ? { subnet: entry.subnet } : {}) };
    const users = [...entry.users].sort(compareText);
    context.notes.entity(vlan, 'imported', `proxmox: tag ${vid} used by ${users.slice(0, 6).join(', ')}${users.length > 6 ? ` and ${users.length - 6} more` : ''}`);
    context.notes.field(
      vlan,
      'zone',
      'assumed',
      entry.role ? `the nodes' ${entry.role} addresses are on it` : 'Proxmox does not know trust zones',
    );
    vlans.push(vlan);
  }
  if (vlans.length > 0) {
    context.ask(`Which trust zone is each VLAN in (${vlans.map((vlan) => vlan.id).join(', ')})? Proxmox knows only the tags; the zones written are assumptions. Add the subnets and gateways too.`);
  }
  return { vlans, vlanIds };
}
