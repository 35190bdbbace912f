import { z } from 'zod';
import { layers } from '../../../analyze/fact.js';
import type { Assumption } from '../../../model/types.js';
import { dateArgument } from '../../date-argument.js';
import { inventoryArguments, loadInventory, requireModel } from '../../inventory-input.js';
import { valueArgument } from '../../limits.js';
import { configuredRules, ruleConfigArguments } from '../../rule-config-input.js';
import { factSchema } from '../../schemas/fact.js';
import { assumptionSchema, openQuestionSchema } from '../../schemas/model-notes.js';
import { defineTool, type KestraTool } from '../../tool.js';
import type { AnalyzeSection } from './section.js';
import { analyzeSections } from './sections.js';

const input = z
  .object({
    ...inventoryArguments,
    ...ruleConfigArguments,
    date: dateArgument
      .optional()
      .describe("Today's date (YYYY-MM-DD), for figures and rules that depend on it: days since the last restore test, waiver expiry. Kestra never reads the clock; without it those are left out."),
    layers: z.array(z.enum(layers)).max(layers.length).optional().describe('Only facts of these layers (default: all).'),
    subjects: z.array(valueArgument).max(1000).optional().describe('Only facts about these entity ids, e.g. ["tank", "pve1"] (default: all).'),
  })
  .strict();

/** The analyze tool with the given sections (the registry's, or a test's). */
export function makeAnalyzeTool(sections: readonly AnalyzeSection[]): KestraTool {
  const output = z.object({
    file: z.string().describe('The inventory analysed (the first, when several were merged).'),
    files: z.array(z.string()).optional().describe('Every inventory merged into the model, in order; only when paths named several.'),
    site: z.string(),
    config: z.string().nullable().describe('The rule configuration applied (kestra.config.yaml of the first root, or the config argument); null: the built-in rules with the spec\'s own settings.'),
    facts: z.array(factSchema).describe('Every computed figure, sorted by id, with unit, formula and inputs; unknown ones carry the question that would settle them.'),
    openQuestions: z.array(openQuestionSchema),
    assumptions: z.array(assumptionSchema),
    ...Object.fromEntries(sections.map((section) => [section.key, section.schema])),
  });
  return defineTool({
    name: 'analyze',
    title: 'Analyze an inventory',
    description:
      'Computes every layer of an inventory (a spec or a Markdown inventory, by path or as text; several files of one site, e.g. Markdown notes and a YAML backup spec, merged with paths): storage capacity (ZFS, RAID, Ceph), host memory and CPU, network throughput, UPS load and runtime, energy cost, backup RPO/RTO and copies, monitoring coverage. Each fact has its value in base units and in human units, the formula and the inputs it came from. Facts Kestra cannot compute become open questions; defaults it took are listed as assumptions. Then the failure analysis (single points of failure, blast radius, named scenarios, N+1, availability per service) and the rule findings (severity, location, evidence, mitigation), with the rule configuration kestra.config.yaml of the first --root directory applied when present (severity overrides, options, custom rules), as `kestra analyze` applies it. Filter facts by layers or subjects to keep the answer short.',
    input,
    output,
    async run(args, { files }) {
      const loaded = requireModel(await loadInventory(args, files));
      // A broken configuration is refused before any figure is computed, as the CLI refuses it.
      const rules = await configuredRules(loaded.model, files, args.config);
      const [{ runAnalysis }, { builtInAnalyzers }, { renderAnalysisText }, { formatFactValue }] = await Promise.all([
        import('../../../analyze/run-analysis.js'),
        import('../../../analyze/registry.js'),
        import('../../../render/text/analysis.js'),
        import('../../../render/format-fact.js'),
      ]);
      const full = runAnalysis(loaded.model, builtInAnalyzers, args.date === undefined ? {} : { asOf: args.date });
      const wanted = (layer: string, subject: string | undefined) =>
        (args.layers === undefined || (args.layers as readonly string[]).includes(layer)) && (args.subjects === undefined || (subject !== undefined && args.subjects.includes(subject)));
      const facts = full.facts.filter((fact) => wanted(fact.layer, fact.subject));
      // A Markdown inventory brings its own open questions (facts the figures need that it lacks).
      const allQuestions = [...(loaded.openQuestions ?? []), ...full.openQuestions];
      const openQuestions = allQuestions.filter((question) => wanted(question.id.split('/')[0] ?? '', question.subject));
      const analysis = { ...full, facts, openQuestions };

      const memos = new Map<string, Promise<unknown>>();
      const context = {
        loaded,
        rules,
        analysis: { ...full, openQuestions: allQuestions },
        ...(args.date !== undefined ? { date: args.date } : {}),
        memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
          if (!memos.has(key)) memos.set(key, compute());
          return memos.get(key) as Promise<T>;
        },
      };
      const extra: Record<string, unknown> = {};
      const texts: string[] = [];
      const assumptions: Assumption[] = [...loaded.assumptions, ...full.assumptions];
      for (const section of sections) {
        const result = await section.compute(context);
        extra[section.key] = result.value;
        if (result.text !== undefined) texts.push(result.text);
        assumptions.push(...(result.assumptions ?? []));
      }
      const text = [renderAnalysisText(loaded.files, loaded.model, analysis, assumptions), ...texts].join('\n');
      return {
        structured: {
          file: loaded.file,
          ...(loaded.files.length > 1 ? { files: [...loaded.files] } : {}),
          site: loaded.model.site.name,
          config: rules.config,
          facts: facts.map((fact) => ({ ...fact, inputs: [...fact.inputs], valueText: formatFactValue(fact) })),
          openQuestions: [...openQuestions],
          assumptions: assumptions.map((assumption) => ({ ...assumption, sources: [...assumption.sources] })),
          ...extra,
        },
        text,
      };
    },
  });
}

/** analyze: every computed figure of an inventory, with formulas, open questions and assumptions. */
export const analyzeTool = makeAnalyzeTool(analyzeSections);
