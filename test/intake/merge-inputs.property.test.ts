import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/intake/load-spec.js';
import { parseSpecs } from '../../src/intake/load-specs.js';
import { parsePositioned } from '../../src/intake/yaml-document.js';
import type { Model, Source } from '../../src/model/types.js';
import { examplesDir, exampleFiles } from '../helpers/paths.js';

type Data = Record<string, unknown>;
const isMapping = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The mapping at `path` of `piece`, created on the way. */
function mapAt(piece: Data, path: readonly string[]): Data {
  let node = piece;
  for (const key of path) {
    if (!isMapping(node[key])) node[key] = {};
    node = node[key] as Data;
  }
  return node;
}

/**
 * Splits a spec into `count` pieces: `version` goes to every piece, every other scalar to one piece,
 * the items of every list to pieces in non-decreasing order (so concatenating them keeps the order),
 * some items copied, identically, into the next piece too.
 */
function split(spec: Data, count: number, choices: readonly number[]): Data[] {
  const pieces: Data[] = Array.from({ length: count }, () => ({}));
  let cursor = 0;
  const next = () => choices[cursor++ % choices.length] ?? 0;
  const visit = (node: Data, path: readonly string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (path.length === 0 && key === 'version') {
        for (const piece of pieces) piece[key] = value;
      } else if (Array.isArray(value)) {
        const owners = value.map(() => next() % count).sort((a, b) => a - b);
        if (value.length === 0) mapAt(pieces[0] as Data, path)[key] ??= [];
        value.forEach((item, index) => {
          const owner = owners[index] ?? 0;
          const list = (mapAt(pieces[owner] as Data, path)[key] ??= []) as unknown[];
          list.push(item);
          if (next() % 4 === 0 && owner + 1 < count) ((mapAt(pieces[owner + 1] as Data, path)[key] ??= []) as unknown[]).push(item);
        });
      } else if (isMapping(value)) {
        if (Object.keys(value).length === 0) mapAt(pieces[0] as Data, [...path, key]);
        else visit(value, [...path, key]);
      } else mapAt(pieces[next() % count] as Data, path)[key] = value;
    }
  };
  visit(spec, []);
  return pieces;
}

/** The model without what names files: every `source` and the list of files. */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (!isMapping(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'source' && key !== 'files').map(([key, child]) => [key, withoutSources(child)]));
}

const pathOf = (pointer: string) => pointer.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

const examples = exampleFiles.map((file) => ({ file, spec: parse(readFileSync(join(examplesDir, file), 'utf8')) as Data }));

describe('merging a spec split into pieces', () => {
  it('gives the model of the whole spec, each entity located in the piece that defines it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.integer({ min: 2, max: 4 }), fc.array(fc.nat({ max: 1000 }), { minLength: 50, maxLength: 300 }), (example, count, choices) => {
        const whole = parseSpec(example.file, stringify(example.spec));
        const pieces = split(example.spec, count, choices).map((piece, index) => ({ file: `part-${index}.yaml`, content: stringify(piece) }));
        const merged = parseSpecs(pieces);
        expect(merged.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
        if (!merged.model || !whole.model) throw new Error('no model');
        expect(withoutSources(merged.model)).toEqual(withoutSources(whole.model));
        expect(merged.model.files).toEqual(pieces.map((piece) => piece.file));
        expect(merged.assumptions.map((assumption) => assumption.text)).toEqual(whole.assumptions.map((assumption) => assumption.text));

        const documents = new Map(pieces.map((piece) => [piece.file, parsePositioned(piece.file, piece.content)]));
        const located = (entity: { id: string; source: Source }) => {
          const document = documents.get(entity.source.file);
          if (!document) throw new Error(`${entity.id}: unknown file ${entity.source.file}`);
          const path = pathOf(entity.source.pointer);
          const item = path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[String(segment)], document.data);
          expect((item as { id?: string } | undefined)?.id).toBe(entity.id);
          expect(document.locate(path)).toEqual({ line: entity.source.line, column: entity.source.column });
        };
        const model: Model = merged.model;
        for (const entity of [...model.hosts, ...model.workloads, ...model.network.devices, ...model.network.vlans, ...model.storage.zfs, ...model.backups.jobs]) located(entity);
      }),
      { numRuns: 40 },
    );
  });
});
