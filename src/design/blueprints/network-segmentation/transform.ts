/**
 * The network-segmentation transform, in the pieces the options share: the VLAN plan (new VLANs,
 * sized DHCP ranges), guests moved from the trusted and management VLANs to the servers VLAN, host
 * NICs and cables tagged with the VLANs they must carry, and the firewall policy. The options then
 * differ only in hardware: a replaced unmanaged switch, or a separate IoT switch and access point.
 */
import { compareText } from '../../../intake/diagnostic.js';
import { addEntity, entityKey, removeEntity, updateEntity } from '../../../model/collections.js';
import type { Host, Link, Model, NetworkDevice, Nic, Vlan, Workload } from '../../../model/types.js';
import type { Mapping } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { uniqueId } from '../../model-helpers.js';
import { nicVlans, peerVlans } from './port-plan.js';
import { BLUEPRINT, dhcpPlanOf, plannedVlans, storageTraffic, zoneNeeds, type DhcpPlan } from './zone-plan.js';

export const source = blueprintSource(BLUEPRINT);

export interface VlanPlan {
  readonly model: Model;
  readonly added: readonly Vlan[];
  readonly dhcp: readonly DhcpPlan[];
  readonly moves: readonly Mapping[];
}

const MOVED_ZONES = new Set(['trusted', 'management']);

