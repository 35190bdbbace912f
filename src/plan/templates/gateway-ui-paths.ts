/**
 * Where gateway tasks live in each platform's web UI (OPNsense https://docs.opnsense.org/manual/,
 * pfSense, UniFi Network 8/9), and the small lookups the network step templates share.
 */
import { findEntity } from '../../model/collections.js';
import { platformOf, type Platform } from '../../model/device-platform.js';
import type { Model, NetworkDevice, Vlan } from '../../model/types.js';
import { HOUR, MINUTE, listText } from './step-draft.js';

export { platformOf, type Platform };

/** The network device `id` of `model`. */
export function device(model: Model, id: string | undefined): NetworkDevice | undefined {
  return id === undefined ? undefined : (findEntity(model, 'network.devices', id) as NetworkDevice | undefined);
}

/** Where a task is done on each platform. */
export const PATHS: Readonly<Record<Platform, Readonly<Record<'vlan' | 'assign' | 'dhcp' | 'dns' | 'rules' | 'nat' | 'ids' | 'wireguard' | 'wan' | 'backup', string>>>> = {
  opnsense: {
    vlan: 'Interfaces ▸ Other Types ▸ VLAN',
    assign: 'Interfaces ▸ Assignments',
    dhcp: 'Services ▸ ISC DHCPv4 ▸ <interface> (Static Mappings at the bottom)',
    dns: 'Services ▸ Unbound DNS ▸ Overrides',
    rules: 'Firewall ▸ Rules ▸ <interface>',
    nat: 'Firewall ▸ NAT ▸ Port Forward',
    ids: 'Services ▸ Intrusion Detection ▸ Administration (IPS mode, download rulesets)',
    wireguard: 'VPN ▸ WireGuard ▸ Instances / Peers',
    wan: 'Interfaces ▸ [WAN]',
    backup: 'System ▸ Configuration ▸ Backups',
  },
  pfsense: {
    vlan: 'Interfaces ▸ Assignments ▸ VLANs',
    assign: 'Interfaces ▸ Assignments',
    dhcp: 'Services ▸ DHCP Server ▸ <interface>',
    dns: 'Services ▸ DNS Resolver ▸ Host Overrides',
    rules: 'Firewall ▸ Rules ▸ <interface>',
    nat: 'Firewall ▸ NAT ▸ Port Forward',
    ids: 'Services ▸ Suricata (package)',
    wireguard: 'VPN ▸ WireGuard (package)',
    wan: 'Interfaces ▸ WAN',
    backup: 'Diagnostics ▸ Backup & Restore',
  },
  unifi: {
    vlan: 'Settings ▸ Networks ▸ Create New (VLAN ID)',
    assign: 'Settings ▸ Networks',
    dhcp: 'Settings ▸ Networks ▸ <network> ▸ DHCP',
    dns: 'Settings ▸ Routing ▸ DNS',
    rules: 'Settings ▸ Security ▸ Traffic & Firewall Rules',
    nat: 'Settings ▸ Routing ▸ Port Forwarding',
    ids: 'Settings ▸ Security ▸ Intrusion Prevention',
    wireguard: 'Settings ▸ VPN ▸ VPN Server',
    wan: 'Settings ▸ Internet',
    backup: 'Settings ▸ System ▸ Backups ▸ Download',
  },
  other: {
    vlan: 'VLAN interfaces',
    assign: 'interface assignment',
    dhcp: 'DHCP server',
    dns: 'DNS overrides',
    rules: 'firewall rules',
    nat: 'port forwards',
    ids: 'IDS/IPS',
    wireguard: 'WireGuard',
    wan: 'WAN interface',
    backup: 'configuration backup',
  },
};

export function vlanOf(model: Model, id: string): Vlan | undefined {
  return findEntity(model, 'network.vlans', id) as Vlan | undefined;
}

export function gatewayAddress(vlan: Vlan | undefined): string {
  return vlan?.subnet !== undefined ? `the gateway address of ${vlan.subnet}` : 'the VLAN\'s gateway address';
}

export function formatLease(seconds: number | undefined): string {
  if (seconds === undefined) return 'its current lease time';
  return seconds >= HOUR ? `${Math.round(seconds / HOUR)} h` : `${Math.round(seconds / MINUTE)} min`;
}

/** What the old gateway does, as a checklist the new one must cover. */
export function roleInventory(model: Model, old: NetworkDevice): string[] {
  const vlans = model.network.vlans.filter((vlan) => vlan.gateway === old.id);
  const dhcp = model.network.vlans.filter((vlan) => vlan.dhcp?.server === old.id);
  const vpns = model.network.vpns.filter((vpn) => vpn.endpoint === old.id);
  const wans = model.network.wan.filter((wan) => wan.device === old.id);
  return [
    `services: ${listText([...old.services])}`,
    `routes ${vlans.length} VLAN(s): ${listText(vlans.map((vlan) => `${vlan.id} (VID ${vlan.vid}${vlan.subnet ? `, ${vlan.subnet}` : ''})`))}`,
    `DHCP for ${listText(dhcp.map((vlan) => vlan.id))}`,
    ...(wans.length > 0 ? [`terminates ${listText(wans.map((wan) => `${wan.id} (${wan.provider ?? 'ISP'})`))}`] : []),
    ...(vpns.length > 0 ? [`VPN endpoint of ${listText(vpns.map((vpn) => `${vpn.id} (${vpn.kind})`))}`] : []),
    `${model.network.firewall.rules.length} firewall rule(s), ${model.network.portForwards.length} port forward(s)`,
  ];
}

