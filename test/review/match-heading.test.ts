import { describe, expect, it } from 'vitest';
import { headingKinds, headingNumber, normalizeHeading } from '../../src/review/parse/match-heading.js';
import { reviewPlanMarkdown } from '../../src/review/index.js';

describe('heading recognition', () => {
  it.each([
    ['Summary', ['summary']],
    ['Current State', ['current-state']],
    ['Target State', ['target-state']],
    ['Architecture Narrative', ['architecture']],
    ['Component Breakdown', ['components']],
    ['Options Compared', ['options']],
    ['Operational Considerations', ['operational']],
    ['Risks', ['risks']],
    ['Action Steps', ['action-steps']],
    ['Validation & Monitoring Checklist', ['validation']],
    ['Rollback', ['rollback']],
    ['Assumptions & Open Questions', ['assumptions']],
    ['Self-Review', ['self-review']],
  ])('Kestra report heading "%s" is %j', (heading, kinds) => {
    expect(headingKinds(normalizeHeading(heading))).toEqual(kinds);
  });

  it.each([
    ['2. Baseline', ['current-state']],
    ['1) As-Is', ['current-state']],
    ['IV. Desired State', ['target-state']],
    ['B) Risk Register', ['risks']],
    ['Section 3: Runbook', ['action-steps']],
    ['🔁 Roll-back plan', ['rollback']],
    ['**Back-out plan:**', ['rollback']],
    ['RISKS AND MITIGATIONS', ['risks']],
    ['Risks & Rollback', ['risks', 'rollback']],
    ['Proposed target state', ['target-state']],
    ['Migration steps', ['migration-path']],
    ['Storage design', ['architecture']],
    ['Why we chose ZFS', []],
    ['CI pipeline', []],
  ])('"%s" is %j', (heading, kinds) => {
    expect(headingKinds(normalizeHeading(heading))).toEqual(kinds);
  });

  it('reads the number of "Step 3 — …", "Phase 2:", "4." and none from "Rollback"', () => {
    expect([headingNumber('Step 3 — Back up'), headingNumber('Phase 2: Cut over'), headingNumber('4. Validate'), headingNumber('Rollback')]).toEqual([3, 2, 4, undefined]);
  });

  it('a lone H1 title does not name a section through its words, but an exact synonym does', () => {
    const titled = reviewPlanMarkdown('# Homelab: quorum, backup and alerting\n\n## Risks\n\n- x. Mitigation: y\n');
    expect(titled.sections.map((section) => section.kind)).toEqual(['Risks']);
    const exact = reviewPlanMarkdown('# Rollback\n\nRestore the snapshot.\n\n## Notes\n\ntext\n');
    expect(exact.sections.map((section) => section.kind)).toEqual(['Rollback']);
  });

  it('a bold "**Rollback:** …" paragraph opens a Rollback section; an ordinary bold sentence does not', () => {
    const result = reviewPlanMarkdown('Intro.\n\n**Rollback:** restore the snapshot.\n\n**Note that this is bold.** More text.\n');
    expect(result.sections.map((section) => [section.line, section.kind])).toEqual([[3, 'Rollback']]);
  });
});
