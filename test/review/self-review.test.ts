import { describe, expect, it } from 'vitest';
import { patternIds } from '../../src/intake/invocation/pattern-ids.js';
import type { ReportModel, Section } from '../../src/report/report-model.js';
import { reviewDraft } from '../../src/review/self-review.js';
import { analyzedExampleContext, buildAnalyzedExampleReport, buildExampleReport } from '../helpers/build-example-report.js';

const examples = ['two-node-homelab.yaml', 'three-node-ceph.yaml', 'small-office.yaml', 'hardware-inventory.md'];

describe('the self-review is kestra lint on the report’s own Markdown', () => {
  it.each(examples)('passes for examples/%s: no finding above info, nothing revised', async (file) => {
    const report = await buildAnalyzedExampleReport(file);
    expect(report.review.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.review.checks.filter((check) => !check.passed)).toEqual([]);
    expect(report.review.passed).toBe(true);
    expect(report.review.revisions).toEqual([]);
    // Every lint check ran, the spec cross-checks included; only the two with nothing to look at do not apply.
    const lint = report.review.checks.filter((check) => check.source === 'lint');
    expect(lint.length).toBe(18);
    expect(lint.filter((check) => check.status === 'not-applicable').map((check) => check.id)).toEqual(['plan/destructive-without-backup', 'plan/options-without-table']);
    expect(report.review.checks.filter((check) => check.source === 'report').map((check) => check.id)).toEqual(['report/sections-in-order', 'report/step-details', 'report/failure-analysis', 'report/rules']);
  });

  it.each(examples)('passes for examples/%s with every pattern in force', async (file) => {
    const report = await buildAnalyzedExampleReport(file, patternIds);
    expect(report.review.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.review.passed).toBe(true);
  });
});

/** The two-node report with its sections edited, and how its self-review judges that draft. */
async function reviewBroken(edit: (sections: Section[]) => Section[]) {
  const context = await analyzedExampleContext('two-node-homelab.yaml');
  const report = await buildAnalyzedExampleReport('two-node-homelab.yaml');
  const sections = edit(report.sections.filter((section) => section.id !== 'self-review'));
  const draft: ReportModel = { ...report, sections };
  const review = reviewDraft(draft, { sections, failureAnalysed: true, findingsAnalysed: true, openQuestions: report.openQuestions }, context.reviewSpec);
  return {
    review,
    failed: review.checks.filter((check) => !check.passed).map((check) => check.id),
    messages: review.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId} [${finding.section}]: ${finding.message}`),
  };
}

const mapBlocks = (sections: Section[], id: string, edit: (section: Section) => Section) => sections.map((section) => (section.id === id ? edit(section) : section));

describe('a deliberately broken report model fails its self-review with the right messages', () => {
  it('a risk without a mitigation', async () => {
    const { failed, messages } = await reviewBroken((sections) =>
      mapBlocks(sections, 'risks', (section) => ({
        ...section,
        blocks: section.blocks.map((block) => (block.kind === 'table' && block.columns.some((column) => column.title === 'Severity') ? { ...block, rows: block.rows.map((row, index) => (index === 0 ? row.map((cell, column) => (block.columns[column]?.title === 'Mitigation' ? ['—'] : cell)) : row)) } : block)),
      })),
    );
    expect(failed).toEqual(['plan/risk-without-mitigation']);
    expect(messages).toEqual(['plan/risk-without-mitigation [Risks]: risk "VLAN "iot" (zone iot) can reach management VLAN…" has a placeholder instead of a mitigation']);
  });

  it('a step without validation, rollback or pre-checks, and a Rollback section that no longer covers it', async () => {
    const { failed, messages } = await reviewBroken((sections) =>
      mapBlocks(
        mapBlocks(sections, 'action-steps', (section) => ({
          ...section,
          blocks: section.blocks.map((block) => (block.kind === 'steps' ? { ...block, steps: block.steps.map((step) => (step.id === '1.1' ? { ...step, validation: [], rollback: [], preChecks: [] } : step)) } : block)),
        })),
        'rollback',
        (section) => ({ ...section, blocks: section.blocks.map((block) => (block.kind === 'table' ? { ...block, rows: block.rows.filter((row) => !JSON.stringify(row).includes('"1.1"')) } : block)) }),
      ),
    );
    expect(failed).toEqual(['plan/step-without-rollback', 'plan/step-without-validation', 'report/step-details']);
    expect(messages).toEqual([
      'plan/step-without-rollback [Action Steps]: step 1.1 has no rollback, and the Rollback section does not cover it',
      'plan/step-without-validation [Action Steps]: step 1.1 ("Step 1.1: Remedy [security/management-reachable-from-untrusted] on iot, lan Action:…") has no validation',
    ]);
  });

  it('a missing section and a figure that disagrees with the spec', async () => {
    const { failed, messages, review } = await reviewBroken((sections) =>
      mapBlocks(
        sections.filter((section) => section.id !== 'target-state'),
        'summary',
        (section) => ({ ...section, blocks: [...section.blocks, { kind: 'paragraph', text: ['Pool tank gives 32 TB usable.'] }] }),
      ),
    );
    expect(failed).toEqual(['plan/figure-disagrees', 'plan/missing-section', 'report/sections-in-order']);
    expect(messages).toEqual([
      'plan/figure-disagrees [Summary]: "tank" usable capacity stated as 32 TB; Kestra has 23.11 TB (21.02 TiB) (fact storage/tank/usable), 38 % off (tolerance 10 %)',
      'plan/missing-section [Current State]: no Target State section: the plan never states the desired state the plan builds',
    ]);
    expect(review.checks.find((check) => check.id === 'report/sections-in-order')?.detail).toBe('missing: Target State');
  });
});

describe('recursive self-evaluation: draft, review, fix, re-review', () => {
  it('asks the open questions a report without rules or failure analysis must ask, and passes the re-review', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', { patterns: ['recursive-self-eval'] });
    expect(report.review.revisions.map((revision) => revision.check)).toEqual(['Single points of failure computed by the failure analysis', 'Guardrail findings computed by the rules']);
    expect(report.review.passed).toBe(true);
    expect(report.openQuestions.map((question) => question.id).filter((id) => id.startsWith('report/'))).toEqual(['report/failure-analysis', 'report/rules']);
    const selfReview = report.sections.find((section) => section.id === 'self-review');
    expect(JSON.stringify(selfReview)).toContain('Fix: the changes below. Re-review: every check passes.');
  });

  it('turns a figure kind lint finds nowhere into the question that asks for it', async () => {
    const context = await analyzedExampleContext('two-node-homelab.yaml');
    const report = await buildExampleReport('two-node-homelab.yaml', {
      patterns: ['recursive-self-eval'],
      // No analysis, no electricity price and no budget: nothing in the report states a cost.
      model: (model) => ({ ...model, site: { ...model.site, electricityPrice: undefined } as typeof model.site, constraints: { ...model.constraints, budget: undefined } as typeof model.constraints }),
      ...(context.reviewSpec ? { reviewSpec: context.reviewSpec } : {}),
    });
    expect(report.review.revisions.map((revision) => `${revision.check}: ${revision.before}`)).toContain('CPU, RAM, throughput and cost are quantified, with units: no cost figure with a unit anywhere in the plan');
    expect(report.openQuestions.map((question) => question.id)).toContain('report/figures/cost');
    expect(report.review.checks.find((check) => check.id === 'plan/no-quantities')?.passed).toBe(true);
  });
});
