import { adminTarget, forwardSubjects, isVpnForward } from '../../queries/port-forwards.js';
import { defineRule, type Subject } from '../../rule.js';

interface Exposure extends Subject {
  readonly what: string;
  readonly how: 'device' | 'forward';
  readonly port?: string;
  readonly exposed: boolean;
}

export const adminExposedToWan = defineRule({
  meta: {
    id: 'security/admin-exposed-to-wan',
    layer: 'security',
    title: 'Admin interface or hypervisor exposed to the internet',
    severity: 'critical',
    rationale:
      'Admin UIs (Proxmox on 8006, NAS and router web UIs, SSH) are scanned from the internet within minutes of being exposed, and their vulnerabilities are exploited at scale. Proxmox recommends never exposing the management interface to the internet.',
    remediation: 'Remove the port forward and turn off WAN-side administration; reach admin interfaces over a VPN (WireGuard, Tailscale) with MFA instead.',
    references: [
      'https://pve.proxmox.com/wiki/Securing_Proxmox_VE',
      'https://www.cisa.gov/news-events/directives/bod-23-02-mitigating-risk-internet-exposed-management-interfaces',
    ],
    messages: {
      device: 'The admin interface of {what} answers on the WAN side.',
      forward: 'Port forward "{forward}" (port {port}) exposes {what} to the internet.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
network:
  portForwards:
    - { id: pve-ui, port: 8006, to: pve1 }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
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
  // Every device and forward is judged, so a site with nothing exposed passes.
  subjects: ({ model }): Exposure[] => [
    ...model.network.devices.map((device): Exposure => ({ id: device.id, source: device.source, what: `${device.kind} "${device.id}"`, how: 'device', exposed: device.adminExposedToWan === true })),
    ...forwardSubjects(model).map((forward): Exposure => {
      const what = isVpnForward(model, forward) ? undefined : adminTarget(model, forward);
      return { id: forward.id, source: forward.source, what: what ?? '', how: 'forward', port: String(forward.port), exposed: what !== undefined };
    }),
  ],
  check(exposure: Exposure, context) {
    if (!exposure.exposed) return;
    if (exposure.how === 'device') context.report({ messageId: 'device', data: { what: exposure.what } });
    else context.report({ messageId: 'forward', data: { forward: exposure.id, port: exposure.port ?? '', what: exposure.what } });
  },
});
