import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, it } from 'vitest';
import { expectTotal } from '../helpers/expect-total.js';

const spec = fc.record({
  version: fc.oneof(fc.constant(1), fc.anything()),
  site: fc.oneof(fc.record({ name: fc.string() }), fc.anything()),
  hosts: fc.array(
    fc.record(
      {
        id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.string()),
        role: fc.constantFrom('hypervisor', 'nas', 'router', 'nope'),
        memory: fc.oneof(fc.string(), fc.integer(), fc.constantFrom('32GB', '16 GiB', '-4TB', '')),
        disks: fc.array(fc.record({ id: fc.string(), size: fc.oneof(fc.string(), fc.double()), kind: fc.constantFrom('hdd', 'ssd', 'tape') })),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
  workloads: fc.array(fc.record({ id: fc.string(), kind: fc.constant('vm'), host: fc.string() }, { requiredKeys: [] }), { maxLength: 3 }),
});

describe('the loader never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectTotal('any.yaml', text)), { numRuns: 400 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectTotal('any.yaml', bytes)), { numRuns: 300 });
  });

  it('on YAML documents shaped almost like a spec', () => {
    fc.assert(fc.property(spec, (value) => expectTotal('spec.yaml', stringify(value))), { numRuns: 300 });
  });

  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectTotal('spec.json', JSON.stringify(value) ?? 'null')), { numRuns: 300 });
  });
});
