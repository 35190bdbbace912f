/**
 * The plan corpus: each fixture under test/fixtures/plans with the complete set of findings it must
 * produce, by rule id and line. An extra or a missing finding fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPlanMarkdown } from '../../src/review/index.js';
import type { ReviewSpec } from '../../src/review/types.js';
import { fixturesDir } from '../helpers/paths.js';
import { homelabSpec } from './hand-built-spec.js';

const plan = (name: string) => readFileSync(join(fixturesDir, 'plans', name), 'utf8');
const found = (markdown: string, spec?: ReviewSpec) =>
  reviewPlanMarkdown(markdown, spec ? { spec } : {}).findings.map((finding) => `${finding.line} ${finding.ruleId}`);

const missingEverything = (line: number) => [
  `${line} plan/missing-rollback`,
  ...Array.from({ length: 8 }, () => `${line} plan/missing-section`),
];
const noCoverage = (line: number) => [
  `${line} plan/no-observability`,
  `${line} plan/no-quantities`,
  `${line} plan/no-quantities`,
  `${line} plan/no-quantities`,
  `${line} plan/no-quantities`,
  `${line} plan/no-security`,
];

describe('plan corpus: the complete findings of each fixture, by id and line', () => {
  it('good-homelab.md: a plan written the way the persona asks has no finding', () => {
    const result = reviewPlanMarkdown(plan('good-homelab.md'));
    expect(result.findings).toEqual([]);
    expect(result.scores.overall).toBe(100);
    expect(result.stats).toEqual({ steps: 4, risks: 7, tables: 4, codeBlocks: 1 });
  });

  it('good-homelab.md against the spec: every name exists and every figure agrees', async () => {
    expect(found(plan('good-homelab.md'), await homelabSpec({ spofs: [{ id: 'sw1' }, { id: 'ups1' }] }))).toEqual([]);
  });

  it('unusual-headings.md: setext, "1)", "II.", emoji, ALL CAPS, bold and "Label:" headings are all recognised', () => {
    const result = reviewPlanMarkdown(plan('unusual-headings.md'));
    expect(result.findings).toEqual([]);
    expect(result.sections.map((section) => [section.line, section.kind])).toEqual([
      [4, 'Current State (baseline)'],
      [8, 'Target State'],
      [13, 'Architecture Narrative'],
      [19, 'Component Breakdown'],
      [26, 'Operational Considerations'],
      [31, 'Risks'],
      [36, 'Action Steps'],
      [48, 'Validation & Monitoring Checklist'],
      [53, 'Rollback'],
    ]);
    expect(result.stats.steps).toBe(2);
  });

  it('missing-rollback.md: only the rollback is missing, reported where it belongs', () => {
    expect(found(plan('missing-rollback.md'))).toEqual(['49 plan/missing-rollback']);
  });

  it('risks-without-mitigations.md: an empty cell, a TBD cell and two bare bullets; "Mitigation:" sub-bullets count', () => {
    expect(found(plan('risks-without-mitigations.md'))).toEqual([
      '35 plan/risk-without-mitigation',
      '36 plan/risk-without-mitigation',
      '39 plan/risk-without-mitigation',
      '40 plan/risk-without-mitigation',
    ]);
  });

  it('destructive-no-backup.md: destroy, wipefs and create -f before any snapshot; later ones are covered', () => {
    expect(found(plan('destructive-no-backup.md'))).toEqual([
      '1 plan/spof-not-named',
      '1 plan/spof-not-named',
      '7 plan/no-diagram',
      ...noCoverage(7),
      ...Array.from({ length: 4 }, () => '11 plan/missing-section'),
      '11 plan/unverified-prerequisites',
      '13 plan/step-without-validation',
      '14 plan/step-without-validation',
      '17 plan/destructive-without-backup',
      '18 plan/destructive-without-backup',
      '21 plan/step-without-validation',
      '21 plan/destructive-without-backup',
      '22 plan/step-without-validation',
      '23 plan/step-without-validation',
      '24 plan/missing-rollback',
      '24 plan/missing-section',
      '24 plan/step-without-validation',
    ]);
  });

  it('runbook-table.md: steps in a table with empty validation cells; options compared in prose only', () => {
    expect(found(plan('runbook-table.md'))).toEqual([
      '13 plan/options-without-table',
      '29 plan/spof-not-named',
      '33 plan/unverified-prerequisites',
      '38 plan/step-without-validation',
      '39 plan/step-without-validation',
    ]);
  });

  it('chat-assistant.md: filler, bullets for steps, no baseline, no risks, no rollback', () => {
    expect(found(plan('chat-assistant.md'))).toEqual([
      ...noCoverage(1),
      '1 plan/spof-not-named',
      '1 plan/spof-not-named',
      '5 plan/vague-filler',
      '5 plan/vague-filler',
      '5 plan/vague-filler',
      ...Array.from({ length: 6 }, () => '7 plan/missing-section'),
      '7 plan/unverified-prerequisites',
      '9 plan/step-without-validation',
      '9 plan/steps-not-numbered',
      '10 plan/step-without-validation',
      '11 plan/step-without-validation',
      '11 plan/vague-filler',
      '12 plan/step-without-validation',
      '12 plan/vague-filler',
      '13 plan/step-without-validation',
      '13 plan/vague-filler',
      '21 plan/missing-rollback',
      '21 plan/missing-section',
    ]);
  });

  it('notes.md: one line of notes misses everything', () => {
    expect(found(plan('notes.md'))).toEqual([...missingEverything(1), ...noCoverage(1), '1 plan/spof-not-named', '1 plan/spof-not-named', '1 plan/vague-filler']);
  });

  it('wrong-figures.md against the spec: wrong RAM, raw quoted as usable, wrong runtime, unknown host, pool and VLAN', async () => {
    const result = reviewPlanMarkdown(plan('wrong-figures.md'), { spec: await homelabSpec() });
    const consistency = result.findings.filter((finding) => finding.category === 'consistency').map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`);
    expect(consistency).toEqual([
      '5:10 plan/figure-disagrees',
      '9:18 plan/figure-disagrees',
      '10:4 plan/unknown-entity',
      '12:35 plan/figure-disagrees',
      '16:26 plan/unknown-entity',
      '16:64 plan/unknown-entity',
    ]);
    const messages = result.findings.filter((finding) => finding.category === 'consistency').map((finding) => finding.message);
    expect(messages[0]).toMatch(/^"pve1" installed memory stated as 64 GB; Kestra has 32 GiB \(.*two-node-homelab\.yaml\), 86 % off \(tolerance 10 %\)$/);
    expect(messages[1]).toContain('"tank" usable capacity stated as 32 TB; Kestra has 23.11 TB (21.02 TiB) (fact storage/tank/usable), 38 % off');
    expect(messages[2]).toContain('"tank2"');
    expect(messages[3]).toContain('"ups1" UPS runtime stated as 60 minutes; Kestra has 37 min 54 s (fact power/ups1/runtime), 58 % off');
    expect(messages[4]).toMatch(/^the plan names node "pve3", which .*two-node-homelab\.yaml does not have$/);
    expect(result.findings.find((finding) => finding.message.includes('"pve3"'))?.fix).toBe('did you mean "pve1"? Otherwise say where the plan introduces it');
    expect(messages[5]).toContain('"VLAN 50"');
    expect(messages.join('\n')).not.toContain('VLAN 60');
    expect(messages.join('\n')).not.toContain('pve4');
  });

  it('wrong-figures.md: a wider tolerance accepts the runtime but never raw-as-usable', async () => {
    const result = reviewPlanMarkdown(plan('wrong-figures.md'), { spec: await homelabSpec(), tolerance: 1.5 });
    expect(result.findings.filter((finding) => finding.ruleId === 'plan/figure-disagrees').map((finding) => finding.line)).toEqual([]);
    const strict = reviewPlanMarkdown(plan('wrong-figures.md'), { spec: await homelabSpec(), tolerance: 0.5 });
    expect(strict.findings.filter((finding) => finding.ruleId === 'plan/figure-disagrees').map((finding) => finding.line)).toEqual([5, 12]);
  });

  it('SPOFs from the failure analysis that the plan never mentions are reported at its Risks heading', async () => {
    const spec = await homelabSpec({ spofs: [{ id: 'sw1', takesDown: ['pve1', 'pve2', 'nas'] }, { id: 'ap1', takesDown: ['wifi'] }, { id: 'ups1' }] });
    const result = reviewPlanMarkdown(plan('good-homelab.md'), { spec });
    expect(result.findings.map((finding) => [finding.line, finding.ruleId, finding.message])).toEqual([
      [61, 'plan/unmentioned-spof', 'Kestra finds "ap1" is a single point of failure (takes down wifi), but the plan never mentions it'],
    ]);
  });
});
