import { criticalDeviceNotOnUps } from '../../../src/rules/builtin/power/critical-device-not-on-ups.js';
import { noAutomatedShutdown } from '../../../src/rules/builtin/power/no-automated-shutdown.js';
import { upsOverloaded } from '../../../src/rules/builtin/power/ups-overloaded.js';
import { upsRuntimeTooShort } from '../../../src/rules/builtin/power/ups-runtime-too-short.js';
import { HEADER, documentedExamples, fact, ruleTester } from '../../helpers/rule-tester.js';

const noUps = `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\n`;

ruleTester.run(noAutomatedShutdown, {
  valid: documentedExamples(noAutomatedShutdown, []).valid,
  invalid: [
    ...documentedExamples(noAutomatedShutdown, [{ messageId: 'manual', subject: 'ups1', line: 5, column: 7 }]).invalid,
    { name: 'shutdown not stated', spec: `${HEADER}power:\n  ups:\n    - { id: ups1, va: 1500VA }\n`, errors: [{ messageId: 'unknown', subject: 'ups1', line: 5, column: 7 }] },
  ],
  notApplicable: [{ name: 'no UPS', spec: noUps }],
});

ruleTester.run(criticalDeviceNotOnUps, {
  valid: [
    ...documentedExamples(criticalDeviceNotOnUps, []).valid,
    {
      name: 'through a PDU, and an access point powered over PoE from a protected switch',
      spec: `${HEADER}power:
  ups: [{ id: ups1, va: 1500VA }]
  pdus: [{ id: pdu1, feed: ups1 }]
network:
  devices:
    - { id: sw, kind: switch, ports: [{ id: p1 }], power: { feeds: [pdu1] } }
    - { id: ap, kind: access-point, power: { poeFrom: "sw:p1" } }
`,
    },
  ],
  invalid: [
    ...documentedExamples(criticalDeviceNotOnUps, [{ messageId: 'unprotected', subject: 'pve1', line: 7, column: 5 }]).invalid,
    {
      name: 'a router on the wall socket',
      spec: `${HEADER}power:\n  feeds: [{ id: wall }]\n  ups: [{ id: ups1, va: 1500VA }]\nnetwork:\n  devices:\n    - { id: gw, kind: gateway, power: { feeds: [wall] } }\n`,
      errors: [{ messageId: 'unprotected', subject: 'gw', line: 8, column: 7 }],
    },
  ],
  notApplicable: [
    { name: 'no UPS on site', spec: noUps },
    { name: 'power not described', spec: `${HEADER}power:\n  ups: [{ id: ups1, va: 1500VA }]\nhosts:\n  - { id: pve1, role: hypervisor }\nworkloads:\n  - { id: dns, kind: ct, host: pve1, criticality: critical }\n` },
  ],
});

ruleTester.run(upsOverloaded, {
  valid: [{ name: '37 %', spec: upsOverloaded.meta.examples.passing, facts: [fact('power/ups1/load-ratio', 0.3667, 'ratio'), fact('power/ups1/load', 330, 'watts')] }],
  invalid: [{ name: '330 W on 360 W', spec: upsOverloaded.meta.examples.failing, facts: [fact('power/ups1/load-ratio', 330 / 360, 'ratio'), fact('power/ups1/load', 330, 'watts')], errors: [{ messageId: 'overloaded', subject: 'ups1', line: 4, column: 9 }] }],
  notApplicable: [{ name: 'power analyzer not run', spec: upsOverloaded.meta.examples.failing }],
});

ruleTester.run(upsRuntimeTooShort, {
  valid: [{ name: '1.9 h for 8 min', spec: upsRuntimeTooShort.meta.examples.passing, facts: [fact('power/ups1/runtime', 7000, 'seconds')] }],
  invalid: [{ name: '12 min for 15 min', spec: upsRuntimeTooShort.meta.examples.failing, facts: [fact('power/ups1/runtime', 720, 'seconds')], errors: [{ messageId: 'short', subject: 'ups1', line: 7, column: 7 }] }],
  notApplicable: [
    { name: 'no runtime fact', spec: upsRuntimeTooShort.meta.examples.failing },
    { name: 'no automated shutdown', spec: noAutomatedShutdown.meta.examples.failing, facts: [fact('power/ups1/runtime', 60, 'seconds')] },
  ],
});
