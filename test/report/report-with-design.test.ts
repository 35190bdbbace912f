import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planReport } from '../../src/cli/commands/plan/plan-report.js';
import { ruleSetupFor } from '../../src/rules/config/rule-setup.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { EMPTY_RULE_CONFIG } from '../../src/rules/config/parse-config.js';
import { examplesDir } from '../helpers/paths.js';
import { sectionText } from '../helpers/section-text.js';

const TASK = 'Design a two-node Proxmox cluster with shared storage and backup strategy';

async function designedReport(task = TASK) {
  const result = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
  if (!result.model) throw new Error('example does not load');
  const model = result.model;
  return planReport({ current: { files: ['examples/two-node-homelab.yaml'], result: { ...result, model } }, task, ruleSetup: ruleSetupFor(model, EMPTY_RULE_CONFIG, []) });
}

const text = (report: Awaited<ReturnType<typeof designedReport>>, id: string) => sectionText(report.sections.find((section) => section.id === id));

describe('the report of a task the blueprints design', () => {
  it('compares each decision’s options in a table, with the choice and the rules it rests on', async () => {
    const options = text(await designedReport(), 'options-compared');
    expect(options).toContain('Proxmox VE cluster: How does the cluster keep quorum when a node fails?');
    expect(options).toContain('Option | Expected votes | Quorum | Node failures tolerated |');
    expect(options).toMatch(/QDevice \(corosync-qnetd\) on nas \| 3 \| 2 \| 1 \|/);
    expect(options).toContain('Chosen: QDevice (corosync-qnetd) on nas.');
    expect(options).toContain('Rules: [cluster/two-node-without-qdevice], [cluster/ha-with-fewer-than-three-votes].');
  });

  it('takes the target from the design: what changes, figures before and after, purchases, and the findings it fixes', async () => {
    const report = await designedReport();
    const target = text(report, 'target-state');
    expect(target).toContain('Proxmox VE cluster: QDevice (corosync-qnetd) on nas');
    expect(target).toContain('backup jobs | offsite-copy, pbs-guests | nightly-vzdump | —');
    expect(target).toContain('Achieved RPO | adguard, docker, homeassistant, jellyfin, nextcloud, uptime-kuma, vaultwarden | 1.04 days | 7 h');
    expect(target).toContain('Cost of the purchases: 305.00 EUR.');
    // The cluster design adds the third vote, so the two-node finding is the migration's, not a remediation.
    const fixed = report.findings.filter((finding) => finding.fixedByTarget).map((finding) => finding.ruleId);
    expect(fixed).toContain('cluster/two-node-without-qdevice');
    expect(target).not.toContain('[cluster/two-node-without-qdevice]');
  });

  it('runs the migration’s phases first, then the remediations of what the target leaves as their own phases', async () => {
    const report = await designedReport();
    const phases = report.sections.find((section) => section.id === 'action-steps')?.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : [])) ?? [];
    expect(phases).toEqual([
      'Constraints checked on every intermediate state',
      'Phase 1: Prepare (migration)',
      'Phase 2: Build (migration)',
      'Phase 3: Cut-over (migration)',
      'Phase 4: Decommission (migration)',
      'Phase 5: Verify (migration)',
      'Phase 6: Remediation: critical and high findings',
      'Phase 7: Remediation: medium findings',
      'Phase 8: Remediation: low findings and open questions',
    ]);
    // Every step, the planner's included, says what must hold first, how to check it and how to undo it.
    for (const step of report.steps) {
      expect(step.preChecks.length, step.id).toBeGreaterThan(0);
      expect(step.validation.length, step.id).toBeGreaterThan(0);
      expect(step.rollback.length, step.id).toBeGreaterThan(0);
    }
    expect(text(report, 'action-steps')).toContain('zero-downtime | homeassistant | kept |');
    expect(text(report, 'rollback')).toContain('Rolling back a design as a whole');
    expect(report.review.passed).toBe(true);
  });

  it('says what is supported when no blueprint understands the task, and reviews the site instead', async () => {
    const report = await designedReport('Paint the rack blue');
    expect(text(report, 'options-compared')).toContain('No blueprint understands the task "Paint the rack blue", so there are no options to compare; the plan reviews the current state instead. What Kestra designs:');
    expect(report.sections.find((section) => section.id === 'action-steps')?.blocks.some((block) => block.kind === 'heading' && block.text === 'Phase 0: Baseline and backup')).toBe(true);
    expect(report.review.passed).toBe(true);
  });
});
