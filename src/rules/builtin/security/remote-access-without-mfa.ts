import { defineRule } from '../../rule.js';

export const remoteAccessWithoutMfa = defineRule({
  meta: {
    id: 'security/remote-access-without-mfa',
    layer: 'security',
    title: 'Remote access without multi-factor authentication',
    severity: 'medium',
    rationale:
      'A remote-access VPN opens the inside of the network to whoever holds a client key or password. Keys leak with stolen laptops and phones; a second factor (an identity provider with MFA in front of Tailscale/NetBird, or OPNsense TOTP for OpenVPN) stops a stolen credential from being enough.',
    remediation: 'Require MFA for remote access: an SSO login with MFA for overlay VPNs, TOTP for OpenVPN/IPsec; for plain WireGuard, keep short-lived peers and ACLs and consider an overlay with MFA.',
    references: ['https://docs.opnsense.org/manual/two_factor.html', 'https://www.cisa.gov/MFA'],
    messages: { noMfa: 'Remote-access VPN "{vpn}" ({kind}) lets users in without a second factor.' },
    examples: {
      failing: `version: 1
site: { name: Example }
network:
  devices:
    - { id: fw, kind: firewall }
  vpns:
    - { id: wg-home, kind: wireguard, purpose: remote-access, endpoint: fw, mfa: false }
`,
      passing: `version: 1
site: { name: Example }
network:
  devices:
    - { id: fw, kind: firewall }
  vpns:
    - { id: tailnet, kind: tailscale, purpose: remote-access, endpoint: fw, mfa: true }
`,
    },
  },
  subjects: ({ model }) => model.network.vpns.filter((vpn) => vpn.purpose === 'remote-access'),
  check(vpn, context) {
    if (vpn.mfa === true) return;
    context.report({ messageId: 'noMfa', data: { vpn: vpn.id, kind: vpn.kind } });
  },
});
