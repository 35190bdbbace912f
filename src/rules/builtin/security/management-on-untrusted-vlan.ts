import type { Model, Source } from '../../../model/types.js';
import { defineRule } from '../../rule.js';

interface ManagedThing {
  readonly id: string;
  readonly source: Source;
  readonly managementVlan?: string;
}

function managed(model: Model): ManagedThing[] {
  return [...model.hosts, ...model.network.devices].filter((thing) => thing.managementVlan !== undefined);
}

export const managementOnUntrustedVlan = defineRule({
  meta: {
    id: 'security/management-on-untrusted-vlan',
    layer: 'security',
    title: 'Management interface on an IoT or guest VLAN',
    severity: 'critical',
    rationale: 'An admin interface placed on an IoT or guest VLAN is reachable by every device there, whatever the firewall says between zones.',
    remediation: 'Move the management interface to the management VLAN and restrict who can reach it.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_network_configuration', 'https://www.cisecurity.org/controls/v8'],
    messages: { exposed: '"{device}" has its management interface on VLAN "{vlan}" (zone {zone}).' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, managementVlan: iot }
network:
  vlans:
    - { id: iot, vid: 30, zone: iot }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, managementVlan: mgmt }
network:
  vlans:
    - { id: mgmt, vid: 10, zone: management }
    - { id: iot, vid: 30, zone: iot }
`,
    },
  },
  subjects: ({ model }) => managed(model),
  check(thing, context) {
    const vlan = context.model.network.vlans.find((candidate) => candidate.id === thing.managementVlan);
    if (!vlan || !['iot', 'guest', 'cameras', 'dmz'].includes(vlan.zone)) return;
    context.report({ messageId: 'exposed', data: { device: thing.id, vlan: vlan.id, zone: vlan.zone }, subjects: [vlan.id] });
  },
});
