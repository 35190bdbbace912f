/** Loads an example spec (examples/<name>) into a model and its storage/compute analysis, for design and plan tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { runAnalysis, type Analysis } from '../../src/analyze/run-analysis.js';
import { parseSpec } from '../../src/intake/load-spec.js';
import type { Model } from '../../src/model/types.js';
import { examplesDir } from './paths.js';

/** The model of examples/`name` and its analysis with the built-in analyzers. */
export function exampleModel(name: string): { readonly model: Model; readonly analysis: Analysis } {
  const file = `examples/${name}`;
  const result = parseSpec(file, readFileSync(join(examplesDir, name)));
  if (result.model === undefined) throw new Error(`example ${name} is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { model: result.model, analysis: runAnalysis(result.model, builtInAnalyzers) };
}

/** The model of an inline YAML spec; throws with the diagnostics when it is invalid. */
export function yamlModel(yaml: string): Model {
  const result = parseSpec('spec.yaml', yaml);
  if (result.model === undefined) throw new Error(`invalid test spec:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return result.model;
}
