import { vlansInZones } from '../../queries/firewall-policy.js';
import { defineRule } from '../../rule.js';

export const flatNetworkWithIot = defineRule({
  meta: {
    id: 'network/flat-network-with-iot',
    layer: 'network',
    title: 'IoT devices on a flat network',
    severity: 'high',
    rationale:
      'IoT devices (cameras, plugs, TVs) get few security updates and often phone home. On a flat network, or with VLANs but no firewall policy between them, nothing stops a compromised device from reaching every laptop, NAS and hypervisor.',
    remediation: 'Declare the firewall policy between zones (network.firewall) with IoT blocked from trusted, servers and management; if IoT shares a VLAN with other devices, give it its own VLAN and SSID first.',
    references: ['https://docs.opnsense.org/manual/how-tos/vlan_and_lagg.html', 'https://www.cisecurity.org/controls/v8'],
    messages: { flat: 'IoT VLAN "{vlan}" is routed to the other VLANs with no firewall policy declared between them.' },
    examples: {
      failing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: home, vid: 20, zone: trusted }
    - { id: iot, vid: 30, zone: iot }
`,
      passing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: home, vid: 20, zone: trusted }
    - { id: iot, vid: 30, zone: iot }
  firewall:
    defaultPolicy: deny
    rules:
      - { from: trusted, to: any, action: allow }
`,
    },
  },
  subjects: ({ model }) => vlansInZones(model, ['iot', 'cameras']),
  check(vlan, context) {
    if (context.model.network.firewall.declared || context.model.network.vlans.length < 2) return;
    context.report({ messageId: 'flat', data: { vlan: vlan.id } });
  },
});
