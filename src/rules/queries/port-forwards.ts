/** Port forwards from the WAN: which ones carry a VPN, and which reach admin interfaces. */
import type { Model, PortForward } from '../../model/types.js';

/** UDP/TCP ports the common VPNs listen on: WireGuard 51820, OpenVPN 1194, IPsec IKE 500/4500, Tailscale 41641. */
const VPN_PORTS = new Set(['51820', '1194', '500', '4500', '41641']);
const ADMIN_ROLES = new Set(['hypervisor', 'nas', 'backup-server', 'firewall', 'router']);
/** Web and shell admin ports: SSH, Proxmox VE 8006, PBS 8007, Synology 5000/5001, TrueNAS/UniFi web UIs, RDP. */
const ADMIN_PORTS = new Set(['22', '8006', '8007', '5000', '5001', '8443', '3389', '10000']);

export interface ForwardSubject extends PortForward {
  readonly id: string;
}

/** Port forwards with an id to report under: their own, or "<target>:<port>". */
export function forwardSubjects(model: Model): ForwardSubject[] {
  return model.network.portForwards.map((forward) => ({ ...forward, id: forward.id ?? `${forward.to}:${String(forward.port)}` }));
}

/** True when the forward terminates a VPN the spec declares on its target. */
export function isVpnForward(model: Model, forward: PortForward): boolean {
  const endpointOfVpn = model.network.vpns.some((vpn) => vpn.endpoint === forward.to);
  const named = /wireguard|openvpn|ipsec|vpn|tailscale|headscale|netbird|zerotier/i.test(forward.service ?? '');
  return endpointOfVpn && (named || VPN_PORTS.has(String(forward.port)));
}

/** What makes the forward's target an admin interface, or undefined when it is not one. */
export function adminTarget(model: Model, forward: PortForward): string | undefined {
  const host = model.hosts.find((candidate) => candidate.id === forward.to);
  if (host && ADMIN_ROLES.has(host.role)) return `${host.role} "${host.id}"`;
  const device = model.network.devices.find((candidate) => candidate.id === forward.to);
  if (device) return `${device.kind} "${device.id}"`;
  const workload = model.workloads.find((candidate) => candidate.id === forward.to);
  if (workload?.adminInterface) return `admin interface "${workload.id}"`;
  if (ADMIN_PORTS.has(String(forward.port))) return `port ${String(forward.port)} (an admin port) on "${forward.to}"`;
  return undefined;
}
