import { corosyncWithoutRedundantLink } from '../../../src/rules/builtin/cluster/corosync-without-redundant-link.js';
import { haGuestWithoutSharedStorage } from '../../../src/rules/builtin/cluster/ha-guest-without-shared-storage.js';
import { haWithFewerThanThreeVotes } from '../../../src/rules/builtin/cluster/ha-with-fewer-than-three-votes.js';
import { twoNodeWithoutQdevice } from '../../../src/rules/builtin/cluster/two-node-without-qdevice.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const twoHosts = `version: 1
site: { name: Test }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pi, role: sbc }
`;

ruleTester.run(twoNodeWithoutQdevice, {
  valid: [{ name: 'QDevice present', spec: `${twoHosts}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, pve2], qdevice: { host: pi } }\n` }],
  invalid: [
    {
      name: 'two nodes, no QDevice',
      spec: `${twoHosts}clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2] }
`,
      errors: [{ messageId: 'noQdevice', subject: 'lab', line: 9, column: 7 }],
    },
  ],
  notApplicable: [
    { name: 'three nodes', spec: `${twoHosts}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, pve2, pi] }\n` },
    { name: 'no cluster', spec: twoHosts },
  ],
});

ruleTester.run(haWithFewerThanThreeVotes, {
  valid: [
    { name: 'two nodes + QDevice', spec: `${twoHosts}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, pve2], qdevice: { host: pi }, ha: { enabled: true } }\n` },
    { name: 'a node with two votes', spec: `${twoHosts}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, { host: pve2, votes: 2 }], ha: { enabled: true } }\n` },
  ],
  invalid: [
    {
      name: 'HA on two votes',
      spec: `${twoHosts}clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], ha: { enabled: true } }
`,
      errors: [{ messageId: 'fewVotes', subject: 'lab', line: 9, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'HA off', spec: `${twoHosts}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, pve2] }\n` }],
});

const threeNodes = `version: 1
site: { name: Test }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
network:
  vlans:
    - { id: lan, vid: 1, zone: management }
    - { id: ring0, vid: 40, zone: management }
`;

ruleTester.run(corosyncWithoutRedundantLink, {
  valid: [
    {
      name: 'dedicated ring plus fallback',
      spec: `${threeNodes}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1, pve2, pve3], corosync: { links: [{ vlan: ring0, dedicated: true }, { vlan: lan }] } }\n`,
    },
  ],
  invalid: [
    {
      name: 'no links declared',
      spec: `${threeNodes}clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3] }
`,
      errors: [{ messageId: 'noLinks', subject: 'lab', line: 13, column: 7 }],
    },
    {
      name: 'shared only',
      spec: `${threeNodes}clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], corosync: { links: [{ vlan: lan }] } }
`,
      errors: [{ messageId: 'notDedicated', subject: 'lab', line: 13, column: 7 }],
    },
    {
      name: 'dedicated but single',
      spec: `${threeNodes}clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], corosync: { links: [{ vlan: ring0, dedicated: true }] } }
`,
      errors: [{ messageId: 'single', subject: 'lab', line: 13, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'single-node cluster', spec: `${threeNodes}clusters:\n  proxmox:\n    - { id: lab, nodes: [pve1] }\n` }],
});

const haBase = `version: 1
site: { name: Test }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: ssd, size: 1TB, kind: ssd }] }
  - { id: pve2, role: hypervisor }
  - { id: pve3, role: hypervisor }
storage:
  zfs:
    - { id: local1, host: pve1, vdevs: [{ layout: stripe, disks: [ssd] }] }
  ceph:
    - { id: ceph, pools: [{ id: rbd }] }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], ha: { enabled: true }, sharedStorage: [{ id: ceph-vm, kind: ceph, source: rbd }] }
`;

ruleTester.run(haGuestWithoutSharedStorage, {
  valid: [
    { name: 'on the shared storage id', spec: `${haBase}workloads:\n  - { id: dns, kind: vm, host: pve1, cluster: lab, storage: ceph-vm, ha: true }\n` },
    { name: 'on the backing pool', spec: `${haBase}workloads:\n  - { id: dns, kind: vm, host: pve1, cluster: lab, storage: rbd, ha: true }\n` },
  ],
  invalid: [
    {
      name: 'local ZFS',
      spec: `${haBase}workloads:
  - { id: dns, kind: vm, host: pve1, cluster: lab, storage: local1, ha: true }
  - { id: web, kind: ct, host: pve2, cluster: lab, ha: true }
`,
      errors: [
        { messageId: 'localStorage', subject: 'dns', line: 16, column: 5 },
        { messageId: 'noStorage', subject: 'web', line: 17, column: 5 },
      ],
    },
  ],
  notApplicable: [{ name: 'no HA guests', spec: `${haBase}workloads:\n  - { id: dns, kind: vm, host: pve1, storage: local1 }\n` }],
});
