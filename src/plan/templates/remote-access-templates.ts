/**
 * Step templates for VPNs added, retired or changed: the real setup of each kind — WireGuard and
 * OpenVPN on the gateway (OPNsense UI paths, https://docs.opnsense.org/manual/vpnet.html), a
 * Tailscale or Headscale subnet router (https://tailscale.com/kb/1019/subnets,
 * https://headscale.net/stable/), a Cloudflare tunnel (https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/).
 */
import { findEntity } from '../../model/collections.js';
import { platformOf } from '../../model/device-platform.js';
import type { Model, NetworkDevice, Vpn } from '../../model/types.js';
import type { Change, Command } from '../plan-types.js';
import { HOUR, MINUTE, config, draft, listText, shell, ui, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

/** Subnets a remote user may be routed to: every routed VLAN's subnet. */
function routedSubnets(model: Model): string[] {
  return model.network.vlans.filter((vlan) => vlan.gateway !== undefined && vlan.subnet !== undefined).map((vlan) => vlan.subnet as string);
}

function setupCommands(vpn: Vpn, context: TemplateContext): Command[] {
  const on = vpn.endpoint;
  const gateway = findEntity(context.target, 'network.devices', on) as NetworkDevice | undefined;
  const platform = platformOf(gateway);
  const routes = routedSubnets(context.target).join(',');
  switch (vpn.kind) {
    case 'wireguard':
      return platform === 'unifi'
        ? [ui('Settings ▸ VPN ▸ VPN Server ▸ Create New ▸ WireGuard: one client per device', on)]
        : [ui('VPN ▸ WireGuard ▸ Instances: listen port 51820, tunnel address; Peers: one per device with its AllowedIPs', on), ui('Firewall ▸ Rules ▸ WAN: allow UDP 51820; Firewall ▸ Rules ▸ WireGuard (group): one rule per peer, only what it needs', on)];
    case 'openvpn':
      return [
        ui('System ▸ Trust ▸ Authorities and Certificates: a CA and a server certificate', on),
        ui('System ▸ Access ▸ Servers: a TOTP server ("Local + Timebased One Time Password"); each user scans their OTP seed', on),
        ui('VPN ▸ OpenVPN ▸ Instances: server, UDP 1194, authentication via the TOTP server, TLS static key (tls-crypt); Client Specific Overrides give each user an address', on),
        ui('Firewall ▸ Rules ▸ WAN: allow UDP 1194; Firewall ▸ Rules ▸ OpenVPN: one rule per user group', on),
      ];
    case 'tailscale':
      return gateway !== undefined
        ? [ui(`${platform === 'pfsense' ? 'System ▸ Package Manager: Tailscale' : 'System ▸ Firmware ▸ Plugins: os-tailscale'}; VPN ▸ Tailscale: log in, advertise routes ${routes}`, on)]
        : [shell('curl -fsSL https://tailscale.com/install.sh | sh', on), config('/etc/sysctl.d/99-tailscale.conf: net.ipv4.ip_forward = 1', on), shell(`tailscale up --advertise-routes=${routes} --accept-dns=false`, on), ui('Tailscale admin console ▸ Machines ▸ the router ▸ Edit route settings: approve the routes; Access controls: a rule per group', on)];
    case 'headscale':
      return [
        shell('On the VPS: install headscale, set server_url and the OIDC issuer in /etc/headscale/config.yaml; systemctl enable --now headscale'),
        shell('headscale users create <user>; headscale preauthkeys create --user <user>   # on the VPS'),
        shell(`tailscale up --login-server https://<headscale host> --advertise-routes=${routes}`, on),
        shell('headscale routes enable -r <route id>   # on the VPS; policy file with a rule per group'),
      ];
    case 'cloudflare-tunnel':
      return [shell('cloudflared tunnel login; cloudflared tunnel create <name>', on), config('/etc/cloudflared/config.yml: ingress rules, one hostname per published service', on), shell('cloudflared tunnel route dns <name> <hostname>; cloudflared service install', on), ui('Zero Trust ▸ Access ▸ Applications: one application per hostname with an identity-provider policy (MFA)')];
    default:
      return [ui(`Set up ${vpn.kind} on ${on}`, on)];
  }
}

function addTemplate(change: Change, context: TemplateContext): StepDraft[] {
  const vpn = change.after as unknown as Vpn;
  return [
    draft(change, {
      title: `Set up ${vpn.kind} ${change.subject} on ${vpn.endpoint}${vpn.purpose === 'remote-access' ? ' for remote access' : ''}`,
      preChecks: [`${vpn.endpoint} is up and reaches the internet`, ...(vpn.mfa === true ? ['Every user has an authenticator app or a login at the identity provider with MFA'] : [])],
      action: { summary: `${vpn.purpose === 'remote-access' ? `Remote users${vpn.peers !== undefined ? ` (${listText(vpn.peers)})` : ''} enrol one device at a time` : 'Both sites exchange keys'}; access is limited per ${vpn.acls === true ? 'user by ACLs' : 'peer'}.`, commands: setupCommands(vpn, context) },
      validation: [`From a phone on mobile data: connect${vpn.mfa === true ? ', pass the second factor,' : ''} and reach a LAN service`, 'A user outside the admin group cannot reach the management VLAN'],
      rollback: [`Disable ${change.subject}; the old access path still works until it is removed`],
      blastRadius: [change.subject],
      duration: 2 * HOUR,
    }),
  ];
}

export const remoteAccessTemplates: TemplateTable = {
  'vpn.add': addTemplate,
  'vpn.remove': (change) => {
    const vpn = change.before as unknown as Vpn;
    return [
      draft(change, {
        title: `Retire ${vpn.kind} ${change.subject} on ${vpn.endpoint}`,
        preChecks: ['Every user connects through the new access path; the old one\'s handshake or connection log shows nobody for a week'],
        action: { summary: 'Disable the server and its WAN rule; keep its configuration in the backup.', commands: [ui(vpn.kind === 'wireguard' ? 'VPN ▸ WireGuard ▸ Instances: disable; Firewall ▸ Rules ▸ WAN: remove the UDP 51820 rule' : vpn.kind === 'openvpn' ? 'VPN ▸ OpenVPN ▸ Instances: disable; Firewall ▸ Rules ▸ WAN: remove the UDP 1194 rule' : `Disable ${vpn.kind} on ${vpn.endpoint}`, vpn.endpoint)] },
        validation: ['An external port scan no longer shows its port; the new path still works'],
        rollback: ['Enable it again; its peers still hold their configs'],
        disrupts: [`vpn:${change.subject}`],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'vpn.modify': (change) => {
    const vpn = change.after as unknown as Vpn;
    const fields = change.fields.map((field) => field.path);
    return [
      draft(change, {
        title: `Tighten ${vpn.kind} ${change.subject}: ${listText(fields.map((field) => (field === 'acls' ? 'per-user ACLs' : field === 'mfa' ? 'a second factor' : field)))}`,
        action: {
          summary: fields.includes('acls') ? 'Give each peer only the addresses its user needs; replace any "allow all" on the tunnel interface with one rule per peer or group.' : `Set ${listText(fields)}.`,
          commands: fields.includes('acls') ? [ui(vpn.kind === 'wireguard' ? 'VPN ▸ WireGuard ▸ Peers: AllowedIPs per peer; Firewall ▸ Rules ▸ WireGuard: one rule per peer' : `${vpn.kind}: ACLs per user or group`, vpn.endpoint)] : [],
        },
        validation: ['Each user reaches what they need and nothing else (test one admin and one ordinary user)'],
        rollback: ['Restore the previous rules from the configuration backup'],
        duration: 45 * MINUTE,
      }),
    ];
  },
};
