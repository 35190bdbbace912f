/**
 * The switch port plan: for every cabled switch port, the VLANs the cable must carry, read from what
 * is at the other end. A host NIC carries its declared VLANs (else its management VLAN); a gateway
 * carries every VLAN it routes; an access point carries the client zones' VLANs its SSIDs bridge; a
 * cable that declares its VLANs carries those. One VLAN makes an access port; more make a trunk whose
 * untagged (native) VLAN is tag 1 when carried, else the peer's management VLAN, else none.
 */
import { compareText } from '../../../intake/diagnostic.js';
import type { Model, Vlan } from '../../../model/types.js';
import { CLIENT_ZONES } from './zone-plan.js';

export interface PortRow {
  /** "sw1:port1". */
  readonly port: string;
  /** What is cabled to it: "pve1:eno1", "gw:lan1". */
  readonly peer: string;
  readonly vlans: readonly string[];
  readonly native?: string;
  readonly mode: 'access' | 'trunk' | 'unknown';
}

/**
 * VLANs a host NIC carries: those it declares, else — for the host's uplink — its management VLAN and
 * the VLANs its own VMs and containers are attached to (they could not work otherwise).
 */
export function nicVlans(model: Model, hostId: string, nicId: string): string[] {
  const host = model.hosts.find((candidate) => candidate.id === hostId);
  const nic = host?.nics.find((candidate) => candidate.id === nicId);
  if (host === undefined || nic === undefined) return [];
  if (nic.vlans !== undefined) return [...nic.vlans];
  const uplink = host.nics.find((candidate) => candidate.connectedTo !== undefined && !['corosync', 'storage', 'wan'].includes(candidate.purpose ?? ''));
  const guests = uplink?.id === nicId ? model.workloads.filter((workload) => workload.host === hostId && workload.runsOn === undefined).flatMap((workload) => workload.vlans) : [];
  return [...new Set([...(host.managementVlan !== undefined ? [host.managementVlan] : []), ...guests])];
}

/** VLANs carried towards `peer` ("device:port" or "host:nic") by what the model says of it. */
export function peerVlans(model: Model, peer: string, declared: readonly string[] | undefined): string[] {
  if (declared !== undefined) return [...declared];
  const [id = '', port = ''] = peer.split(':');
  if (model.hosts.some((candidate) => candidate.id === id)) return nicVlans(model, id, port);
  const device = model.network.devices.find((candidate) => candidate.id === id);
  if (device === undefined) return [];
  if (device.kind === 'access-point') {
    return [...new Set([...(device.managementVlan !== undefined ? [device.managementVlan] : []), ...model.network.vlans.filter((vlan) => CLIENT_ZONES.has(vlan.zone) && vlan.gateway !== undefined).map((vlan) => vlan.id)])];
  }
  if (device.kind === 'switch') return model.network.vlans.map((vlan) => vlan.id);
  return model.network.vlans.filter((vlan) => vlan.gateway === device.id || vlan.dhcp?.server === device.id).map((vlan) => vlan.id);
}

function managementOf(model: Model, peer: string): string | undefined {
  const id = peer.split(':')[0] ?? '';
  return model.hosts.find((host) => host.id === id)?.managementVlan ?? model.network.devices.find((device) => device.id === id)?.managementVlan;
}

/** The untagged VLAN of a cable carrying `vlans` to `peer`. */
export function nativeVlan(model: Model, peer: string, vlans: readonly string[]): string | undefined {
  const byId = new Map(model.network.vlans.map((vlan) => [vlan.id, vlan] as const));
  const one = vlans.find((id) => byId.get(id)?.vid === 1);
  if (one !== undefined) return one;
  const management = managementOf(model, peer);
  return management !== undefined && vlans.includes(management) ? management : vlans.length === 1 ? vlans[0] : undefined;
}

/** Every cabled port of every switch with the VLANs it carries, sorted by port. */
export function portPlan(model: Model): PortRow[] {
  const switches = new Set(model.network.devices.filter((device) => device.kind === 'switch').map((device) => device.id));
  const order = new Map<string, Vlan>(model.network.vlans.map((vlan) => [vlan.id, vlan]));
  const sortVlans = (ids: readonly string[]) => [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => (order.get(a)?.vid ?? 0) - (order.get(b)?.vid ?? 0) || compareText(a, b));
  const rows: PortRow[] = [];
  const add = (port: string, peer: string, declared: readonly string[] | undefined) => {
    if (!switches.has(port.split(':')[0] ?? '')) return;
    const vlans = sortVlans(peerVlans(model, peer, declared));
    const native = nativeVlan(model, peer, vlans);
    rows.push({ port, peer, vlans, ...(native !== undefined ? { native } : {}), mode: vlans.length === 0 ? 'unknown' : vlans.length === 1 ? 'access' : 'trunk' });
  };
  for (const link of model.network.links) {
    add(link.a, link.b, link.vlans);
    add(link.b, link.a, link.vlans);
  }
  for (const host of model.hosts) for (const nic of host.nics) if (nic.connectedTo !== undefined) add(nic.connectedTo, `${host.id}:${nic.id}`, undefined);
  return rows.sort((a, b) => compareText(a.port, b.port));
}

/** Rows of `after` whose VLANs or native VLAN differ from the same port in `before` (new ports count). */
export function changedPorts(before: readonly PortRow[], after: readonly PortRow[]): PortRow[] {
  const old = new Map(before.map((row) => [row.port, row]));
  return after.filter((row) => {
    const was = old.get(row.port);
    return was === undefined || was.vlans.join(',') !== row.vlans.join(',') || was.native !== row.native;
  });
}

/** "trunk: native lan, tagged trusted, iot" / "access: iot". */
export function describePort(row: Pick<PortRow, 'mode' | 'vlans' | 'native'>): string {
  if (row.mode === 'unknown') return 'VLANs unknown';
  if (row.mode === 'access') return `access: ${row.vlans[0]}`;
  const tagged = row.vlans.filter((vlan) => vlan !== row.native);
  return `trunk: ${row.native !== undefined ? `native ${row.native}, ` : 'no native VLAN, '}tagged ${tagged.join(', ')}`;
}
