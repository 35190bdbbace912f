/** One scan for every entity id (mentionFinder) finds what one whole-word scan per id (mentionPattern) finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionFinder, mentionPattern } from '../../src/review/spec/entity-names.js';

function oneScanPerName(names: readonly string[], text: string): { name: string; index: number }[] {
  return names.flatMap((name) => [...text.matchAll(mentionPattern(name))].map((match) => ({ name, index: match.index ?? 0 })));
}

// Ids as the schema allows them (src/model/schema/fields.ts ID_PATTERN), from a small alphabet so they collide and nest.
const idArbitrary = fc
  .tuple(fc.constantFrom('p', 'v', 'e', '1'), fc.array(fc.constantFrom('p', 'v', 'e', '1', '-', '.', '_'), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.join(''))
  // An id ending in "." also matches where the same id without it does (see mentionFinder); left out here.
  .filter((id) => !id.endsWith('.'));

describe('mentionFinder', () => {
  it('finds each id as a whole word, in id order then position', () => {
    const find = mentionFinder(['pve1', 'nas', 'nas-backup', 'pve1.lan']);
    expect(find('nas-backup holds pve1 and nas; pve1.lan is pve1, not pve10 or xnas.')).toEqual([
      { name: 'pve1', index: 17 },
      { name: 'pve1', index: 43 },
      { name: 'nas', index: 26 },
      { name: 'nas-backup', index: 0 },
      { name: 'pve1.lan', index: 31 },
    ]);
  });

  it('finds the longer of two ids that both fit at one place', () => {
    expect(mentionFinder(['pve', 'pve.'])('pve. Then')).toEqual([{ name: 'pve.', index: 0 }]);
  });

  it('finds nothing without names', () => {
    expect(mentionFinder([])('pve1')).toEqual([]);
  });

  it('agrees with one scan per id on random ids and text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(idArbitrary, fc.constantFrom(' ', '. ', ', ', '-', '.', '`', 'x', '\n')), { maxLength: 30 }), (names, pieces) => {
        const text = pieces.join('');
        expect(mentionFinder(names)(text)).toEqual(oneScanPerName(names, text));
      }),
      { numRuns: 500 },
    );
  });
});
