import { z } from 'zod';
import { isUsageError } from '../../usage-error.js';
import { inventoryArguments, loadInventory, requireModel } from '../inventory-input.js';
import { valueArgument } from '../limits.js';
import { impactShape } from '../schemas/failure.js';
import { defineTool } from '../tool.js';
import { ToolError } from '../tool-error.js';

const output = z.object({
  file: z.string(),
  files: z.array(z.string()).optional().describe('Every inventory merged into the model, in order; only when paths named several.'),
  site: z.string(),
  scenarios: z.array(z.object({ text: z.string().describe('The scenario as given.'), ...impactShape })),
});

/** what_if: what goes down when these components fail. */
export const whatIfTool = defineTool({
  name: 'what_if',
  title: 'What if it fails?',
  description:
    'Impact of failures on an inventory (one file, several files of one site merged with paths, or text): for each scenario ("pve1 down", "sw1 down, ups1 fails", "isp down", "disk nas/hdd-1 down", "site power loss"), what fails, what goes down with it (hosts, workloads, VLANs, pools…), which HA guests restart where and which cannot. Components in one scenario fail together; scenarios are independent.',
  input: z
    .object({
      ...inventoryArguments,
      scenarios: z.array(valueArgument).min(1).max(50).describe('What fails, one scenario per entry; join components that fail together with ",", "+" or "and".'),
    })
    .strict(),
  output,
  async run(input, { files }) {
    const loaded = requireModel(await loadInventory(input, files));
    const [{ runAnalysis }, { builtInAnalyzers }, { analyzeFailures, impact, parseScenario }, { renderImpactText }] = await Promise.all([
      import('../../analyze/run-analysis.js'),
      import('../../analyze/registry.js'),
      import('../../failure/index.js'),
      import('../../render/text/failure.js'),
    ]);
    const { graph } = analyzeFailures(loaded.model, runAnalysis(loaded.model, builtInAnalyzers));
    const results = input.scenarios.map((text, index) => {
      let failed: readonly string[];
      try {
        failed = parseScenario(text, graph).failed;
      } catch (error) {
        if (!isUsageError(error)) throw error;
        const message = error.message.replace(/^--scenario /u, 'scenario ');
        throw new ToolError({ code: 'invalid-arguments', message, issues: [{ path: `scenarios.${index}`, message }], ...(error.hint !== undefined ? { hint: error.hint } : {}) });
      }
      return { text, result: impact(graph, [...failed]) };
    });
    return {
      structured: {
        file: loaded.file,
        ...(loaded.files.length > 1 ? { files: [...loaded.files] } : {}),
        site: loaded.model.site.name,
        scenarios: results.map(({ text, result }) => ({
          text,
          failed: [...result.failed],
          down: Object.fromEntries(Object.entries(result.byKind).map(([kind, names]) => [kind, [...(names ?? [])]])),
          restarted: result.restarted.map((restart) => ({ ...restart })),
          cannotRestart: result.cannotRestart.map((restart) => ({ ...restart })),
        })),
      },
      text: results.map(({ text, result }) => renderImpactText(graph, text, result)).join('\n'),
    };
  },
});
