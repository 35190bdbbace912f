import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SectionKind, sectionKinds, sectionSynonyms } from '../../src/review/parse/section-synonyms.js';
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

describe('headingKinds on words around a synonym', () => {
  // The reference: try every synonym, longest first, for a whole-word prefix or suffix of the part.
  const owners = new Map<string, SectionKind[]>();
  for (const kind of sectionKinds) for (const synonym of sectionSynonyms[kind]) owners.set(synonym, [...(owners.get(synonym) ?? []), kind]);
  const byLength = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  function reference(part: string): SectionKind[] {
    const whole = owners.get(part);
    if (whole) return whole;
    const found = byLength.find((synonym) => part.startsWith(`${synonym} `) || part.endsWith(` ${synonym}`));
    return sectionKinds.filter((kind) => (found === undefined ? [] : (owners.get(found) ?? [])).includes(kind));
  }
  const words = [...new Set([...owners.keys()].flatMap((synonym) => synonym.split(' ')))];

  it('finds what trying every synonym finds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...owners.keys()), fc.constantFrom('plan', 'the', 'of', 'x')), { minLength: 1, maxLength: 6 }), (parts) => {
        const part = parts.join(' ');
        // One part only: no "and", "/", "," or " - " that would split it.
        fc.pre(!/\s(?:and|\/|\+|,|;|&)\s|[/,;+]|\s[-–—]\s/.test(part));
        expect(headingKinds(part)).toEqual(reference(part));
      }),
      { numRuns: 1000 },
    );
  });
});
