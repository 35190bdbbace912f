/**
 * The remote-access methods compared, described by what their documentation states: whether they
 * need an inbound port (and so a public address: carrier-grade NAT rules them out), whether users can
 * be made to pass a second factor, how access is limited per user, whether a control plane outside
 * the site must be up for anyone to connect, and whether they reach the whole network or only
 * published web apps.
 */
import type { Vpn } from '../../../model/types.js';

export const BLUEPRINT = 'remote-access';

export type AccessKind = 'wireguard' | 'tailscale' | 'headscale' | 'openvpn' | 'cloudflare-tunnel';

export interface AccessMethod {
  readonly id: AccessKind;
  readonly vpnKind: Vpn['kind'];
  readonly title: string;
  /** Port it listens on from the internet, when it needs one. */
  readonly listen?: { readonly port: number; readonly protocol: 'udp' | 'tcp' };
  /** Runs on the gateway (true) or in a small container behind it (false). */
  readonly onGateway: boolean;
  /** A second factor at login: always, never, or only on these gateway platforms. */
  readonly mfa: boolean | readonly ('opnsense' | 'pfsense')[];
  readonly mfaHow: string;
  readonly aclHow: string;
  /** What must be up outside the site for a client to connect, or undefined for nothing. */
  readonly controlPlane?: string;
  /** Reaches any host and port the ACLs allow (SSH, SMB, RDP), not only published web apps. */
  readonly networkAccess: boolean;
  /** Price-book id of what it costs per year to run, when it costs something. */
  readonly yearlyPrice?: string;
  readonly reference: string;
}

export const ACCESS_METHODS: readonly AccessMethod[] = [
  {
    id: 'wireguard',
    vpnKind: 'wireguard',
    title: 'WireGuard on the gateway',
    listen: { port: 51820, protocol: 'udp' },
    onGateway: true,
    mfa: false,
    mfaHow: 'none: a device key is the only credential',
    aclHow: 'per-peer firewall rules on the tunnel interface (AllowedIPs per peer)',
    networkAccess: true,
    // "Silence is a virtue": it sends nothing to packets that do not authenticate (whitepaper §5.1).
    reference: 'https://www.wireguard.com/papers/wireguard.pdf',
  },
  {
    id: 'tailscale',
    vpnKind: 'tailscale',
    title: 'Tailscale with a subnet router',
    onGateway: false,
    mfa: true,
    mfaHow: 'the identity provider\'s login (SSO with MFA)',
    aclHow: 'the tailnet policy file (ACLs per user and tag)',
    controlPlane: 'Tailscale\'s coordination server (SaaS)',
    networkAccess: true,
    reference: 'https://tailscale.com/kb/1257/connection-types',
  },
  {
    id: 'headscale',
    vpnKind: 'headscale',
    title: 'Headscale on a VPS with Tailscale clients',
    onGateway: false,
    mfa: true,
    mfaHow: 'OIDC login at the identity provider',
    aclHow: 'the Headscale policy file (ACLs per user and tag)',
    controlPlane: 'the Headscale server on a VPS you run',
    networkAccess: true,
    yearlyPrice: 'vps-year',
    reference: 'https://headscale.net/stable/',
  },
  {
    id: 'openvpn',
    vpnKind: 'openvpn',
    title: 'OpenVPN on the gateway',
    listen: { port: 1194, protocol: 'udp' },
    onGateway: true,
    mfa: ['opnsense', 'pfsense'],
    mfaHow: 'TOTP with the password (OPNsense/pfSense local users or RADIUS)',
    aclHow: 'per-user firewall rules (client-specific overrides give each user an address)',
    networkAccess: true,
    reference: 'https://docs.opnsense.org/manual/how-tos/two_factor.html',
  },
  {
    id: 'cloudflare-tunnel',
    vpnKind: 'cloudflare-tunnel',
    title: 'Cloudflare Tunnel with Access policies',
    onGateway: false,
    mfa: true,
    mfaHow: 'Cloudflare Access login at the identity provider',
    aclHow: 'an Access policy per published application',
    controlPlane: 'Cloudflare\'s edge',
    networkAccess: false,
    reference: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/',
  },
];

/** Whether `method` offers a second factor on a gateway of `platform`. */
export function offersMfa(method: AccessMethod, platform: string): boolean {
  return typeof method.mfa === 'boolean' ? method.mfa : (method.mfa as readonly string[]).includes(platform);
}
