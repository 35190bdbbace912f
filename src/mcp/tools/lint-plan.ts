import { z } from 'zod';
import { categories, severities } from '../../review/types.js';
import { inlineFormats, loadInventory, requireModel, type InlineFormat } from '../inventory-input.js';
import { pathArgument, textArgument, valueArgument } from '../limits.js';
import { defineTool } from '../tool.js';
import { ToolError } from '../tool-error.js';

/** The virtual file name of a plan given as text. */
const INLINE_PLAN = 'inline-plan.md';

const output = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  file: z.string(),
  spec: z.string().optional().describe('The inventory the plan was cross-checked against.'),
  scores: z.object({ overall: z.number(), byCategory: z.record(z.string(), z.number().nullable()).describe('0–100 per category; null when no check of it applied.') }),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(
    z.object({
      ruleId: z.string().describe('Stable check id, "plan/<name>".'),
      severity: z.enum(severities),
      category: z.enum(categories),
      line: z.number().int(),
      column: z.number().int(),
      message: z.string(),
      fix: z.string(),
      topic: z.string().optional().describe('What the finding is about, for programs (e.g. "cpu" for a missing CPU figure).'),
    }),
  ),
  checks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      category: z.enum(categories),
      severity: z.enum(severities),
      status: z.enum(['passed', 'failed', 'not-applicable']),
      reason: z.string().optional(),
      findings: z.number().int(),
      score: z.number().optional(),
    }),
  ),
  sections: z.array(z.object({ kind: z.string(), heading: z.string(), line: z.number().int() })),
  stats: z.object({ steps: z.number().int(), risks: z.number().int(), tables: z.number().int(), codeBlocks: z.number().int() }),
});

/** lint_plan: review a Markdown plan as `kestra lint` does. */
export const lintPlanTool = defineTool({
  name: 'lint_plan',
  title: 'Review a plan',
  description:
    "Reviews a Markdown infrastructure plan (yours, a colleague's, or one you drafted) against the architect's rules: missing sections, risks without mitigations, steps without validation or rollback, destructive commands without a backup, filler; with a spec, names and figures that disagree with the inventory and single points of failure the plan never mentions. Answers with located findings (line, column, fix) and scores, as `kestra lint --format json`.",
  input: z
    .object({
      path: pathArgument.optional().describe('Path of the Markdown plan, relative to the first --root directory. Give this or text.'),
      text: textArgument.optional().describe('The plan itself, as Markdown. Give this or path.'),
      specPath: pathArgument.optional().describe('Optional: the inventory to cross-check against (spec or Markdown inventory), by path.'),
      specText: textArgument.optional().describe('Optional: the inventory to cross-check against, inline.'),
      specFormat: z.enum(Object.keys(inlineFormats) as [InlineFormat, ...InlineFormat[]]).optional().describe('Format of specText (default yaml).'),
      tolerance: valueArgument.optional().describe('How far a stated figure may be from the computed one (default "10%").'),
    })
    .strict(),
  output,
  async run(input, { files }) {
    if ((input.path === undefined) === (input.text === undefined)) {
      const both = input.path !== undefined;
      throw new ToolError({
        code: 'invalid-arguments',
        message: both ? 'give either path or text, not both' : 'give the plan: path (a Markdown file) or text (the plan itself)',
        issues: [{ path: both ? 'text' : 'path', message: both ? 'path and text exclude each other' : 'path or text is required' }],
      });
    }
    const [{ decodePlan }, { reviewPlanMarkdown, DEFAULT_MAX_PLAN_LENGTH }, { lintJson }, { renderLintText }, { parsePercent }] = await Promise.all([
      import('../../intake/read-plan.js'),
      import('../../review/index.js'),
      import('../../render/lint/json.js'),
      import('../../render/lint/text.js'),
      import('../../intake/units/index.js'),
    ]);
    let tolerance: number | undefined;
    if (input.tolerance !== undefined) {
      const parsed = parsePercent(input.tolerance);
      if (!parsed.ok) throw new ToolError({ code: 'invalid-arguments', message: `tolerance ${JSON.stringify(input.tolerance)} is not ${parsed.expected}`, issues: [{ path: 'tolerance', message: 'not a percentage' }], hint: parsed.hint });
      tolerance = parsed.value;
    }
    const plan = input.path !== undefined ? await files.read(input.path) : { name: INLINE_PLAN, content: new TextEncoder().encode(input.text ?? '') };
    const read = decodePlan(plan.name, plan.content, DEFAULT_MAX_PLAN_LENGTH);
    if (!read.ok) {
      const tooLarge = read.diagnostic.code === 'file-too-large';
      throw new ToolError({ code: tooLarge ? 'input-too-large' : 'invalid-input', message: `${plan.name}: ${read.diagnostic.message}`, diagnostics: [read.diagnostic], ...(read.diagnostic.hint !== undefined ? { hint: read.diagnostic.hint } : {}) });
    }
    let specFile: string | undefined;
    let spec;
    if (input.specPath !== undefined || input.specText !== undefined) {
      const loaded = requireModel(await loadInventory({ path: input.specPath, text: input.specText, format: input.specFormat }, files, { path: 'specPath', text: 'specText' }));
      const [{ runAnalysis }, { builtInAnalyzers }, { reviewSpecOf }] = await Promise.all([import('../../analyze/run-analysis.js'), import('../../analyze/registry.js'), import('../../review/index.js')]);
      spec = reviewSpecOf(loaded.model, runAnalysis(loaded.model, builtInAnalyzers));
      specFile = loaded.file;
    }
    const result = reviewPlanMarkdown(read.text, { ...(spec ? { spec } : {}), ...(tolerance === undefined ? {} : { tolerance }) });
    return { structured: output.parse(lintJson(plan.name, result, specFile)), text: renderLintText(plan.name, result) };
  },
});
