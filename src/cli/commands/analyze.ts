import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { loadModelOrReport } from '../load-model.js';

/** `kestra analyze <spec>`: every layer's computed facts, with formulas, open questions and assumptions. */
export function analyzeCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('analyze')
    .description('Compute every layer\'s figures (capacity, memory, throughput, power, backup) with their formulas.')
    .argument('<spec>', 'YAML or JSON spec')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  $ kestra analyze examples/three-node-ceph.yaml\n  $ kestra analyze examples/small-office.yaml --format json\n\nExit codes: 0 done, 2 invalid input.')
    .action(async (specPath: string, options: { format: 'text' | 'json' }) => {
      const loaded = await loadModelOrReport(specPath, io, setExitCode);
      if (!loaded) return;
      const { runAnalysis } = await import('../../analyze/run-analysis.js');
      const { builtInAnalyzers } = await import('../../analyze/registry.js');
      const { renderAnalysisText, analysisJson } = await import('../../render/text/analysis.js');
      const computed = runAnalysis(loaded.model, builtInAnalyzers);
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
