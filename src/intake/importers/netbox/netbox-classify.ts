/**
 * NetBox roles are free text ("Core Switch", "Hypervisor", "UPS"), so Kestra reads them through
 * keyword tables: device roles to what the model calls them, VLAN roles and names to trust zones.
 * The first matching row wins; a device nothing matches becomes a host of role "other".
 */
import type { HostInput, NetworkDeviceInput, VlanInput } from '../spec-input.js';

export type DeviceClass =
  | { readonly as: 'host'; readonly role: HostInput['role'] }
  | { readonly as: 'network'; readonly kind: NetworkDeviceInput['kind'] }
  | { readonly as: 'ups' }
  | { readonly as: 'pdu' }
  | { readonly as: 'skip' };

const DEVICE_ROLES: readonly { readonly pattern: RegExp; readonly class: DeviceClass }[] = [
  { pattern: /patch|cable.?manag|blank|shelf|console.?server/, class: { as: 'skip' } },
  { pattern: /(^|[^a-z])ups([^a-z]|$)|uninterrupt/, class: { as: 'ups' } },
  { pattern: /(^|[^a-z])pdu([^a-z]|$)|power.?(distribution|strip)/, class: { as: 'pdu' } },
  { pattern: /firewall|(^|[^a-z])fw([^a-z]|$)|utm/, class: { as: 'network', kind: 'firewall' } },
  { pattern: /router|edge/, class: { as: 'network', kind: 'router' } },
  { pattern: /gateway/, class: { as: 'network', kind: 'gateway' } },
  { pattern: /switch/, class: { as: 'network', kind: 'switch' } },
  { pattern: /access.?point|(^|[^a-z])ap([^a-z]|$)|wi-?fi|wireless|wlan/, class: { as: 'network', kind: 'access-point' } },
  { pattern: /modem/, class: { as: 'network', kind: 'modem' } },
  { pattern: /(^|[^a-z])ont([^a-z]|$)|optical.?network/, class: { as: 'network', kind: 'ont' } },
  { pattern: /hypervisor|proxmox|virtuali[sz]|compute|esxi|vm.?host|kvm/, class: { as: 'host', role: 'hypervisor' } },
  { pattern: /backup/, class: { as: 'host', role: 'backup-server' } },
  { pattern: /(^|[^a-z])nas([^a-z]|$)|storage|(^|[^a-z])san([^a-z]|$)|file.?server/, class: { as: 'host', role: 'nas' } },
  { pattern: /workstation|desktop|laptop/, class: { as: 'host', role: 'workstation' } },
  { pattern: /(^|[^a-z])sbc([^a-z]|$)|raspberry|(^|[^a-z])pi([^a-z]|$)/, class: { as: 'host', role: 'sbc' } },
  { pattern: /server/, class: { as: 'host', role: 'server' } },
];

/** The first row whose pattern matches one of the names, trying the names in order. */
function firstMatch<Row extends { readonly pattern: RegExp }>(rows: readonly Row[], names: readonly (string | undefined)[]): Row | undefined {
  for (const name of names) {
    const text = (name ?? '').toLowerCase();
    const row = text === '' ? undefined : rows.find((candidate) => candidate.pattern.test(text));
    if (row) return row;
  }
  return undefined;
}

/** What a device with this role (slug and name) is; undefined when no keyword matches. */
export function classifyRole(...names: readonly (string | undefined)[]): DeviceClass | undefined {
  return firstMatch(DEVICE_ROLES, names)?.class;
}

const ZONES: readonly { readonly pattern: RegExp; readonly zone: VlanInput['zone'] }[] = [
  { pattern: /mgmt|manage|admin|oob|infra/, zone: 'management' },
  { pattern: /storage|(^|[^a-z])san([^a-z]|$)|iscsi|nfs|ceph/, zone: 'storage' },
  { pattern: /iot|smart|home.?auto/, zone: 'iot' },
  { pattern: /guest|visitor/, zone: 'guest' },
  { pattern: /dmz|public|exposed/, zone: 'dmz' },
  { pattern: /camera|cctv|nvr|video|surveil/, zone: 'cameras' },
  { pattern: /voice|voip|phone|(^|[^a-z])sip([^a-z]|$)/, zone: 'voice' },
  { pattern: /server|prod|service|(^|[^a-z])dc([^a-z]|$)|(^|[^a-z])vms?([^a-z]|$)/, zone: 'servers' },
  { pattern: /trust|(^|[^a-z])lan([^a-z]|$)|user|corp|office|home|client|staff|default/, zone: 'trusted' },
];

/** The trust zone a VLAN role or name suggests, or undefined. */
export function zoneOf(...names: readonly (string | undefined)[]): VlanInput['zone'] | undefined {
  return firstMatch(ZONES, names)?.zone;
}
