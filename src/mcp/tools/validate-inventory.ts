import { z } from 'zod';
import { inventoryArguments, loadInventory } from '../inventory-input.js';
import { diagnosticSchema } from '../schemas/diagnostic.js';
import { assumptionSchema, openQuestionSchema } from '../schemas/model-notes.js';
import { defineTool } from '../tool.js';
import type { OpenQuestion } from '../../model/types.js';

const output = z.object({
  file: z.string(),
  valid: z.boolean().describe('True when the inventory has no errors.'),
  summary: z
    .object({ site: z.string(), counts: z.record(z.string(), z.number().int()).describe('Entities understood, by kind.') })
    .optional()
    .describe('What was understood (valid inventories only).'),
  assumptions: z.array(assumptionSchema).describe('What Kestra assumed: unit conventions and defaults.'),
  openQuestions: z.array(openQuestionSchema).describe('What is unknown: facts the figures need that the inventory lacks.'),
  diagnostics: z.array(diagnosticSchema).describe('Located errors and warnings, sorted by line.'),
});

/** validate_inventory: is this inventory readable, and what did Kestra understand, assume and miss? */
export const validateInventoryTool = defineTool({
  name: 'validate_inventory',
  title: 'Validate an inventory',
  description:
    'Checks a spec (YAML or JSON, by path or as text): syntax, schema, units and references. Answers with located diagnostics (file:line:column, what was expected, a hint), and for a valid inventory what was understood (entity counts), what was assumed (unit conventions, defaults) and what is unknown (open questions). Call this first; an invalid inventory is an answer here, not an error.',
  input: z.object(inventoryArguments).strict(),
  output,
  async run(input, { files }) {
    const loaded = await loadInventory(input, files);
    const { summarizeModel, describeCounts } = await import('../../model/summary.js');
    const { formatDiagnostic } = await import('../../intake/diagnostic.js');
    let openQuestions: OpenQuestion[] = [];
    let assumptions = [...loaded.assumptions];
    if (loaded.model !== undefined) {
      const { runAnalysis } = await import('../../analyze/run-analysis.js');
      const { builtInAnalyzers } = await import('../../analyze/registry.js');
      const analysis = runAnalysis(loaded.model, builtInAnalyzers);
      openQuestions = [...openQuestions, ...analysis.openQuestions];
      assumptions = [...assumptions, ...analysis.assumptions];
    }
    const summary = loaded.model === undefined ? undefined : summarizeModel(loaded.model);
    const lines = [summary === undefined ? `${loaded.file}: invalid` : `${loaded.file}: valid — site "${summary.site}": ${describeCounts(summary)}`];
    if (loaded.diagnostics.length > 0) lines.push('', 'Diagnostics:', ...loaded.diagnostics.map((diagnostic) => `  ${formatDiagnostic(diagnostic).replace(/\n/gu, '\n  ')}`));
    if (assumptions.length > 0) lines.push('', 'Assumptions:', ...assumptions.map((assumption) => `  - ${assumption.text}`));
    if (openQuestions.length > 0) lines.push('', 'Open questions:', ...openQuestions.map((question) => `  - ${question.text}`));
    return {
      structured: {
        file: loaded.file,
        valid: loaded.model !== undefined,
        ...(summary !== undefined ? { summary: { site: summary.site, counts: { ...summary.counts } } } : {}),
        assumptions: assumptions.map((assumption) => ({ ...assumption, sources: [...assumption.sources] })),
        openQuestions,
        diagnostics: [...loaded.diagnostics],
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
