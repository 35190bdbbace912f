/**
 * The report `kestra plan` writes, from loaded inputs to rendered text: shared by the CLI and the MCP
 * plan tool, so both give the same report for the same inputs. No I/O.
 */
import type { LoadResult } from '../../../intake/load-spec.js';
import type { PatternId } from '../../../intake/invocation/pattern-ids.js';
import type { Model } from '../../../model/types.js';
import type { ReportModel } from '../../../report/report-model.js';
import type { SiteAnalysis } from '../../site-analysis.js';

export type ReportFormat = 'md' | 'json' | 'html';

export interface PlanReportInput {
  /** The inventory the report is built from, as loaded, and the name it was given by. */
  readonly current: { readonly file: string; readonly result: LoadResult & { readonly model: Model } };
  /** Every input named (the report says which one it used). */
  readonly inputs: readonly string[];
  /** A spec of the desired state. */
  readonly target?: { readonly file: string; readonly model: Model };
  readonly task?: string;
  /** Undefined: the patterns the task calls for. */
  readonly patterns?: readonly PatternId[];
  /** Stamps the report, and is "today" for figures that age and for the rules' date judgements. */
  readonly date?: string;
  /** Facts, failure analysis and rule findings of the current state (the same run `kestra analyze` does). */
  readonly site: SiteAnalysis;
}

/** Builds the report: analysis, findings, failure analysis, patterns (given or chosen for the task), target, self-review. */
export async function planReport(input: PlanReportInput): Promise<ReportModel> {
  const [{ buildReport }, { defaultPatterns, canonicalOrder }, { reportFailureOf, reportFindingsOf, reportRulesOf }, { reviewSpecOf }, { VERSION }] = await Promise.all([
    import('../../../report/build-report.js'),
    import('../../../report/patterns/default-patterns.js'),
    import('../../../report/context-adapters.js'),
    import('../../../review/spec/review-spec.js'),
    import('../../../version.js'),
  ]);
  const { model } = input.current.result;
  const { site } = input;
  const choice = input.patterns ? { patterns: canonicalOrder(input.patterns), reason: 'as asked' } : defaultPatterns(input.task, model);
  // The one place the report's context is filled: every section builder reads it.
  return buildReport(
    {
      model,
      assumptions: [...input.current.result.assumptions, ...site.failure.assumptions],
      analysis: site.analysis,
      findings: reportFindingsOf(site.rules),
      rules: reportRulesOf(site.setup.rules, site.rules),
      failure: reportFailureOf(site.failure),
      reviewSpec: reviewSpecOf(model, site.analysis, site.failure),
      ...(input.date ? { asOf: input.date } : {}),
      ...(input.target ? { target: input.target } : {}),
      ...(input.task !== undefined ? { task: input.task } : {}),
      patterns: choice.patterns,
      inputs: input.inputs,
      usedInput: input.current.file,
    },
    { kestraVersion: VERSION, ...(input.date ? { date: input.date } : {}), patternSource: input.patterns ? 'given' : 'default', patternReason: choice.reason },
  );
}

/** Renders the report: Markdown with ASCII diagrams, self-contained HTML with SVG, or JSON. */
export async function renderReport(report: ReportModel, format: ReportFormat): Promise<string> {
  const { diagramsOf } = await import('../../../report/diagrams-of.js');
  if (format === 'json') {
    const { renderJson } = await import('../../../render/json/render-json.js');
    return renderJson(report);
  }
  if (format === 'html') {
    const [{ renderSvgDiagrams }, { renderHtml }] = await Promise.all([import('../../../render/diagrams/render-diagrams.js'), import('../../../render/html/render-html.js')]);
    return renderHtml(report, await renderSvgDiagrams(diagramsOf(report)));
  }
  const [{ renderAsciiDiagrams }, { renderMarkdown }] = await Promise.all([import('../../../render/diagrams/render-diagrams.js'), import('../../../render/markdown/render-markdown.js')]);
  return renderMarkdown(report, await renderAsciiDiagrams(diagramsOf(report)));
}

/** The self-review checks the report failed, as "title (detail)", for a warning. */
export function failedReviewChecks(report: ReportModel): string[] {
  return report.review.checks.filter((check) => !check.passed).map((check) => `${check.title} (${check.detail})`);
}
