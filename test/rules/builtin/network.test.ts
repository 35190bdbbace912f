import { deviceConfigNotBackedUp } from '../../../src/rules/builtin/network/device-config-not-backed-up.js';
import { flatNetworkWithIot } from '../../../src/rules/builtin/network/flat-network-with-iot.js';
import { linkSaturated } from '../../../src/rules/builtin/network/link-saturated.js';
import { HEADER, documentedExamples, fact, ruleTester } from '../../helpers/rule-tester.js';

ruleTester.run(flatNetworkWithIot, {
  ...documentedExamples(flatNetworkWithIot, [{ messageId: 'flat', subject: 'iot', line: 6, column: 7 }]),
  notApplicable: [{ name: 'no IoT VLAN', spec: `${HEADER}network:\n  vlans:\n    - { id: home, vid: 20, zone: trusted }\n` }],
});

ruleTester.run(deviceConfigNotBackedUp, {
  valid: [
    ...documentedExamples(deviceConfigNotBackedUp, []).valid,
    {
      name: 'a switch adopted by a backed-up controller of its vendor',
      spec: `${HEADER}network:\n  devices:\n    - { id: gw, kind: gateway, vendor: Ubiquiti, services: [controller], configBackup: true }\n    - { id: sw, kind: switch, vendor: Ubiquiti, configBackup: false }\n`,
    },
    { name: 'an unstated switch is left alone', spec: `${HEADER}network:\n  devices:\n    - { id: sw, kind: switch }\n` },
  ],
  invalid: [
    ...documentedExamples(deviceConfigNotBackedUp, [{ messageId: 'notBackedUp', subject: 'fw', line: 5, column: 7 }]).invalid,
    { name: 'an unstated router', spec: `${HEADER}network:\n  devices:\n    - { id: r1, kind: router }\n`, errors: [{ messageId: 'unknown', subject: 'r1', line: 5, column: 7 }] },
  ],
  notApplicable: [{ name: 'access points only', spec: `${HEADER}network:\n  devices:\n    - { id: ap, kind: access-point }\n` }],
});

ruleTester.run(linkSaturated, {
  valid: [{ name: '40 % at peak', spec: linkSaturated.meta.examples.passing, facts: [fact('network/pve1:eno1/peak-utilisation', 0.4, 'ratio')] }],
  invalid: [
    {
      name: '95 % at peak, located at the NIC',
      spec: linkSaturated.meta.examples.failing,
      facts: [fact('network/pve1:eno1/peak-utilisation', 0.95, 'ratio')],
      errors: [{ messageId: 'busy', subject: 'pve1:eno1', line: 4, column: 42 }],
    },
  ],
  notApplicable: [{ name: 'no utilisation facts', spec: linkSaturated.meta.examples.failing }],
});
