/** Loads an example spec into a model, failing the test loudly if it does not load. */
import { join } from 'node:path';
import { loadSpec, parseSpec } from '../../src/intake/load-spec.js';
import type { Assumption, Model } from '../../src/model/types.js';
import { examplesDir } from './paths.js';

/** The model and assumptions of `examples/<file>`. */
export async function loadExample(file: string): Promise<{ model: Model; assumptions: readonly Assumption[]; path: string }> {
  const path = `examples/${file}`;
  const result = await loadSpec(join(examplesDir, file));
  if (!result.model) throw new Error(`${path} did not load: ${JSON.stringify(result.diagnostics)}`);
  return { model: result.model, assumptions: result.assumptions, path };
}

/** The model of a spec written inline (YAML). */
export function modelOf(yaml: string, file = 'inline.yaml'): Model {
  const result = parseSpec(file, yaml);
  if (!result.model) throw new Error(`inline spec did not load: ${JSON.stringify(result.diagnostics)}`);
  return result.model;
}
