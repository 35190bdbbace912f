import { Command, Option } from 'commander';
import type { ReviewSpec } from '../../review/types.js';
import type { Io } from '../io.js';
import { EXIT, UsageError } from '../../usage-error.js';
import { renderDiagnostics } from '../diagnostics-output.js';

interface LintOptions {
  readonly spec?: readonly string[];
  readonly format: 'text' | 'json' | 'sarif';
  readonly failOn: 'error' | 'warning' | 'info' | 'none';
  readonly tolerance?: string;
}

/** `kestra lint <plan>`: reviews any Markdown plan against the architect's rules, optionally against a spec. */
export function lintCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('lint')
    .description('Review a Markdown infrastructure plan: missing sections, risks without mitigations, steps without validation or rollback, destructive commands without backup, filler, and (with --spec) names and figures that disagree with the inventory.')
    .argument('<plan>', 'Markdown plan to review')
    .option('--spec <spec>', 'YAML or JSON spec (or Markdown inventory) to cross-check hosts, pools, VLANs and figures against; repeat it to merge several into one model', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'info', 'none']).default('error'))
    .option('--tolerance <percent>', 'how far a stated figure may be from the computed one (default 10%)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ kestra lint plan.md\n  $ kestra lint plan.md --spec examples/two-node-homelab.yaml --format sarif > lint.sarif\n  $ kestra lint plan.md --fail-on warning\n\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 invalid input or usage.',
    )
    .action(async (planPath: string, options: LintOptions) => {
      const { parsePercent } = await import('../../intake/units/index.js');
      let tolerance: number | undefined;
      if (options.tolerance !== undefined) {
        const parsed = parsePercent(options.tolerance);
        if (!parsed.ok) throw new UsageError(`--tolerance ${JSON.stringify(options.tolerance)} is not a percentage`, parsed.hint);
        tolerance = parsed.value;
      }
      const { readPlanFile } = await import('../../intake/read-plan.js');
      const { reviewPlanMarkdown, DEFAULT_MAX_PLAN_LENGTH } = await import('../../review/index.js');
      const read = await readPlanFile(planPath, DEFAULT_MAX_PLAN_LENGTH);
      if (!read.ok) {
        io.stderr(renderDiagnostics([read.diagnostic]));
        setExitCode(EXIT.badInput);
        return;
      }
      let spec: ReviewSpec | undefined;
      if (options.spec !== undefined) {
        const { loadModelOrReport } = await import('../load-model.js');
        const loaded = await loadModelOrReport(options.spec, io, setExitCode);
        if (!loaded) return;
        const { runAnalysis } = await import('../../analyze/run-analysis.js');
        const { builtInAnalyzers } = await import('../../analyze/registry.js');
        const { reviewSpecOf } = await import('../../review/spec/review-spec.js');
        spec = reviewSpecOf(loaded.model, runAnalysis(loaded.model, builtInAnalyzers));
      }
      const result = reviewPlanMarkdown(read.text, { ...(spec ? { spec } : {}), ...(tolerance === undefined ? {} : { tolerance }) });
      if (options.format === 'json') {
        const { lintJson } = await import('../../render/lint/json.js');
        io.stdout(`${JSON.stringify(lintJson(planPath, result, options.spec), null, 2)}\n`);
      } else if (options.format === 'sarif') {
        const { lintSarif } = await import('../../render/lint/sarif.js');
        io.stdout(`${JSON.stringify(lintSarif(planPath, result), null, 2)}\n`);
      } else {
        const { renderLintText } = await import('../../render/lint/text.js');
        io.stdout(renderLintText(planPath, result));
      }
      const { severityRank } = await import('../../review/types.js');
      const threshold = options.failOn === 'none' ? -1 : severityRank[options.failOn];
      setExitCode(result.findings.some((finding) => severityRank[finding.severity] <= threshold) ? EXIT.findings : EXIT.ok);
    });
}
