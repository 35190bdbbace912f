import { z } from 'zod';
import { inventoryArguments, loadInventory } from '../inventory-input.js';
import { diagnosticSchema } from '../schemas/diagnostic.js';
import { assumptionSchema, openQuestionSchema } from '../schemas/model-notes.js';
import { defineTool } from '../tool.js';

const inventoryLineSchema = z.object({
  line: z.number().int(),
  status: z.enum(['mapped', 'context', 'secret', 'not-understood']).describe('Read into the model, structure (a heading), a secret (not read, not shown), or not understood.'),
  fields: z.array(z.string()).describe('Model fields the line was read into, e.g. "hosts[pve1].memory".'),
  what: z.string().optional(),
  notes: z.array(z.string()).describe('Parts of the line that were not read.'),
  text: z.string().optional().describe('The line, redacted and shortened; absent for secret lines.'),
});

const output = z.object({
  file: z.string(),
  files: z.array(z.string()).optional().describe('Every inventory merged into one model, in order; only when paths named several.'),
  valid: z.boolean().describe('True when the inventory has no errors.'),
  summary: z
    .object({ site: z.string(), counts: z.record(z.string(), z.number().int()).describe('Entities understood, by kind.') })
    .optional()
    .describe('What was understood (valid inventories only).'),
  assumptions: z.array(assumptionSchema).describe('What Kestra assumed: unit conventions and defaults.'),
  openQuestions: z.array(openQuestionSchema).describe('What is unknown: facts the figures need that the inventory lacks.'),
  diagnostics: z.array(diagnosticSchema).describe('Located errors and warnings, sorted by line.'),
  inventory: z.object({ lines: z.array(inventoryLineSchema) }).optional().describe('For a Markdown inventory: what became of every line.'),
});

/** validate_inventory: is this inventory readable, and what did Kestra understand, assume and miss? */
export const validateInventoryTool = defineTool({
  name: 'validate_inventory',
  title: 'Validate an inventory',
  description:
    'Checks an inventory, by path, as several files of one site merged into one model (paths: e.g. Markdown notes and a YAML backup spec; an id defined differently in two files is an error naming both) or as text: a YAML/JSON spec (syntax, schema, units, references) or a Markdown hardware inventory (what each line was read as). Answers with located diagnostics (file:line:column, what was expected, a hint) and, for a valid inventory, what was understood (entity counts; for Markdown every line), what was assumed (unit conventions, defaults) and what is unknown (open questions). Call this first; an invalid inventory is an answer here, not an error.',
  input: z.object(inventoryArguments).strict(),
  output,
  async run(input, { files }) {
    const loaded = await loadInventory(input, files);
    const [{ summarizeModel, describeCounts }, { formatDiagnostic }, { renderInventoryReport }] = await Promise.all([
      import('../../model/summary.js'),
      import('../../intake/diagnostic.js'),
      import('../../intake/markdown/inventory-report.js'),
    ]);
    const readerQuestions = [...(loaded.openQuestions ?? [])];
    let analysisQuestions: typeof readerQuestions = [];
    let assumptions = [...loaded.assumptions];
    if (loaded.model !== undefined) {
      const { runAnalysis } = await import('../../analyze/run-analysis.js');
      const { builtInAnalyzers } = await import('../../analyze/registry.js');
      const analysis = runAnalysis(loaded.model, builtInAnalyzers);
      analysisQuestions = [...analysis.openQuestions];
      assumptions = [...assumptions, ...analysis.assumptions];
    }
    const summary = loaded.model === undefined ? undefined : summarizeModel(loaded.model);
    const name = loaded.files.length > 1 ? `${loaded.files.join(', ')} (merged)` : loaded.file;
    const lines = [summary === undefined ? `${name}: invalid` : `${name}: valid — site "${summary.site}": ${describeCounts(summary)}`];
    if (loaded.diagnostics.length > 0) lines.push('', 'Diagnostics:', ...loaded.diagnostics.map((diagnostic) => `  ${formatDiagnostic(diagnostic).replace(/\n/gu, '\n  ')}`));
    if (loaded.inventory !== undefined && loaded.model !== undefined) {
      // The Markdown report lists its own assumptions and open questions with the lines they came from.
      lines.push('', renderInventoryReport(loaded.inventory).trimEnd());
      if (analysisQuestions.length > 0) lines.push('', 'Open questions of the analysis:', ...analysisQuestions.map((question) => `  - ${question.text}`));
    } else {
      if (assumptions.length > 0) lines.push('', 'Assumptions:', ...assumptions.map((assumption) => `  - ${assumption.text}`));
      const questions = [...readerQuestions, ...analysisQuestions];
      if (questions.length > 0) lines.push('', 'Open questions:', ...questions.map((question) => `  - ${question.text}`));
    }
    return {
      structured: {
        file: loaded.file,
        ...(loaded.files.length > 1 ? { files: [...loaded.files] } : {}),
        valid: loaded.model !== undefined,
        ...(summary !== undefined ? { summary: { site: summary.site, counts: { ...summary.counts } } } : {}),
        assumptions: assumptions.map((assumption) => ({ ...assumption, sources: [...assumption.sources] })),
        openQuestions: [...readerQuestions, ...analysisQuestions],
        diagnostics: [...loaded.diagnostics],
        ...(loaded.inventory !== undefined ? { inventory: { lines: loaded.inventory.lines.map((line) => ({ ...line, fields: [...line.fields], notes: [...line.notes] })) } } : {}),
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
