import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInvocation } from '../../../src/intake/invocation/format-invocation.js';
import type { Invocation } from '../../../src/intake/invocation/invocation.js';
import { parseInvocation } from '../../../src/intake/invocation/parse-invocation.js';
import { patternIds } from '../../../src/intake/invocation/pattern-ids.js';

const nonBlank = (arbitrary: fc.Arbitrary<string>) => arbitrary.filter((value) => value.trim() !== '');
const fragments = fc.constantFrom('Task:', 'inputs:', ' and ', ', ', '+', '.', '"', '\\', '(', ')', 'Persona: Kestra', '\n', ' ', 'x.yaml', 'PATTERNS :');
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')));

const invocation: fc.Arbitrary<Invocation> = fc.record(
  {
    persona: fc.constant('Kestra' as const),
    task: nonBlank(text),
    inputs: fc.array(nonBlank(text), { maxLength: 4 }),
    patterns: fc.uniqueArray(fc.constantFrom(...patternIds), { maxLength: 6 }),
  },
  { requiredKeys: ['persona', 'inputs', 'patterns'] },
);

describe('invocation properties', () => {
  it('parse(format(x)) gives x back', () => {
    fc.assert(
      fc.property(invocation, (value) => {
        expect(parseInvocation(formatInvocation(value))).toEqual({ ok: true, invocation: value });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and an error always has a message and a hint', () => {
    fc.assert(
      fc.property(text, (value) => {
        const result = parseInvocation(value);
        if (!result.ok) {
          expect(result.message).not.toBe('');
          expect(result.hint).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
