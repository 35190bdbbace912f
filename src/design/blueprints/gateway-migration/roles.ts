/**
 * Every role the old gateway plays besides routing, each with its new home: a router replacement
 * fails when one of them is forgotten (DHCP reservations, DNS names, the UniFi controller, PoE, mDNS
 * between VLANs, port forwards, the VPN server, dynamic DNS).
 */
import type { Model, NetworkDevice } from '../../../model/types.js';
import type { Mapping } from '../../blueprint.js';

const HOMES: Readonly<Record<string, (newId: string) => string>> = {
  routing: (id) => `${id} (inter-VLAN routing and firewall)`,
  nat: (id) => `${id} (outbound NAT)`,
  dhcp: (id) => `${id} (ISC DHCPv4 with the same ranges and static mappings)`,
  dns: (id) => `${id} (Unbound with the same host overrides)`,
  ntp: (id) => `${id} (NTP server)`,
  'vpn-server': (id) => `${id} (WireGuard)`,
  ids: (id) => `${id} (Suricata in IPS mode)`,
  ddns: (id) => `${id} (os-ddclient plugin)`,
  'dns-filtering': (id) => `${id} (Unbound blocklists) or the existing DNS filter`,
  'mdns-repeater': (id) => `${id} (os-mdns-repeater plugin)`,
  storage: () => 'the NAS',
  wifi: () => 'the access points',
};

/** The roles of `old` and where each goes; `controllerHome` is where the device controller moves. */
export function gatewayRoles(model: Model, old: NetworkDevice, newId: string, controllerHome: string | undefined): Mapping[] {
  const mappings: Mapping[] = [];
  const vlans = model.network.vlans.filter((vlan) => vlan.gateway === old.id);
  for (const service of old.services) {
    if (service === 'controller') {
      const managed = model.network.devices.filter((device) => device.id !== old.id && /unifi|ubiquiti/iu.test(`${device.vendor ?? ''} ${device.model ?? ''}`)).map((device) => device.id);
      mappings.push({ item: `controller of ${managed.join(', ') || 'the network devices'}`, from: old.id, to: controllerHome ?? 'none: the devices keep their last configuration, unmanaged' });
    } else if (service === 'poe') {
      const powered = [...model.hosts, ...model.network.devices].filter((entity) => entity.power?.poeFrom?.startsWith(`${old.id}:`)).map((entity) => entity.id);
      mappings.push({ item: `PoE for ${powered.join(', ') || 'powered devices'}`, from: old.id, to: 'a PoE switch port or injector' });
    } else {
      mappings.push({ item: service === 'routing' ? `routing of ${vlans.map((vlan) => vlan.id).join(', ')}` : service, from: old.id, to: HOMES[service]?.(newId) ?? newId });
    }
  }
  for (const wan of model.network.wan.filter((candidate) => candidate.device === old.id)) mappings.push({ item: `WAN uplink ${wan.id}${wan.provider ? ` (${wan.provider})` : ''}`, from: old.id, to: newId });
  for (const vpn of model.network.vpns.filter((candidate) => candidate.endpoint === old.id)) mappings.push({ item: `VPN ${vpn.id} (${vpn.kind})`, from: old.id, to: newId });
  const forwards = model.network.portForwards;
  if (forwards.length > 0) mappings.push({ item: `${forwards.length} port forward(s)`, from: old.id, to: `${newId} (Firewall ▸ NAT ▸ Port Forward)` });
  const mdns = vlans.filter((vlan) => vlan.mdns === true).map((vlan) => vlan.id);
  if (mdns.length > 0) mappings.push({ item: `mDNS across ${mdns.join(', ')}`, from: old.id, to: `${newId} (os-mdns-repeater plugin)` });
  if (model.network.firewall.rules.length > 0) mappings.push({ item: `${model.network.firewall.rules.length} firewall rule(s)`, from: old.id, to: `${newId} (Firewall ▸ Rules, per interface)` });
  return mappings;
}
