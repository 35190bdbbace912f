import { z } from 'zod';
import { isUsageError } from '../../usage-error.js';
import { dateArgument } from '../date-argument.js';
import { inlineFormats, inventoryArguments, loadInventory, requireModel, type InlineFormat } from '../inventory-input.js';
import { pathArgument, proseArgument, textArgument, valueArgument } from '../limits.js';
import { configuredRules, ruleConfigArguments } from '../rule-config-input.js';
import { assumptionSchema, openQuestionSchema } from '../schemas/model-notes.js';
import { defineTool } from '../tool.js';
import { ToolError } from '../tool-error.js';

const reportFormats = ['md', 'json', 'html'] as const;

/** The report as `kestra plan --format json` writes it (docs/report-json.md); sections and data stay loose here, the document defines them. */
const reportSchema = z.object({
  format: z.literal('kestra-report'),
  formatVersion: z.number().int(),
  kestraVersion: z.string(),
  date: z.string().nullable(),
  title: z.string(),
  site: z.string(),
  invocation: z.looseObject({ task: z.string().nullable(), inputs: z.array(z.string()), used: z.string(), target: z.string().nullable(), patterns: z.array(z.string()) }),
  sections: z.array(z.looseObject({ id: z.string(), title: z.string(), blocks: z.array(z.looseObject({ kind: z.string() })) })),
  facts: z.array(z.looseObject({ id: z.string() })),
  findings: z.array(z.looseObject({ ruleId: z.string(), severity: z.string(), message: z.string() })),
  failure: z.looseObject({}).nullable(),
  plan: z.object({ steps: z.array(z.looseObject({})) }),
  assumptions: z.array(assumptionSchema),
  openQuestions: z.array(openQuestionSchema),
  review: z.looseObject({ passed: z.boolean(), checks: z.array(z.object({ id: z.string(), title: z.string(), passed: z.boolean(), status: z.enum(['passed', 'failed', 'not-applicable']), source: z.enum(['lint', 'report']), detail: z.string() })) }),
});

const output = z.object({
  file: z.string().describe('The inventory the report was built from (the first, when several were merged).'),
  files: z.array(z.string()).optional().describe('Every inventory merged into the current state, in order; only when paths named several.'),
  config: z.string().nullable().describe('The rule configuration applied (kestra.config.yaml of the first root, or the config argument); null: the built-in rules with the spec\'s own settings.'),
  markdown: z.string().describe('The report in Markdown, with ASCII diagrams and their Mermaid source.'),
  report: reportSchema.describe('The same report as data (docs/report-json.md).'),
  written: z.string().optional().describe('The file the report was written to, when output was given.'),
});

/** plan: the architecture report, as `kestra plan` writes it. */
export const planTool = defineTool({
  name: 'plan',
  title: 'Write the architecture report',
  description:
    "The report a senior architect would write for an inventory and a task (e.g. \"Design a two-node Proxmox cluster with shared storage and backup strategy\"): summary, current and target state, architecture narrative, options compared with figures, risks with single points of failure and blast radius, a phased runbook with pre-checks, validation and rollback for every step, a validation checklist, assumptions and open questions, and the report's own review. The inventory may be several files of one site merged (paths); the findings apply the rule configuration kestra.config.yaml of the first --root directory when present, as `kestra plan` does. Answers with the Markdown and the same report as data; with output (and a server started with --allow-write), also writes it to a file.",
  input: z
    .object({
      ...inventoryArguments,
      ...ruleConfigArguments,
      task: proseArgument.optional().describe('What to plan, in a sentence (default: review the current state).'),
      patterns: z
        .array(valueArgument)
        .max(6)
        .optional()
        .describe('Patterns that shape the report: planning-phase, chain-of-thought, rule-based-reasoning, recursive-self-eval, meta-rules, orchestration (default: chosen for the task).'),
      targetPath: pathArgument.optional().describe('A spec of the desired state, to plan the change towards, by path.'),
      targetText: textArgument.optional().describe('A spec of the desired state, inline.'),
      targetFormat: z.enum(Object.keys(inlineFormats) as [InlineFormat, ...InlineFormat[]]).optional().describe('Format of targetText (default yaml).'),
      date: dateArgument.optional().describe('Stamps the report and is "today" for the judgements that age: waiver expiry, days since a restore test (YYYY-MM-DD); without it they are open questions, and nothing comes from a clock.'),
      output: pathArgument.optional().describe('Also write the report to this file inside the roots (needs a server started with --allow-write).'),
      outputFormat: z.enum(reportFormats).optional().describe('Format of the file written: md, json or html (default: from the extension of output, else md).'),
    })
    .strict(),
  output,
  writes: true,
  async run(input, { files }) {
    const [{ planReport, renderReport }, { parsePatternList }] = await Promise.all([import('../../cli/commands/plan/plan-report.js'), import('../../cli/commands/plan/resolve-request.js')]);
    let patterns;
    try {
      patterns = input.patterns === undefined ? undefined : parsePatternList(input.patterns.join(','));
    } catch (error) {
      if (!isUsageError(error)) throw error;
      throw new ToolError({ code: 'invalid-arguments', message: error.message, issues: [{ path: 'patterns', message: error.message }], ...(error.hint !== undefined ? { hint: error.hint } : {}) });
    }
    // A write that will be refused is refused before any work.
    if (input.output !== undefined) await files.writable(input.output);
    const current = requireModel(await loadInventory(input, files));
    const target =
      input.targetPath !== undefined || input.targetText !== undefined
        ? requireModel(await loadInventory({ path: input.targetPath, text: input.targetText, format: input.targetFormat }, files, { path: 'targetPath', text: 'targetText' }))
        : undefined;
    // The rules as the analyze tool runs them: the root's kestra.config.yaml (or config) applied, then the spec's own settings.
    const { setup: ruleSetup, config } = await configuredRules(current.model, files, input.config);
    const report = await planReport({
      ruleSetup,
      current: { files: current.files, result: current },
      ...(target !== undefined ? { target: { file: target.file, model: target.model } } : {}),
      ...(input.task !== undefined && input.task.trim() !== '' ? { task: input.task } : {}),
      ...(patterns !== undefined && patterns.length > 0 ? { patterns } : {}),
      ...(input.date !== undefined ? { date: input.date } : {}),
    });
    const [markdown, json] = await Promise.all([renderReport(report, 'md'), renderReport(report, 'json')]);
    let written: string | undefined;
    if (input.output !== undefined) {
      const format = input.outputFormat ?? formatOf(input.output);
      const content = format === 'md' ? markdown : format === 'json' ? json : await renderReport(report, 'html');
      await files.write(input.output, content);
      written = input.output;
    }
    return {
      structured: { file: current.file, ...(current.files.length > 1 ? { files: [...current.files] } : {}), config, markdown, report: reportSchema.parse(JSON.parse(json)), ...(written !== undefined ? { written } : {}) },
      text: written !== undefined ? `${markdown}\n(written to ${written})\n` : markdown,
    };
  },
});

/** The report format a file name asks for. */
function formatOf(path: string): (typeof reportFormats)[number] {
  const extension = path.toLowerCase().split('.').pop();
  return extension === 'html' || extension === 'htm' ? 'html' : extension === 'json' ? 'json' : 'md';
}
