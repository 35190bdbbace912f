import { adminTarget, forwardSubjects, isVpnForward } from '../../queries/port-forwards.js';
import { defineRule } from '../../rule.js';

export const remoteAccessByPortForward = defineRule({
  meta: {
    id: 'security/remote-access-by-port-forward',
    layer: 'security',
    title: 'Remote access by port forwarding instead of a VPN',
    severity: 'medium',
    rationale:
      'Every forwarded port is a service the whole internet can probe, and it stays exposed between patch releases. A VPN or overlay (WireGuard, Tailscale, a Cloudflare tunnel with access policies) exposes one hardened endpoint and authenticates users before they reach anything.',
    remediation: 'Reach the service over a VPN or overlay; if it must be public, put it behind a reverse proxy with authentication and keep it patched.',
    references: ['https://www.wireguard.com/', 'https://www.cisa.gov/news-events/directives/bod-23-02-mitigating-risk-internet-exposed-management-interfaces'],
    messages: { forward: 'Port forward "{forward}" publishes port {port} of "{to}"{service} to the internet instead of through a VPN.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: jellyfin, kind: ct, host: pve1 }
network:
  portForwards:
    - { id: media, port: 8096, to: jellyfin, service: Jellyfin }
`,
      passing: `version: 1
site: { name: Example }
network:
  devices:
    - { id: fw, kind: firewall }
  portForwards:
    - { id: wg, port: 51820, protocol: udp, to: fw, service: WireGuard }
  vpns:
    - { id: wg-home, kind: wireguard, purpose: remote-access, endpoint: fw, mfa: true }
`,
    },
  },
  subjects: ({ model }) => forwardSubjects(model),
  check(forward, context) {
    // Forwards to admin interfaces are the (critical) admin-exposed-to-wan finding.
    if (isVpnForward(context.model, forward) || adminTarget(context.model, forward)) return;
    context.report({ messageId: 'forward', data: { forward: forward.id, port: String(forward.port), to: forward.to, service: forward.service ? ` (${forward.service})` : '' }, subjects: [forward.to] });
  },
});
