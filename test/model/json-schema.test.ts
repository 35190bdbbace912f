import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { specJsonSchema } from '../../src/model/json-schema.js';
import { examplesDir, exampleFiles, fixturesDir, repoRoot } from '../helpers/paths.js';

const schema = specJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('the exported JSON Schema', () => {
  it('is the file committed under schema/ (run "npm run schema" after changing the model)', () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, 'schema', 'kestra.schema.json'), 'utf8'));
    expect(committed).toEqual(schema);
  });

  it.each(exampleFiles)('accepts %s', (file) => {
    const data = parse(readFileSync(join(examplesDir, file), 'utf8'));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('points every example at it with a yaml-language-server comment', () => {
    for (const file of exampleFiles) {
      expect(readFileSync(join(examplesDir, file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/kestra.schema.json');
    }
  });

  // Fixtures whose problem is structural; unit and reference errors are beyond what JSON Schema expresses.
  const structurallyBad = ['wrong-type.yaml', 'unknown-key.yaml', 'missing-key.yaml', 'wrong-root.yaml', 'many-errors.yaml'];
  it.each(structurallyBad)('rejects bad fixture %s', (file) => {
    const data = parse(readFileSync(join(fixturesDir, 'bad', file), 'utf8'));
    expect(validate(data)).toBe(false);
  });

  it('covers every bad fixture that is valid YAML but invalid as a spec', () => {
    const all = readdirSync(join(fixturesDir, 'bad')).sort();
    expect(all).toEqual(expect.arrayContaining(structurallyBad));
  });
});
