import { nPlusOne } from '../../../src/rules/builtin/availability/n-plus-one.js';
import { singlePointOfFailure } from '../../../src/rules/builtin/availability/single-point-of-failure.js';
import { HEADER, ruleTester } from '../../helpers/rule-tester.js';

const oneSwitch = `${HEADER}hosts:
  - { id: pve1, role: hypervisor, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p1" }] }
network:
  devices:
    - { id: gw, kind: gateway, ports: [{ id: lan }] }
    - { id: sw1, kind: switch, ports: [{ id: p1 }, { id: p8 }] }
  links:
    - { a: "gw:lan", b: "sw1:p8" }
  wan:
    - { id: isp, device: gw, down: 500 Mbit/s, up: 50 Mbit/s }
workloads:
  - { id: web, kind: ct, host: pve1, criticality: high, servesInternet: true }
`;

ruleTester.run(singlePointOfFailure, {
  valid: [{ name: 'only low workloads depend on the host', spec: singlePointOfFailure.meta.examples.passing }],
  invalid: [
    { name: 'documented failing example: the only host of a critical workload', spec: singlePointOfFailure.meta.examples.failing, errors: [{ messageId: 'spof', subject: 'pve1', line: 4, column: 5 }] },
    {
      name: 'one host, one switch, one gateway, one uplink for an internet-facing service',
      spec: oneSwitch,
      errors: [
        { messageId: 'spof', subject: 'pve1', line: 4, column: 5 },
        { messageId: 'spof', subject: 'pve1/eno1', line: 4, column: 42 },
        { messageId: 'spof', subject: 'gw', line: 7, column: 7 },
        { messageId: 'spof', subject: 'sw1', line: 8, column: 7 },
        { messageId: 'spof', subject: 'gw:lan~sw1:p8', line: 10, column: 7 },
        { messageId: 'spof', subject: 'isp', line: 12, column: 7 },
      ],
    },
  ],
  notApplicable: [{ name: 'nothing that can fail', spec: `${HEADER}network:\n  vlans:\n    - { id: lan, vid: 1, zone: trusted }\n` }],
});

ruleTester.run(nPlusOne, {
  valid: [{ name: 'room on the survivors', spec: nPlusOne.meta.examples.passing }],
  invalid: [
    {
      name: 'three full nodes',
      spec: nPlusOne.meta.examples.failing,
      errors: [
        { messageId: 'noRoom', subject: 'lab', line: 12, column: 7 },
        { messageId: 'noRoom', subject: 'lab', line: 12, column: 7 },
        { messageId: 'noRoom', subject: 'lab', line: 12, column: 7 },
      ],
    },
    {
      name: 'two nodes without a QDevice lose quorum',
      spec: `${HEADER}hosts:
  - { id: pve1, role: hypervisor, memory: 64GB }
  - { id: pve2, role: hypervisor, memory: 64GB }
  - { id: nas, role: nas }
storage:
  shares: [{ id: vmstore, host: nas, protocol: nfs }]
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], ha: { enabled: true }, sharedStorage: [{ id: nfs, kind: nfs, source: vmstore }] }
workloads:
  - { id: a, kind: vm, host: pve1, cluster: lab, memory: 4GB, storage: nfs, ha: true }
`,
      errors: [{ messageId: 'noQuorum', subject: 'lab', line: 11, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'no HA cluster', spec: singlePointOfFailure.meta.examples.failing }],
});
