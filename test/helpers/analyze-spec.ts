/** Analyzes an inline YAML spec with the given analyzers; fails loudly when the spec is invalid. */
import { parseSpec } from '../../src/intake/load-spec.js';
import type { Analyzer } from '../../src/analyze/analyzer.js';
import { runAnalysis, type Analysis, type AnalysisOptions } from '../../src/analyze/run-analysis.js';
import type { Fact } from '../../src/analyze/fact.js';

/** Runs `analyzers` over the spec in `yaml`. */
export function analyzeYaml(yaml: string, analyzers: readonly Analyzer[], options: AnalysisOptions = {}): Analysis {
  const result = parseSpec('spec.yaml', yaml);
  if (result.model === undefined) throw new Error(`invalid test spec:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return runAnalysis(result.model, analyzers, options);
}

/** The fact with `id`, or a thrown error naming the ids that exist. */
export function fact(analysis: Analysis, id: string): Fact {
  const found = analysis.byId.get(id);
  if (found === undefined) throw new Error(`no fact "${id}"; have ${analysis.facts.map((f) => f.id).join(', ')}`);
  return found;
}

/** The numeric value of a known fact. */
export function value(analysis: Analysis, id: string): number | string | boolean {
  const found = fact(analysis, id);
  if (found.status !== 'known') throw new Error(`fact "${id}" is unknown: ${found.question}`);
  return found.value;
}
