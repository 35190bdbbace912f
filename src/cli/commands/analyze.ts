import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { loadModelOrReport } from '../load-model.js';
import { UsageError } from '../usage-error.js';

/** `kestra analyze <spec>`: every layer's computed facts, with formulas, open questions and assumptions. */
export function analyzeCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('analyze')
    .description('Compute every layer\'s figures (capacity, memory, throughput, power, backup) with their formulas.')
    .argument('<spec>', 'YAML or JSON spec')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--date <YYYY-MM-DD>', "today's date, for figures that age (days since the last restore test)")
    .addHelpText('after', '\nExample:\n  $ kestra analyze examples/three-node-ceph.yaml\n  $ kestra analyze examples/small-office.yaml --format json\n\nExit codes: 0 done, 2 invalid input.')
    .action(async (specPath: string, options: { format: 'text' | 'json'; date?: string }) => {
      if (options.date !== undefined && !isCalendarDate(options.date)) {
        throw new UsageError(`--date ${JSON.stringify(options.date)} is not a date written YYYY-MM-DD`, 'write e.g. --date 2026-01-31');
      }
      const loaded = await loadModelOrReport(specPath, io, setExitCode);
      if (!loaded) return;
      const { runAnalysis } = await import('../../analyze/run-analysis.js');
      const { builtInAnalyzers } = await import('../../analyze/registry.js');
      const { renderAnalysisText, analysisJson } = await import('../../render/text/analysis.js');
      const computed = runAnalysis(loaded.model, builtInAnalyzers, options.date === undefined ? {} : { asOf: options.date });
      // A Markdown inventory brings its own open questions (facts the figures need that it lacks).
      const analysis = { ...computed, openQuestions: [...(loaded.openQuestions ?? []), ...computed.openQuestions] };
      const assumptions = [...loaded.assumptions, ...analysis.assumptions];
      if (options.format === 'json') {
        io.stdout(`${JSON.stringify(analysisJson(specPath, loaded.model, analysis, assumptions), null, 2)}\n`);
      } else {
        io.stdout(renderAnalysisText(specPath, loaded.model, analysis, assumptions));
      }
    });
}

/** True for a real calendar day written YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