/** Adds the missing VLANs and DHCP ranges, moves guests to the servers VLAN and tags NICs and cables. */
export function vlanPlan(current: Model): VlanPlan {
  const added = plannedVlans(current, zoneNeeds(current), source);
  let model = added.reduce((next, vlan) => addEntity(next, 'network.vlans', vlan), current);
  const dhcp: DhcpPlan[] = [];
  for (const vlan of model.network.vlans) {
    if (vlan.dhcp === undefined) continue;
    const fresh = added.some((entry) => entry.id === vlan.id);
    const plan = vlan.dhcp.range === undefined && vlan.clients !== undefined ? dhcpPlanOf(vlan) : fresh ? dhcpPlanOf(vlan) : undefined;
    if (plan === undefined) continue;
    dhcp.push(plan);
    if (!fresh) model = updateEntity<Vlan>(model, 'network.vlans', vlan.id, (entity) => ({ ...entity, dhcp: { ...(entity.dhcp as NonNullable<Vlan['dhcp']>), range: plan.range } }));
  }
  const zoneOf = new Map(model.network.vlans.map((vlan) => [vlan.id, vlan.zone] as const));
  const servers = model.network.vlans.find((vlan) => vlan.zone === 'servers');
  const moves: Mapping[] = [];
  if (servers !== undefined) {
    for (const guest of model.workloads.filter((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.vlans.some((vlan) => MOVED_ZONES.has(zoneOf.get(vlan) ?? '')))) {
      const vlans = [...new Set(guest.vlans.map((vlan) => (MOVED_ZONES.has(zoneOf.get(vlan) ?? '') ? servers.id : vlan)))];
      moves.push({ item: `guest ${guest.id}`, from: guest.vlans.join(', '), to: vlans.join(', ') });
      model = updateEntity<Workload>(model, 'workloads', guest.id, (entity) => ({ ...entity, vlans }));
    }
  }
  model = tagHostNics(current, model, added);
  model = tagCables(current, model);
  return { model, added, dhcp, moves };
}

/** Gives each host's uplink NIC the VLANs its guests use, and storage hosts the new storage VLAN. */
function tagHostNics(before: Model, model: Model, added: readonly Vlan[]): Model {
  const storage = added.find((vlan) => vlan.zone === 'storage');
  const servers = model.network.vlans.find((vlan) => vlan.zone === 'servers');
  const traffic = storageTraffic(model);
  const storageHosts = new Set([...traffic.servers, ...traffic.clients]);
  let next = model;
  for (const host of model.hosts) {
    const uplink = host.nics.find((nic) => nic.connectedTo !== undefined && nic.purpose !== 'corosync' && nic.purpose !== 'storage' && nic.purpose !== 'wan');
    if (uplink === undefined) continue;
    // Nothing is taken off a NIC: a guest leaving a VLAN moves after the NIC changes.
    const effective = nicVlans(before, host.id, uplink.id);
    const guestVlans = model.workloads.filter((workload) => workload.host === host.id && workload.runsOn === undefined).flatMap((workload) => workload.vlans);
    // A host that serves shares serves them to users on the servers VLAN; its storage leg is for hosts.
    const userFacing = servers !== undefined && model.storage.shares.some((share) => share.host === host.id) ? [servers.id] : [];
    const storageLeg = storage !== undefined && storageHosts.has(host.id) && !host.nics.some((nic) => nic.purpose === 'storage') ? [storage.id] : [];
    const vlans = [...new Set([...effective, ...guestVlans, ...userFacing, ...storageLeg])];
    if (vlans.join(',') === effective.join(',') && uplink.vlans !== undefined) continue;
    if (vlans.length === effective.length && uplink.vlans === undefined) continue;
    next = updateEntity<Host>(next, 'hosts', host.id, (entity) => ({ ...entity, nics: entity.nics.map((nic): Nic => (nic.id === uplink.id ? { ...nic, vlans } : nic)) }));
  }
  return next;
}

/** Declares the VLANs of every cable whose carried set changes between `before` and `after`. */
function tagCables(before: Model, after: Model): Model {
  let next = after;
  for (const link of after.network.links) {
    const old = before.network.links.find((candidate) => entityKey('network.links', candidate as never) === entityKey('network.links', link as never));
    const ends = [link.a, link.b];
    const want = [...new Set(ends.flatMap((end) => (isSwitch(after, end) ? peerVlans(after, ends.find((other) => other !== end) ?? end, undefined) : [])))];
    if (want.length === 0) continue;
    const had = old === undefined ? [] : [...new Set(ends.flatMap((end) => (isSwitch(before, end) ? peerVlans(before, ends.find((other) => other !== end) ?? end, old.vlans) : [])))];
    const sorted = sortByVid(after, want);
    if (sorted.join(',') === sortByVid(before, had).join(',') && link.vlans === undefined) continue;
    next = updateEntity<Link>(next, 'network.links', entityKey('network.links', link as never), (entity) => ({ ...entity, vlans: sorted }));
  }
  return next;
}

function isSwitch(model: Model, endpoint: string): boolean {
  const id = endpoint.split(':')[0];
  return model.network.devices.some((device) => device.id === id && device.kind === 'switch');
}

/** VLAN ids ordered by tag. */
export function sortByVid(model: Model, ids: readonly string[]): string[] {
  const vid = new Map(model.network.vlans.map((vlan) => [vlan.id, vlan.vid] as const));
  return [...new Set(ids)].filter((id) => vid.has(id)).sort((a, b) => (vid.get(a) ?? 0) - (vid.get(b) ?? 0) || compareText(a, b));
}

/** Replaces `old` with a managed switch of the same ports; every cable and PoE feed moves with it. */
export function replaceSwitch(model: Model, old: NetworkDevice): { readonly model: Model; readonly id: string } {
  const id = uniqueId(model, `${old.id}-managed`);
  const swap = (endpoint: string) => (endpoint.startsWith(`${old.id}:`) ? `${id}:${endpoint.slice(old.id.length + 1)}` : endpoint);
  let next = addEntity(model, 'network.devices', { ...old, id, name: 'Managed switch (802.1Q VLANs)', model: '8-port managed gigabit switch with 802.1Q VLANs', vendor: undefined, source } as NetworkDevice);
  for (const link of model.network.links.filter((candidate) => candidate.a.startsWith(`${old.id}:`) || candidate.b.startsWith(`${old.id}:`))) {
    next = removeEntity(next, 'network.links', entityKey('network.links', link as never));
    next = addEntity(next, 'network.links', { ...link, a: swap(link.a), b: swap(link.b), source } as Link);
  }
  for (const host of next.hosts.filter((candidate) => candidate.nics.some((nic) => nic.connectedTo?.startsWith(`${old.id}:`)) || candidate.power?.poeFrom?.startsWith(`${old.id}:`))) {
    next = updateEntity<Host>(next, 'hosts', host.id, (entity) => ({
      ...entity,
      nics: entity.nics.map((nic): Nic => (nic.connectedTo !== undefined ? { ...nic, connectedTo: swap(nic.connectedTo) } : nic)),
      ...(entity.power?.poeFrom !== undefined ? { power: { ...entity.power, poeFrom: swap(entity.power.poeFrom) } } : {}),
    }));
  }
  for (const device of next.network.devices.filter((candidate) => candidate.power?.poeFrom?.startsWith(`${old.id}:`))) {
    next = updateEntity<NetworkDevice>(next, 'network.devices', device.id, (entity) => ({ ...entity, power: { ...(entity.power as NonNullable<NetworkDevice['power']>), poeFrom: swap(entity.power?.poeFrom ?? '') } }));
  }
  return { model: removeEntity(next, 'network.devices', old.id), id };
}

/** Adds an unmanaged IoT switch on `gatewayPort` and an access point on it; IoT leaves the shared access points. */
export function separateIot(model: Model, gatewayPort: string, iot: readonly string[]): { readonly model: Model; readonly switchId: string; readonly apId: string } {
  const switchId = uniqueId(model, 'iot-sw');
  const apId = uniqueId(model, 'iot-ap', new Set([switchId]));
  const feeds = model.network.devices.find((device) => device.id === gatewayPort.split(':')[0])?.power?.feeds ?? [];
  let next = addEntity(model, 'network.devices', { id: switchId, name: 'IoT switch', kind: 'switch', model: '5-port unmanaged gigabit switch', ports: [1, 2, 3, 4, 5].map((n) => ({ id: `port${n}`, speed: 1e9 })), services: [], power: { feeds: [...feeds] }, source } as unknown as NetworkDevice);
  next = addEntity(next, 'network.devices', { id: apId, name: 'IoT access point', kind: 'access-point', model: 'Wi-Fi 6 access point (IoT SSID only)', ports: [{ id: 'eth0', speed: 1e9 }], services: ['wifi'], power: { feeds: [...feeds] }, source } as unknown as NetworkDevice);
  next = addEntity(next, 'network.links', { a: gatewayPort, b: `${switchId}:port1`, vlans: [...iot], source } as unknown as Link);
  next = addEntity(next, 'network.links', { a: `${apId}:eth0`, b: `${switchId}:port2`, vlans: [...iot], source } as unknown as Link);
  for (const link of next.network.links) {
    const ap = [link.a, link.b].find((end) => next.network.devices.some((device) => device.id === end.split(':')[0] && device.kind === 'access-point' && device.id !== apId));
    if (ap === undefined) continue;
    const carried = peerVlans(next, ap, link.vlans).filter((vlan) => !iot.includes(vlan));
    next = updateEntity<Link>(next, 'network.links', entityKey('network.links', link as never), (entity) => ({ ...entity, vlans: sortByVid(next, carried) }));
  }
  return { model: next, switchId, apId };
}
