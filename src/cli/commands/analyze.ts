import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { loadModelOrReport } from '../load-model.js';
import { collectScenario, failureOutput } from './analyze-failure.js';

/** `kestra analyze <spec>`: every layer's computed facts, with formulas, open questions and assumptions. */
export function analyzeCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('analyze')
    .description('Compute every layer\'s figures (capacity, memory, throughput, power, backup) with their formulas.')
    .argument('<spec>', 'YAML or JSON spec')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--scenario <text>', 'what-if, e.g. "pve1 down" or "ups1 fails"; repeat to fail several at once').argParser(collectScenario).default([]))
    .addHelpText('after', '\nExample:\n  $ kestra analyze examples/three-node-ceph.yaml\n  $ kestra analyze examples/small-office.yaml --format json\n  $ kestra analyze examples/two-node-homelab.yaml --scenario "pve1 down" --scenario "sw1 down"\n\nExit codes: 0 done, 2 invalid input or unknown component in a scenario.')
    .action(async (specPath: string, options: { format: 'text' | 'json'; scenario: string[] }) => {
      const loaded = await loadModelOrReport(specPath, io, setExitCode);
      if (!loaded) return;
      const { runAnalysis } = await import('../../analyze/run-analysis.js');
      const { builtInAnalyzers } = await import('../../analyze/registry.js');
      const { renderAnalysisText, analysisJson } = await import('../../render/text/analysis.js');
      const analysis = runAnalysis(loaded.model, builtInAnalyzers);
      const failure = await failureOutput(loaded.model, analysis, options.scenario);
      const assumptions = [...loaded.assumptions, ...analysis.assumptions, ...failure.assumptions];
      if (options.format === 'json') {
        io.stdout(`${JSON.stringify({ ...analysisJson(specPath, loaded.model, analysis, assumptions), failure: failure.json }, null, 2)}\n`);
      } else {
        io.stdout(renderAnalysisText(specPath, loaded.model, analysis, assumptions, failure.sections));
      }
    });
}
