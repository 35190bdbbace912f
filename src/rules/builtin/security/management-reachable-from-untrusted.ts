import { describeReachability, reachability, vlansInZones } from '../../queries/firewall-policy.js';
import { defineRule } from '../../rule.js';

export const managementReachableFromUntrusted = defineRule({
  meta: {
    id: 'security/management-reachable-from-untrusted',
    layer: 'security',
    title: 'Management network reachable from IoT or guest VLANs',
    severity: 'critical',
    rationale:
      'Hypervisor, NAS, switch and firewall admin interfaces live on the management network. IoT devices run old firmware and guests are strangers; if either can open connections to management, one compromised camera or laptop is a step from the admin UI of everything.',
    remediation: 'Add a firewall rule that blocks IoT and guest zones from the management zone (above any allow rule), or set the default inter-VLAN policy to deny and allow only what is needed.',
    references: [
      'https://docs.opnsense.org/manual/firewall.html',
      'https://www.cisa.gov/sites/default/files/publications/layering-network-security-segmentation_infographic_508_0.pdf',
      'https://www.cisecurity.org/controls/v8',
    ],
    messages: { reachable: 'VLAN "{from}" (zone {fromZone}) can reach management VLAN "{to}": {why}.' },
    examples: {
      failing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: mgmt, vid: 10, zone: management }
    - { id: iot, vid: 30, zone: iot }
  firewall:
    defaultPolicy: allow
`,
      passing: `version: 1
site: { name: Example }
network:
  vlans:
    - { id: mgmt, vid: 10, zone: management }
    - { id: iot, vid: 30, zone: iot }
  firewall:
    defaultPolicy: deny
`,
    },
  },
  subjects: ({ model }) => (vlansInZones(model, ['management']).length > 0 ? vlansInZones(model, ['iot', 'guest', 'cameras']) : []),
  check(vlan, context) {
    for (const management of vlansInZones(context.model, ['management'])) {
      const result = reachability(context.model, vlan, management);
      if (!result.reachable) continue;
      context.report({ messageId: 'reachable', data: { from: vlan.id, fromZone: vlan.zone, to: management.id, why: describeReachability(result) }, subjects: [management.id] });
    }
  },
});
