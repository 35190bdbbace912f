/** The terminal and JSON views of an analysis: facts grouped by layer, open questions, assumptions. */
import { layers } from '../../analyze/fact.js';
import type { Analysis } from '../../analyze/run-analysis.js';
import type { Assumption, Model } from '../../model/types.js';
import { formatFactValue } from '../format-fact.js';
import { renderTextTable } from './table.js';

/** Renders the analysis of the inputs `files` (several: merged into one model) for the terminal; `sections` (failure analysis, findings…) go before the open questions. */
export function renderAnalysisText(input: string | readonly string[], model: Model, analysis: Analysis, assumptions: readonly Assumption[], sections: readonly string[] = []): string {
  const files = typeof input === 'string' ? [input] : input;
  const merged = files.length > 1;
  const parts = [`Analysis of "${model.site.name}" (${files.join(', ')}${merged ? ', merged' : ''})`];
  for (const layer of layers) {
    const facts = analysis.facts.filter((fact) => fact.layer === layer);
    if (facts.length === 0) continue;
    parts.push(
      `\n== ${layer} ==\n${renderTextTable(
        ['subject', 'fact', 'value', 'formula'],
        facts.map((fact) => [fact.subject, fact.label, formatFactValue(fact), fact.formula]),
      )}`,
    );
  }
  if (analysis.facts.length === 0) parts.push('\nNo figures could be computed from this spec.');
  for (const section of sections) parts.push(`\n${section.trimEnd()}`);
  if (analysis.openQuestions.length > 0) {
    parts.push(`\nOpen questions:\n${analysis.openQuestions.map((question) => `  - ${question.text}${question.source ? ` (${merged ? `${question.source.file} ` : ''}line ${question.source.line})` : ''}`).join('\n')}`);
  }
  if (assumptions.length > 0) {
    parts.push(`\nAssumptions:\n${assumptions.map((assumption) => `  - ${assumption.text}`).join('\n')}`);
  }
  return `${parts.join('\n')}\n`;
}

/** The analysis as a stable JSON document; `file` is the first input, `files` (several inputs only) all of them. */
export function analysisJson(input: string | readonly string[], model: Model, analysis: Analysis, assumptions: readonly Assumption[]): Record<string, unknown> {
  const files = typeof input === 'string' ? [input] : input;
  return {
    file: files[0],
    ...(files.length > 1 ? { files } : {}),
    site: model.site.name,
    facts: analysis.facts,
    openQuestions: analysis.openQuestions,
    assumptions,
  };
}
