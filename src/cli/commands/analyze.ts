import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { loadModelOrReport } from '../load-model.js';
import { collectScenario, failureOutput } from './analyze-failure.js';
import { EXIT, UsageError } from '../../usage-error.js';

interface AnalyzeOptions {
  format: 'text' | 'json' | 'sarif';
  failOn?: 'critical' | 'high' | 'medium' | 'low' | 'info';
  date?: string;
  baseline?: string;
  updateBaseline?: boolean;
  config?: string;
  rules?: string[];
  scenario: string[];
}

/** `kestra analyze <specs...>` (several merged into one model): every layer's computed facts, with formulas, open questions and assumptions, and the rule findings. */
export function analyzeCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('analyze')
    .description('Compute every layer\'s figures (capacity, memory, throughput, power, backup) with their formulas, and check them against the rules.')
    .argument('<specs...>', 'YAML or JSON spec, or a Markdown hardware inventory (.md); several are merged into one model')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity is present').choices(['critical', 'high', 'medium', 'low', 'info']))
    .option('--date <YYYY-MM-DD>', 'the day to judge dates against (waiver expiry, restore tests); default today')
    .option('--baseline <file>', 'known findings: only new ones count for --fail-on; fixed ones are removed from the file')
    .option('--update-baseline', 'rewrite the baseline with the current findings')
    .option('--config <file>', `rule configuration (default: ./kestra.config.yaml when present)`)
    .option('--rules <file>', 'more custom rules (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option('--scenario <text>', 'what-if, e.g. "pve1 down" or "ups1 fails"; repeat to fail several at once').argParser(collectScenario).default([]))
    .addHelpText(
      'after',
      '\nExample:\n  $ kestra analyze examples/three-node-ceph.yaml\n  $ kestra analyze examples/small-office.yaml --format json\n  $ kestra analyze spec.yaml --format sarif --fail-on high > kestra.sarif\n  $ kestra analyze examples/two-node-homelab.yaml --scenario "pve1 down" --scenario "sw1 down"\n  $ kestra analyze examples/hardware-inventory.md examples/homelab-offsite.yaml   # merged into one model\n\nExit codes: 0 done, 1 findings at or above --fail-on, 2 invalid input or unknown component in a scenario.',
    )
    .action(async (specPaths: string[], options: AnalyzeOptions) => {
      if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline needs --baseline <file>', 'e.g. kestra analyze spec.yaml --baseline kestra-baseline.json --update-baseline');
      const { checkDate, evaluateFindings } = await import('../analyze-findings.js');
      // The only clock read: the default judging day, taken here in the CLI and passed down.
      const date = checkDate(options.date ?? new Date().toISOString().slice(0, 10));
      const loaded = await loadModelOrReport(specPaths, io, setExitCode);
      if (!loaded) return;
      const { analyzeSite } = await import('../site-analysis.js');
      // Facts that age use the date only when it was given, so plain analysis output never depends on the clock.
      const site = await analyzeSite(io, loaded, { ruleDate: date, ...(options.date === undefined ? {} : { asOf: date }), ...(options.config ? { config: options.config } : {}), ...(options.rules ? { rules: options.rules } : {}) });
      if (!site) return setExitCode(EXIT.badInput);
      const { renderAnalysisText, analysisJson } = await import('../../render/text/analysis.js');
      const { renderFindingsText, findingsJson } = await import('../../render/text/findings.js');
      const { analysis, setup } = site;
      const failure = await failureOutput(site.failure, options.scenario);
      const assumptions = [...loaded.assumptions, ...analysis.assumptions, ...failure.assumptions];
      const outcome = await evaluateFindings(io, site.rules, setup, options);
      if (!outcome) return setExitCode(EXIT.badInput);
      if (options.format === 'sarif') {
        const { renderSarif } = await import('../../render/sarif/sarif.js');
        const { VERSION } = await import('../../version.js');
        io.stdout(renderSarif(outcome.report, setup.rules, VERSION));
      } else if (options.format === 'json') {
        io.stdout(`${JSON.stringify({ ...analysisJson(specPaths, loaded.model, analysis, assumptions), failure: failure.json, date, rules: findingsJson(outcome.report, outcome.comparison) }, null, 2)}\n`);
      } else {
        const settings = loaded.model.settings;
        const facts = renderAnalysisText(specPaths, loaded.model, analysis, assumptions, failure.sections);
        const findings = renderFindingsText(outcome.report, analysis, { concise: settings.concise === true, ...(outcome.comparison ? { baseline: outcome.comparison } : {}) });
        io.stdout(settings.caution === 'risks-first' ? `${findings}\n${facts}` : `${facts}\n${findings}`);
      }
      setExitCode(outcome.failed ? EXIT.findings : EXIT.ok);
    });
}
