import { describe, expect, it } from 'vitest';
import { reviewReport, remediesFor } from '../../src/review/report-review.js';
import type { Block, Section } from '../../src/report/report-model.js';
import { buildExampleReport } from '../helpers/build-example-report.js';

/** The review input of a finished report, with its sections replaced by `edit(sections)`. */
async function reviewEdited(edit: (sections: Section[]) => Section[], extra: { requiredSections?: readonly string[] } = {}) {
  const report = await buildExampleReport('two-node-homelab.yaml');
  return reviewReport({ sections: edit([...report.sections]), failureAnalysed: false, findingsAnalysed: false, openQuestions: report.openQuestions, ...extra });
}

const failed = (checks: readonly { id: string; passed: boolean; detail: string }[]) => checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.detail}`);

describe('reviewReport on a deliberately broken report', () => {
  it('passes the report as built', async () => {
    expect(failed(await reviewEdited((sections) => sections))).toEqual([]);
  });

  it('names a missing section, and one out of order', async () => {
    expect(failed(await reviewEdited((sections) => sections.filter((section) => section.id !== 'rollback')))).toEqual(['sections-present: missing: Rollback']);
    expect(failed(await reviewEdited((sections) => [sections[1] as Section, sections[0] as Section, ...sections.slice(2)]))).toEqual(['sections-present: sections out of order']);
    expect(failed(await reviewEdited((sections) => sections, { requiredSections: ['Cost Analysis', 'risks'] }))).toEqual(['sections-present: missing: Cost Analysis']);
  });

  it('names the steps without validation or rollback', async () => {
    const strip = (block: Block): Block => (block.kind === 'steps' ? { ...block, steps: block.steps.map((step) => (step.id === '0.2' ? { ...step, rollback: [] } : step)) } : block);
    expect(failed(await reviewEdited((sections) => sections.map((section) => ({ ...section, blocks: section.blocks.map(strip) }))))).toEqual(['steps-complete: incomplete: steps 0.2']);
  });

  it('counts risks without a mitigation', async () => {
    const table: Block = {
      kind: 'table',
      columns: [{ title: 'Risk' }, { title: 'Mitigation' }],
      rows: [
        [['one'], ['Add a QDevice']],
        [['two'], ['—']],
      ],
    };
    const edit = (sections: Section[]) => sections.map((section) => (section.id === 'risks' ? { ...section, blocks: [...section.blocks, table] } : section));
    expect(failed(await reviewEdited(edit))).toEqual(['risks-mitigated: 1 of 2 risks without a mitigation']);
  });

  it('fails missing SPOF, findings and figures until they are asked for as open questions, and names the remedy', async () => {
    const checks = reviewReport({ sections: [], failureAnalysed: false, findingsAnalysed: false, openQuestions: [] });
    expect(failed(checks)).toEqual([
      'sections-present: missing: Summary, Current State, Target State, Architecture Narrative, Component Breakdown, Options Compared, Operational Considerations, Risks, Action Steps, Validation & Monitoring Checklist, Rollback, Assumptions & Open Questions',
      'baseline-target-migration: no baseline inventory; no target state; no steps',
      'spofs-surfaced: no failure analysis and no open question about it',
      'findings-surfaced: no rules ran and no open question about it',
      'security-covered: no security or firewall part',
      'observability-covered: monitoring or checklist missing',
      'figures-cpu: neither computed nor listed as an open question',
      'figures-ram: neither computed nor listed as an open question',
      'figures-throughput: neither computed nor listed as an open question',
      'figures-cost: neither computed nor listed as an open question',
    ]);
    expect(remediesFor(checks).map((remedy) => remedy.question)).toEqual([
      'report/failure-analysis',
      'report/rules',
      'report/figures/cpu',
      'report/figures/ram',
      'report/figures/throughput',
      'report/figures/cost',
    ]);
  });
});
