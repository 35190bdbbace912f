import { describe, expect, it } from 'vitest';
import { patternIds } from '../../src/intake/invocation/pattern-ids.js';
import { sectionOrder } from '../../src/report/section-ids.js';
import { buildExampleReport } from '../helpers/build-example-report.js';
import { exampleFiles } from '../helpers/paths.js';
import { sectionText } from '../helpers/section-text.js';

describe('buildReport on the examples', () => {
  it.each(exampleFiles)('%s: every section in DESIGN.md order, and its own review passes', async (file) => {
    const report = await buildExampleReport(file);
    expect(report.sections.map((section) => section.id)).toEqual(sectionOrder);
    expect(report.review.checks.filter((check) => !check.passed)).toEqual([]);
    expect(report.review.passed).toBe(true);
  });

  it.each(exampleFiles)('%s: passes its review with every pattern in force', async (file) => {
    const report = await buildExampleReport(file, { patterns: patternIds });
    expect(report.review.passed).toBe(true);
    expect(report.sections.map((section) => section.id)).toEqual(['planning-phase', ...sectionOrder]);
  });

  it('invents no risk and no conclusion without rules or failure analysis, and says what is missing', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml');
    const risks = report.sections.find((section) => section.id === 'risks');
    expect(risks?.blocks.some((block) => block.kind === 'table')).toBe(false);
    expect(sectionText(risks)).toMatch(/no risk is listed rather than one guessed/);
    expect(report.findings).toEqual([]);
    // The spec's own tables state CPU, RAM, link speeds and a budget, so lint asks no figure question; the
    // missing analyses are asked for.
    expect(report.openQuestions.map((question) => question.id)).toEqual(['report/failure-analysis', 'report/rules']);
    // The revision is what added them, and it says so.
    expect(report.review.revisions.map((revision) => revision.check)).toEqual(['Single points of failure computed by the failure analysis', 'Guardrail findings computed by the rules']);
  });

  it('describes the baseline from the model: hosts with CPU and RAM, VLANs with zones and subnets, pools, backups', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml');
    const current = sectionText(report.sections.find((section) => section.id === 'current-state'));
    expect(current).toContain('pve1 | hypervisor | Lenovo ThinkCentre M720q Tiny | Intel Core i5-8500T, 6 cores / 6 threads | 32 GiB');
    expect(current).toContain('iot | 30 | iot | 10.0.30.0/24 | gw | gw | 27');
    expect(current).toContain('tank | nas | raidz1 (4 disks) | 4× 8 TB hdd | 14.2 TB (12.91 TiB)');
    expect(current).toContain('nightly-vzdump | vzdump | homeassistant, adguard, nextcloud, docker, jellyfin | nas-backups | every day at 02:00');
  });

  it('counts identical components per layer in the Component Breakdown', async () => {
    const report = await buildExampleReport('three-node-ceph.yaml');
    const breakdown = sectionText(report.sections.find((section) => section.id === 'component-breakdown'));
    expect(breakdown).toContain('Minisforum MS-01 | hypervisor | Intel Core i9-13900H, 14 cores / 20 threads | 96 GiB | 3 | pve1, pve2, pve3');
    expect(breakdown).toContain('Samsung PM9A3 3.84TB U.2 | nvme | 3.84 TB (3.49 TiB) | 6 | pve1, pve2, pve3');
  });

  it('is deterministic: the same input gives an equal report', async () => {
    expect(await buildExampleReport('small-office.yaml', { patterns: patternIds })).toEqual(await buildExampleReport('small-office.yaml', { patterns: patternIds }));
  });
});
