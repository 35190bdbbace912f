import { describeReachability, reachability, vlansInZones } from '../../queries/firewall-policy.js';
import { defineRule } from '../../rule.js';

export const zoneNotIsolated = defineRule({
  meta: {
    id: 'security/zone-not-isolated',
    layer: 'security',
    title: 'IoT or guest VLAN not isolated from trusted networks',
    severity: 'high',
    rationale:
      'Segmenting IoT and guest devices into VLANs only helps if the firewall stops them from opening connections into trusted, server and storage networks. Otherwise a compromised smart plug can scan and attack family laptops, the NAS and the hypervisors.',
    remediation: 'Block new connections from IoT and guest zones to trusted, servers and storage (allow established/related replies); open only the specific ports a device needs (e.g. Home Assistant to a camera).',
    references: ['https://docs.opnsense.org/manual/firewall.html', 'https://www.cisecurity.org/controls/v8'],
    messages: { reachable: 'VLAN "{from}" (zone {fromZone}) can open connections to "{to}" (zone {toZone}): {why}.' },
    examples: {
      failing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: home, vid: 20, zone: trusted }
    - { id: iot, vid: 30, zone: iot }
  firewall:
    defaultPolicy: allow
`,
      passing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: home, vid: 20, zone: trusted }
    - { id: iot, vid: 30, zone: iot }
  firewall:
    defaultPolicy: allow
    rules:
      - { from: iot, to: trusted, action: deny }
`,
    },
  },
  // Without a firewall section the network is flat; network/flat-network-with-iot reports that.
  subjects: ({ model }) => (model.network.firewall.declared ? vlansInZones(model, ['iot', 'guest', 'cameras']) : []),
  check(vlan, context) {
    for (const inside of vlansInZones(context.model, ['trusted', 'servers', 'storage'])) {
      const result = reachability(context.model, vlan, inside);
      if (!result.reachable) continue;
      context.report({ messageId: 'reachable', data: { from: vlan.id, fromZone: vlan.zone, to: inside.id, toZone: inside.zone, why: describeReachability(result) }, subjects: [inside.id] });
    }
  },
});
