import { memoryOvercommit } from '../../../src/rules/builtin/compute/memory-overcommit.js';
import { vcpuOvercommit } from '../../../src/rules/builtin/compute/vcpu-overcommit.js';
import { openQuestion } from '../../../src/rules/builtin/general/open-question.js';
import { unknownFact } from '../../../src/analyze/fact.js';
import { GiB } from '../../../src/model/quantities.js';
import { fact, ruleTester } from '../../helpers/rule-tester.js';

ruleTester.run(vcpuOvercommit, {
  valid: [
    { name: '1:1', spec: vcpuOvercommit.meta.examples.passing, facts: [fact('compute/pve1/vcpu-overcommit', 1, 'ratio')] },
    // PVE qm.adoc: 16 vCPUs on 8 cores is "perfectly safe", so 2:1 itself passes.
    { name: 'exactly 2:1', spec: vcpuOvercommit.meta.examples.failing, facts: [fact('compute/pve1/vcpu-overcommit', 2, 'ratio')] },
  ],
  invalid: [
    { name: '16 vCPUs on 4 threads', spec: vcpuOvercommit.meta.examples.failing, facts: [fact('compute/pve1/vcpu-overcommit', 4, 'ratio')], errors: [{ messageId: 'overcommitted', subject: 'pve1', line: 4, column: 5 }] },
  ],
  notApplicable: [{ name: 'compute analyzer not run', spec: vcpuOvercommit.meta.examples.failing }],
});

ruleTester.run(memoryOvercommit, {
  valid: [{ name: 'headroom left', spec: memoryOvercommit.meta.examples.passing, facts: [fact('compute/pve1/memory-headroom', 30 * GiB, 'bytes')] }],
  invalid: [
    {
      name: '16 GiB of guests on 16 GiB',
      spec: memoryOvercommit.meta.examples.failing,
      facts: [fact('compute/pve1/memory-headroom', -10 * GiB, 'bytes'), fact('compute/pve1/guest-memory-capacity', 6 * GiB, 'bytes')],
      errors: [{ messageId: 'overcommitted', subject: 'pve1', line: 4, column: 5 }],
    },
  ],
  notApplicable: [{ name: 'compute analyzer not run', spec: memoryOvercommit.meta.examples.failing }],
});

ruleTester.run(openQuestion, {
  valid: [{ name: 'every fact known', spec: openQuestion.meta.examples.passing, facts: [fact('storage/tank/used', 1e12, 'bytes')] }],
  invalid: [
    {
      name: 'an unknown fact becomes an info finding at its subject',
      spec: openQuestion.meta.examples.failing,
      facts: [unknownFact({ id: 'storage/tank/used', subject: 'tank', layer: 'storage', label: 'Used space', unit: 'bytes', formula: 'from spec', inputs: [], question: 'How much of pool "tank" is used?' })],
      errors: [{ messageId: 'unknown', subject: 'tank', line: 7, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'no facts', spec: openQuestion.meta.examples.failing }],
});
