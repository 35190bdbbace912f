/**
 * Self-Review: the review the report passed before it was written — `kestra lint` run on its own Markdown
 * with the spec, check by check, then the checks of the report model — and whatever it still notes.
 */
import { cell } from '../describe.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, ReportReview, ReviewFinding, Section } from '../report-model.js';
import { code } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** The Self-Review section for a finished review. */
export function buildSelfReview(review: ReportReview, context: Pick<ReportContext, 'inputs' | 'reviewSpec'>): Section {
  const lint = review.checks.filter((check) => check.source === 'lint');
  const model = review.checks.filter((check) => check.source === 'report');
  const applied = lint.filter((check) => check.status !== 'not-applicable');
  const passed = review.checks.filter((check) => check.passed && check.status !== 'not-applicable').length;
  const counted = review.checks.filter((check) => check.status !== 'not-applicable').length;
  const command = code(`kestra lint report.md${context.reviewSpec ? context.inputs.map((input) => ` --spec ${input}`).join('') : ''}`);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [
        'Before it was written, this report’s own Markdown was reviewed with the checks ',
        command,
        ` runs on any plan (${applied.length} of ${lint.length} apply${context.reviewSpec ? ', names, figures and single points of failure cross-checked against the spec' : ''}), plus ${model.length} checks of the report model that Markdown cannot show. `,
        `${passed} of ${counted} checks pass; lint scores it ${review.score}/100, reading ${review.recognised.sections} headings as plan sections, ${review.recognised.steps} steps and ${review.recognised.risks} risks. `,
        review.passed ? 'No finding is above info.' : 'It does NOT pass: the failed checks are listed below.',
      ],
    },
    {
      kind: 'table',
      columns: [{ title: 'Check' }, { title: 'Id' }, { title: 'Result' }, { title: 'Detail' }],
      rows: review.checks.map((check) => [[check.title], [code(check.id)], [check.status === 'not-applicable' ? 'n/a' : check.passed ? 'pass' : 'FAIL'], cell(check.detail)]),
    },
  ];
  if (review.findings.length > 0) {
    blocks.push({ kind: 'heading', text: 'What the review notes' });
    blocks.push(findingsTable(review.findings));
  }
  return { id: 'self-review', title: sectionTitles['self-review'], blocks };
}

/** Review findings as a table: rule, severity, section, message and fix. */
export function findingsTable(findings: readonly ReviewFinding[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Rule' }, { title: 'Severity' }, { title: 'In section' }, { title: 'Finding' }, { title: 'Fix' }],
    rows: findings.map((finding) => [[code(finding.ruleId)], [finding.severity], cell(finding.section), cell(finding.message), cell(finding.fix)]),
  };
}
