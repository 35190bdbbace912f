import { z } from 'zod';
import { availability, duration, endpoint, id, rate, ref, text } from './fields.js';
import { drawSchema } from './power.js';

export const zones = ['management', 'trusted', 'servers', 'storage', 'iot', 'guest', 'dmz', 'cameras', 'voice'] as const;

export const portSchema = z.strictObject({
  id: id(),
  speed: rate('Port speed.').optional(),
  poe: z.boolean().optional(),
  notes: text('Free notes.').optional(),
});

/** Services a network device provides besides forwarding packets; each needs a new home in a migration. */
export const deviceServices = [
  'routing',
  'dhcp',
  'dns',
  'ntp',
  'controller',
  'vpn-server',
  'ids',
  'ddns',
  'poe',
  'wifi',
  'storage',
  'dns-filtering',
  'nat',
  'mdns-repeater',
] as const;

export const networkDeviceSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  kind: z.enum(['router', 'firewall', 'gateway', 'switch', 'access-point', 'modem', 'ont']).describe('What the device is.'),
  model: text('Vendor model, e.g. "UniFi Dream Machine Pro".').optional(),
  vendor: text('Vendor, e.g. "Ubiquiti".').optional(),
  platform: text('Software platform, e.g. "UniFi OS 4", "OPNsense 24.7".').optional(),
  ports: z.array(portSchema).default([]),
  services: z.array(z.enum(deviceServices)).default([]).describe('What it does besides forwarding: dhcp, dns, controller…'),
  managementVlan: ref('the VLAN its management interface is on').optional(),
  adminExposedToWan: z.boolean().optional().describe('Its admin UI or SSH answers on the WAN side.'),
  configBackup: z.boolean().optional().describe('Its configuration is backed up off the device.'),
  power: drawSchema.optional(),
  availability: availability(),
  notes: text('Free notes.').optional(),
});

export const linkSchema = z.strictObject({
  a: endpoint(),
  b: endpoint(),
  speed: rate('Negotiated speed; defaults to the slower port.').optional(),
  vlans: z.array(ref('a VLAN carried on this cable')).optional().describe('VLANs the cable carries (a trunk when more than one).'),
  notes: text('Free notes.').optional(),
});

export const vlanSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  vid: z.number().int().min(1).max(4094).describe('802.1Q VLAN id (1-4094).'),
  zone: z.enum(zones).describe('Trust zone; the firewall policy is written between zones.'),
  subnet: z
    .string()
    .regex(/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$|^[0-9a-fA-F:]+\/\d{1,3}$/, { message: 'a CIDR subnet such as "10.0.20.0/24"' })
    .optional(),
  gateway: ref('the router or firewall that routes this VLAN').optional(),
  dhcp: z
    .strictObject({
      server: ref('the device or workload that serves DHCP'),
      leaseTime: duration('DHCP lease time.').optional(),
      range: z
        .string()
        .regex(/^(\d{1,3}\.){3}\d{1,3}-(\d{1,3}\.){3}\d{1,3}$/, { message: 'an address range such as "10.0.30.100-10.0.30.199"' })
        .optional()
        .describe('Addresses the server hands out, first-last.'),
    })
    .optional(),
  mdns: z.boolean().optional().describe('Needs mDNS/multicast across VLANs (casting, HomeKit).'),
  clients: z.number().int().min(0).optional().describe('Roughly how many client devices live here.'),
  notes: text('Free notes.').optional(),
});

export const firewallRuleSchema = z.strictObject({
  from: z.string().min(1).describe('A zone, a VLAN id, "wan" or "any".'),
  to: z.string().min(1).describe('A zone, a VLAN id, "wan" or "any".'),
  action: z.enum(['allow', 'deny']),
  ports: z.array(z.union([z.number().int(), z.string()])).optional(),
  description: text('Why the rule exists.').optional(),
});

export const wanSchema = z.strictObject({
  id: id(),
  provider: text('ISP name.').optional(),
  device: ref('the router, firewall or modem that terminates it'),
  kind: z.enum(['fiber', 'cable', 'dsl', 'lte', '5g', 'satellite', 'other']).optional(),
  down: rate('Download rate.'),
  up: rate('Upload rate.'),
  cgnat: z.boolean().optional().describe('Behind carrier-grade NAT (no inbound connections).'),
  availability: availability(),
  notes: text('Free notes.').optional(),
});

export const portForwardSchema = z.strictObject({
  id: id().optional(),
  port: z.union([z.number().int().min(1).max(65535), z.string()]).describe('External port or range.'),
  protocol: z.enum(['tcp', 'udp', 'tcp/udp']).default('tcp'),
  to: ref('the host or workload it reaches'),
  service: text('What it is for, e.g. "Plex", "WireGuard".').optional(),
});

export const vpnSchema = z.strictObject({
  id: id(),
  kind: z.enum(['wireguard', 'tailscale', 'headscale', 'netbird', 'zerotier', 'openvpn', 'ipsec', 'cloudflare-tunnel', 'other']),
  purpose: z.enum(['remote-access', 'site-to-site']),
  endpoint: ref('the device, host or workload that runs it'),
  peers: z.array(z.string()).optional().describe('Other sites or user groups.'),
  mfa: z.boolean().optional().describe('Users need a second factor to connect.'),
  acls: z.boolean().optional().describe('Access is limited per user or device by ACLs.'),
  notes: text('Free notes.').optional(),
});

/** Network: devices, cabling, VLANs, firewall policy, WAN uplinks, port forwards and VPNs. */
export const networkSchema = z.strictObject({
  devices: z.array(networkDeviceSchema).default([]),
  links: z.array(linkSchema).default([]),
  vlans: z.array(vlanSchema).default([]),
  firewall: z
    .strictObject({
      defaultPolicy: z.enum(['allow', 'deny']).default('allow').describe('What happens to inter-VLAN traffic no rule matches.'),
      rules: z.array(firewallRuleSchema).default([]),
    })
    .optional(),
  wan: z.array(wanSchema).default([]),
  portForwards: z.array(portForwardSchema).default([]),
  vpns: z.array(vpnSchema).default([]),
});
