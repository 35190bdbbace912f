/**
 * The report as JSON: the whole report — invocation, sections with their blocks, facts, findings, failure
 * analysis, plan steps, assumptions, open questions and review — in the shape documented in
 * docs/report-json.md. `formatVersion` changes only when that shape changes incompatibly.
 */
import type { ReportModel } from '../../report/report-model.js';

/** Version of the JSON shape (docs/report-json.md). */
export const REPORT_JSON_FORMAT_VERSION = 1;

/** Renders `report` as pretty-printed JSON with a fixed key order and `null` for what is absent. */
export function renderJson(report: ReportModel): string {
  const { invocation } = report;
  const document = {
    format: 'kestra-report',
    formatVersion: REPORT_JSON_FORMAT_VERSION,
    kestraVersion: report.kestraVersion,
    date: report.date ?? null,
    title: report.title,
    site: report.site,
    invocation: {
      task: invocation.task ?? null,
      inputs: invocation.inputs,
      used: invocation.used,
      target: invocation.target ?? null,
      patterns: invocation.patterns,
      patternSource: invocation.patternSource,
      patternReason: invocation.patternReason,
    },
    sections: report.sections.map((section) => ({ id: section.id, title: section.title, stage: section.stage ?? null, blocks: section.blocks })),
    facts: report.facts,
    findings: report.findings,
    failure: report.failure ?? null,
    plan: { steps: report.steps },
    assumptions: report.assumptions,
    openQuestions: report.openQuestions,
    review: report.review,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
