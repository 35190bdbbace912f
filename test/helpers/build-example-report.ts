/** Builds the report of an example in-process, with optional analysis, findings and failure analysis. */
import type { Analysis } from '../../src/analyze/run-analysis.js';
import type { PatternId } from '../../src/intake/invocation/pattern-ids.js';
import { buildReport } from '../../src/report/build-report.js';
import { defaultPatterns } from '../../src/report/patterns/default-patterns.js';
import type { ReportFailure, ReportFinding, ReportRule } from '../../src/report/report-inputs.js';
import type { ReportModel } from '../../src/report/report-model.js';
import type { Model } from '../../src/model/types.js';
import { loadExample } from './load-example.js';

export interface ExampleReportOptions {
  readonly patterns?: readonly PatternId[];
  readonly task?: string;
  readonly analysis?: Analysis;
  readonly findings?: readonly ReportFinding[];
  readonly rules?: readonly ReportRule[];
  readonly failure?: ReportFailure;
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
      ...(options.task ? { task: options.task } : {}),
      patterns: choice.patterns,
      inputs: [loaded.path],
      usedInput: loaded.path,
    },
    { kestraVersion: '0.0.0-test', patternSource: options.patterns ? 'given' : 'default', patternReason: choice.reason },
  );
}
