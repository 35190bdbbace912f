/** Builds the report of an example in-process, with optional analysis, findings and failure analysis. */
import type { Analysis } from '../../src/analyze/run-analysis.js';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { analyzeFailures } from '../../src/failure/failure-analysis.js';
import type { PatternId } from '../../src/intake/invocation/pattern-ids.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { buildReport } from '../../src/report/build-report.js';
import { reportFailureOf, reportFindingsOf, reportRulesOf } from '../../src/report/context-adapters.js';
import { defaultPatterns } from '../../src/report/patterns/default-patterns.js';
import type { ReportContext, ReportFailure, ReportFinding, ReportRule } from '../../src/report/report-inputs.js';
import type { ReportModel } from '../../src/report/report-model.js';
import { reviewSpecOf } from '../../src/review/spec/review-spec.js';
import type { ReviewSpec } from '../../src/review/types.js';
import { runRules } from '../../src/rules/engine.js';
import { builtInRules } from '../../src/rules/registry.js';
import type { Model } from '../../src/model/types.js';
import { join } from 'node:path';
import { loadExample } from './load-example.js';
import { examplesDir } from './paths.js';

export interface ExampleReportOptions {
  readonly patterns?: readonly PatternId[];
  readonly task?: string;
  readonly analysis?: Analysis;
  readonly findings?: readonly ReportFinding[];
  readonly rules?: readonly ReportRule[];
  readonly failure?: ReportFailure;
  readonly reviewSpec?: ReviewSpec;
  readonly asOf?: string;
  readonly model?: (model: Model) => Model;
}

/** The report of `examples/<file>`. */
export async function buildExampleReport(file: string, options: ExampleReportOptions = {}): Promise<ReportModel> {
  const loaded = await loadExample(file);
  const model = options.model ? options.model(loaded.model) : loaded.model;
  const choice = options.patterns ? { patterns: options.patterns, reason: 'as asked' } : defaultPatterns(options.task, model);
  return buildReport(
    {
      model,
      assumptions: loaded.assumptions,
      ...(options.analysis ? { analysis: options.analysis } : {}),
      ...(options.findings ? { findings: options.findings } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.failure ? { failure: options.failure } : {}),
      ...(options.reviewSpec ? { reviewSpec: options.reviewSpec } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.task ? { task: options.task } : {}),
      patterns: choice.patterns,
      inputs: [loaded.path],
    },
    { kestraVersion: '0.0.0-test', patternSource: options.patterns ? 'given' : 'default', patternReason: choice.reason },
  );
}

/**
 * The context `kestra plan` fills for `examples/<file>` (no --date, no rule configuration): the same
 * analysis, failure analysis, rules and adapters, in-process.
 */
export async function analyzedExampleContext(file: string, patterns?: readonly PatternId[]): Promise<ReportContext> {
  const path = `examples/${file}`;
  const loaded = await loadSpec(join(examplesDir, file));
  if (!loaded.model) throw new Error(`${path} did not load`);
  const model = loaded.model;
  const computed = runAnalysis(model, builtInAnalyzers);
  const analysis = { ...computed, openQuestions: [...(loaded.openQuestions ?? []), ...computed.openQuestions] };
  const failure = analyzeFailures(model, analysis);
  const rules = runRules({ model, analysis, failure, diagnostics: loaded.diagnostics, rules: builtInRules, settings: { severity: model.settings.severity ?? {} } });
  const choice = patterns ? { patterns } : defaultPatterns(undefined, model);
  return {
    model,
    assumptions: [...loaded.assumptions, ...failure.assumptions],
    analysis,
    findings: reportFindingsOf(rules),
    rules: reportRulesOf(builtInRules, rules),
    failure: reportFailureOf(failure),
    reviewSpec: reviewSpecOf(model, analysis, failure),
    patterns: choice.patterns,
    inputs: [path],
  };
}

/** The report `kestra plan` writes for `examples/<file>`, built in-process. */
export async function buildAnalyzedExampleReport(file: string, patterns?: readonly PatternId[]): Promise<ReportModel> {
  const context = await analyzedExampleContext(file, patterns);
  return buildReport(context, { kestraVersion: '0.0.0-test', patternSource: patterns ? 'given' : 'default', patternReason: 'test' });
}
