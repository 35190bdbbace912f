/** Whatever the spec-like data and whatever the notes, the written YAML parses back to the same data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { PathSegment } from '../../../src/intake/yaml-document.js';
import { annotationsAtPaths, type PathNote } from '../../../src/intake/spec-writer/path-notes.js';
import { renderYaml } from '../../../src/intake/spec-writer/render-yaml.js';

const key = fc.oneof(fc.constantFrom('id', 'name', 'memory', 'speed', 'disks', 'feeds', 'schedule', 'true', 'null', '- x', 'a: b', '#'), fc.string({ minLength: 1, maxLength: 8 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('02:30', '1_000', 'yes', 'off', '0x1F', '1e3', '~', '', ' lead', 'a, b', '{x}', '[y]', 'k: v', '# c', 'line\nbreak', '-', '?'),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
  fc.boolean(),
  fc.constant(null),
);
const { value: specLike } = fc.letrec<{ value: unknown; record: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('record'), fc.array(tie('value'), { maxLength: 4 })),
  record: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
const spec = fc.dictionary(key, specLike, { minKeys: 1, maxKeys: 6 });

/** Every path into `value`, so notes mostly hit real nodes. */
function pathsOf(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const children: [PathSegment, unknown][] = Array.isArray(value) ? value.map((child, index) => [index, child]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  return [prefix, ...children.flatMap(([segment, child]) => pathsOf(child, [...prefix, segment]))];
}

const noteText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('\nversion: 2', '\r\n- evil', '\u2028x: 1', '" }] #'));
const notesFor = (data: Record<string, unknown>) =>
  fc.array(
    fc.record({
      path: fc.oneof(fc.constantFrom(...pathsOf(data)), fc.array(fc.oneof(key, fc.nat(5)), { maxLength: 4 })),
      kind: fc.constantFrom<PathNote['kind']>('assumed', 'unknown', 'open question'),
      text: noteText,
    }),
    { maxLength: 8 },
  );

describe('renderYaml (property)', () => {
  it('writes random spec-like data with random notes so that it parses back to the same data', () => {
    fc.assert(
      fc.property(
        spec.chain((data) => fc.tuple(fc.constant(data), notesFor(data), fc.array(noteText, { maxLength: 3 }))),
        ([data, notes, header]) => {
          const { annotations, documentNotes } = annotationsAtPaths(data, notes);
          const text = renderYaml(data, annotations, [...header, ...documentNotes]);
          const doc = parseDocument(text);
          expect(doc.errors).toEqual([]);
          expect(doc.toJSON()).toEqual(data);
          // Each note is written, as a comment: text with nothing to make safe appears as given.
          const comments = text.split('\n').flatMap((line) => line.match(/(?:^|\s)#(.*)$/)?.[1] ?? []).join('\n');
          for (const note of notes) if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/.test(note.text)) expect(comments).toContain(`${note.kind}: ${note.text}`);
        },
      ),
      { numRuns: 400 },
    );
  });
});
