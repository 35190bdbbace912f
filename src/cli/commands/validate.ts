import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { EXIT } from '../../usage-error.js';
import { renderDiagnostics } from '../diagnostics-output.js';

/** `kestra validate <specs...>`: checks a spec (several: merged into one model) and prints what was understood and assumed. */
export function validateCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('validate')
    .description('Check a spec: syntax, schema, units and references, with located errors.')
    .argument('<specs...>', 'YAML or JSON spec, or a Markdown hardware inventory (.md); several are merged into one model')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  $ kestra validate examples/two-node-homelab.yaml\n  $ kestra validate examples/hardware-inventory.md   # prints what was understood, assumed and missing\n  $ kestra validate examples/hardware-inventory.md examples/homelab-offsite.yaml   # merged into one model\n\nExit codes: 0 valid, 2 invalid input.')
    .action(async (specPaths: string[], options: { format: 'text' | 'json' }) => {
      const { loadSpecs } = await import('../../intake/load-specs.js');
      const { describeCounts, summarizeModel } = await import('../../model/summary.js');
      const result = await loadSpecs(specPaths);
      const merged = specPaths.length > 1;
      const valid = result.model !== undefined;
      if (options.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              file: specPaths[0],
              ...(merged ? { files: specPaths } : {}),
              valid,
              summary: result.model ? summarizeModel(result.model) : undefined,
              diagnostics: result.diagnostics,
              assumptions: result.assumptions,
              ...(result.openQuestions ? { openQuestions: result.openQuestions } : {}),
              ...(result.inventory ? { inventory: { lines: result.inventory.lines } } : {}),
            },
            null,
            2,
          )}\n`,
        );
      } else {
        io.stderr(renderDiagnostics(result.diagnostics));
        if (result.model) {
          const summary = summarizeModel(result.model);
          const lines = [`${specPaths.join(', ')}: valid${merged ? ' (merged)' : ''} — site "${summary.site}": ${describeCounts(summary)}`];
          if (result.inventory) {
            const { renderInventoryReport } = await import('../../intake/markdown/inventory-report.js');
            io.stdout(`${lines[0]}\n\n${renderInventoryReport(result.inventory)}`);
            setExitCode(EXIT.ok);
            return;
          }
          if (result.assumptions.length > 0) {
            const { citeSources } = await import('../../report/cite-sources.js');
            lines.push('', 'Assumptions:');
            for (const assumption of result.assumptions) {
              const where = merged ? citeSources(assumption.sources, 6) : assumption.sources.slice(0, 6).map((source) => `line ${source.line}`).join(', ');
              const more = !merged && assumption.sources.length > 6 ? ` and ${assumption.sources.length - 6} more` : '';
              lines.push(`  - ${assumption.text}${where ? ` (${where}${more})` : ''}`);
            }
          }
          io.stdout(`${lines.join('\n')}\n`);
        }
      }
      setExitCode(valid ? EXIT.ok : EXIT.badInput);
    });
}
