/**
 * VLANs and their subnets from NetBox IPAM. A tag used by several VLAN groups or sites keeps its
 * first VLAN (the model has one VLAN per tag); trust zones come from the VLAN's role or name.
 */
import { compareText } from '../../diagnostic.js';
import { slugId } from '../id-allocator.js';
import { asNumber, asRecord, asString } from '../json-fields.js';
import { safeName, safeText } from '../safe-text.js';
import type { VlanInput } from '../spec-input.js';
import { zoneOf } from './netbox-classify.js';
import { refId } from './netbox-compat.js';
import type { NetboxMapContext } from './netbox-map-context.js';

/** Maps VLANs; returns them with their ids by NetBox VLAN id. */
export function mapNetboxVlans(context: NetboxMapContext): { vlans: VlanInput[]; vlanIds: Map<number, string> } {
  const subnets = new Map<number, string>();
  const prefixes = [...context.snapshot.prefixes].sort((a, b) => (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0));
  for (const prefix of prefixes) {
    const vlan = refId(prefix.vlan);
    const text = asString(prefix.prefix);
    const status = asString(asRecord(prefix.status)?.value) ?? 'active';
    // The model's subnet is IPv4 or IPv6; an IPv4 one is preferred when a VLAN has both.
    if (vlan === undefined || text === undefined || status !== 'active') continue;
    const existing = subnets.get(vlan);
    if (existing === undefined || (existing.includes(':') && !text.includes(':'))) subnets.set(vlan, text);
  }

  const vlanIds = new Map<number, string>();
  const byTag = new Map<number, string>();
  const vlans: VlanInput[] = [];
  const sorted = [...context.snapshot.vlans].sort((a, b) => (asNumber(a.vid) ?? 0) - (asNumber(b.vid) ?? 0) || (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0));
  for (const item of sorted) {
    const netboxId = asNumber(item.id);
    const vid = asNumber(item.vid);
    if (netboxId === undefined || vid === undefined || vid < 1 || vid > 4094) continue;
    const name = safeName(item.name);
    const kept = byTag.get(vid);
    if (kept !== undefined) {
      vlanIds.set(netboxId, kept);
      context.skip(`VLAN ${name ?? vid} (tag ${vid}): tag ${vid} is already VLAN "${kept}"; interfaces on it were mapped to "${kept}"`);
      continue;
    }
    const id = context.ids.take(name ? slugId(name, `vlan${vid}`) : `vlan${vid}`, 'vlan');
    vlanIds.set(netboxId, id);
    byTag.set(vid, id);
    const role = asRecord(item.role);
    const zone = zoneOf(asString(role?.slug), asString(role?.name), name);
    const subnet = subnets.get(netboxId);
    const vlan: VlanInput = { id, ...(name !== undefined && name !== id ? { name } : {}), vid, zone: zone ?? 'servers', ...(subnet ? { subnet } : {}) };
    context.notes.entity(vlan, 'imported', `netbox VLAN ${name ?? vid}${role ? ` (role ${safeText(role.name) ?? '?'})` : ''}`);
    context.notes.field(vlan, 'zone', 'assumed', zone ? 'read from the VLAN role or name' : 'nothing in NetBox names its trust zone');
    vlans.push(vlan);
  }
  if (vlans.length > 0) context.ask(`Trust zones: check the zone of each VLAN (${vlans.map((vlan) => vlan.id).sort(compareText).join(', ')}); Kestra read them from VLAN roles and names.`);
  return { vlans, vlanIds };
}
