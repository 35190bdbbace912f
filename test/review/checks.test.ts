/**
 * Every check, ESLint-tester style: a plan it accepts, a plan it rejects (with the lines it must
 * report) and, where it has one, a plan it does not apply to.
 */
import { describe, expect, it } from 'vitest';
import { reviewPlanMarkdown } from '../../src/review/index.js';
import { planChecks } from '../../src/review/registry.js';
import type { ReviewSpec } from '../../src/review/types.js';
import { homelabSpec } from './hand-built-spec.js';

interface Case {
  readonly name: string;
  readonly markdown: string;
  /** Lines the check must report, in order; [] for a valid plan; 'n/a' when the check must not apply. */
  readonly lines: readonly number[] | 'n/a';
  readonly spec?: boolean;
}

const steps = (body: string) => `## Rollback\n\nRestore the snapshot.\n\n## Action Steps\n\n${body}`;

const cases: Record<string, readonly Case[]> = {
  'plan/missing-section': [
    { name: 'all sections', markdown: '## Baseline\n## Desired state\n## Design\n## Sizing\n## Operations\n## Risks\n## Runbook\n## Checklist\n', lines: [] },
    { name: 'only a runbook', markdown: '## Runbook\n\n1. Do it.\n', lines: [1, 1, 1, 1, 1, 1, 3] },
  ],
  'plan/missing-rollback': [
    { name: 'rollback section', markdown: '## Rollback\n\nRevert.\n', lines: [] },
    { name: 'every step carries its rollback', markdown: '## Steps\n\n1. Do it. Rollback: undo it.\n', lines: [] },
    { name: 'no rollback anywhere', markdown: '## Steps\n\n1. Do it.\n2. Do more.\n', lines: [4] },
  ],
  'plan/step-without-validation': [
    { name: 'validated steps', markdown: steps('1. Add the disk. Validation: `zpool status` shows ONLINE.\n'), lines: [] },
    { name: 'a bare step', markdown: steps('1. Add the disk.\n2. Check `zpool status`.\n3. Reboot.\n'), lines: [7, 9] },
    { name: 'no steps', markdown: '## Risks\n\n- x\n', lines: 'n/a' },
    {
      name: 'report-style phases with step headings and labelled bullets',
      markdown: steps('### Phase 0: Baseline and backup\n\n#### Step 0.1: Record the baseline\n\n- **Action:** save `pvecm status`.\n- **Validation:** the output is saved.\n- **Rollback:** nothing to undo.\n\n#### Step 0.2: Reboot\n\n- **Action:** reboot.\n'),
      lines: [15],
    },
  ],
  'plan/step-without-rollback': [
    { name: 'general rollback section', markdown: steps('1. Add the disk.\n'), lines: [] },
    { name: 'rollback section naming steps', markdown: '## Action Steps\n\n1. A.\n2. B.\n3. C. Rollback: undo C.\n\n## Rollback\n\nStep 1: revert A.\n', lines: [4] },
    { name: 'no rollback section', markdown: '## Action Steps\n\n1. A.\n', lines: 'n/a' },
    {
      name: 'dotted step numbers: a Rollback section naming step 1.2 covers only 1.2',
      markdown: '## Action Steps\n\n### Step 1.1: A\n\nDo A.\n\n### Step 1.2: B\n\nDo B.\n\n## Rollback\n\nStep 1.2: revert B.\n',
      lines: [3],
    },
  ],
  'plan/steps-not-numbered': [
    { name: 'numbered', markdown: steps('1. A.\n2. B.\n'), lines: [] },
    { name: 'lazy numbering', markdown: steps('1. A.\n1. B.\n1. C.\n'), lines: [] },
    { name: 'bullets', markdown: steps('- A.\n- B.\n'), lines: [7] },
    { name: 'out of order', markdown: steps('1. A.\n3. B.\n2. C.\n'), lines: [9] },
    // "Step 1.2" is not "step 1" again: phase.step numbers are compared part by part.
    { name: 'phase.step headings in order', markdown: steps('### Step 0.1: A\n\nDo A. Validation: ok.\n\n### Step 0.2: B\n\nDo B.\n\n### Step 1.1: C\n\nDo C.\n'), lines: [] },
    { name: 'phase.step headings out of order', markdown: steps('### Step 1.2: A\n\nDo A.\n\n### Step 1.1: B\n\nDo B.\n'), lines: [11] },
    { name: 'no steps', markdown: 'text\n', lines: 'n/a' },
  ],
  'plan/destructive-without-backup': [
    { name: 'snapshot first', markdown: steps('1. `zfs snapshot -r tank@pre`\n2. `zpool destroy old`\n'), lines: [] },
    { name: 'no backup', markdown: steps('1. Remove the node: `pvecm delnode pve2`\n2. `rm -rf /var/lib/vz/dump`\n'), lines: [7, 8] },
    { name: 'a risk describing a reformat', markdown: '## Risks\n\n- A reformat loses data. Mitigation: backups.\n', lines: 'n/a' },
  ],
  'plan/unverified-prerequisites': [
    { name: 'prerequisites section', markdown: '## Prerequisites\n\n- Versions match.\n\n## Steps\n\n1. A.\n', lines: [] },
    { name: 'a pre-check on a step', markdown: steps('1. Pre-check: confirm the backup is fresh, then add the disk.\n'), lines: [] },
    { name: 'nothing verified', markdown: steps('1. Add the disk.\n'), lines: [5] },
  ],
  'plan/risk-without-mitigation': [
    { name: 'mitigated', markdown: '## Risks\n\n- Switch dies → keep a spare.\n', lines: [] },
    { name: 'bare risk and empty section', markdown: '## Risks\n\n- Switch dies.\n- UPS dies. Mitigation: NUT shutdown.\n', lines: [3] },
    { name: 'risks section with no risk in it', markdown: '## Risks\n\n```text\nsw1 --> pve1\n```\n', lines: [1] },
    { name: 'risks section that says none is known', markdown: '## Risks\n\nNone known: no failure analysis ran.\n', lines: [] },
    { name: 'a sub-heading per risk with detail bullets', markdown: '## Risks\n\n### UPS fails\n\n- Impact: all down\n- Mitigation: NUT\n\n### Switch fails\n\n- Impact: all down\n', lines: [8] },
    { name: 'a rules table inside Risks is not a risk', markdown: '## Risks\n\n- Disk dies. Mitigation: mirror.\n\n### Rules in force\n\n- backup/no-offsite-copy\n', lines: [] },
    { name: 'no risks section', markdown: 'text\n', lines: 'n/a' },
  ],
  'plan/spof-not-named': [
    { name: 'named', markdown: '## Risks\n\n- `sw1` is a single point of failure; blast radius: every host.\n', lines: [] },
    { name: 'neither', markdown: '## Risks\n\n- Disks fail.\n', lines: [1, 1] },
  ],
  'plan/no-quantities': [
    { name: 'all four', markdown: 'pve1: 6 cores, 32 GiB RAM, 2.5 GbE, €300.\n', lines: [] },
    { name: 'open question instead', markdown: 'pve1: 6 cores, 32 GiB RAM, 2.5 GbE.\n\n## Open Questions\n\n- What is the budget?\n', lines: [] },
    { name: 'no figures, one without unit', markdown: '## Sizing\n\nRAM: 32, plenty.\n', lines: [1, 1, 1, 1, 3] },
  ],
  'plan/no-security': [
    { name: 'section', markdown: '## Security\n\nSee below.\n', lines: [] },
    { name: 'terms', markdown: 'Firewall the VLAN; MFA on the VPN.\n', lines: [] },
    { name: 'none', markdown: 'Add a disk.\n', lines: [1] },
  ],
  'plan/no-observability': [
    { name: 'terms', markdown: 'Prometheus alerts via ntfy.\n', lines: [] },
    { name: 'none', markdown: '## Operations\n\nAdd a disk.\n', lines: [1] },
  ],
  'plan/vague-filler': [
    { name: 'concrete', markdown: 'Set `zfs_arc_max` to 8 GiB; scrub weekly on Sunday 03:00.\n', lines: [] },
    { name: 'filler', markdown: 'Ensure best practices and tune as needed, etc.\n\n```sh\nls /etc.d\n```\n', lines: [1, 1, 1] },
    { name: 'filler inside Self-Review is not reported', markdown: '## Self-Review\n\nNo "as needed" found.\n', lines: [] },
  ],
  'plan/options-without-table': [
    { name: 'table', markdown: '## Options\n\n| option | cost |\n|---|---|\n| A | €1 |\n', lines: [] },
    { name: 'prose only', markdown: '## Options\n\nOption A is cheaper than option B.\n', lines: [1] },
    { name: 'nothing compared', markdown: 'Add a disk.\n', lines: 'n/a' },
  ],
  'plan/no-diagram': [
    { name: 'ascii', markdown: '## Target State\n\n```\npve1 --> sw1\n```\n', lines: [] },
    { name: 'none', markdown: '## Target State\n\nTwo nodes.\n', lines: [1] },
    { name: 'no architecture', markdown: 'text\n', lines: 'n/a' },
  ],
  'plan/unknown-entity': [
    { name: 'known names', markdown: 'Move `homeassistant` from host `pve1` to `pve2` on VLAN 30.\n', lines: [], spec: true },
    { name: 'typos', markdown: 'Drain node `pve3`.\n\n| host | role |\n|---|---|\n| nas-2 | backup |\n\nTag VLAN 99.\n', lines: [1, 5, 7], spec: true },
    { name: 'introduced', markdown: 'Add a new node `pve3` and create VLAN 99.\n', lines: [], spec: true },
    { name: 'no spec', markdown: 'node `pve3`\n', lines: 'n/a' },
  ],
  'plan/figure-disagrees': [
    { name: 'agrees', markdown: '`tank` has 21 TiB usable; pve2 has 32 GB RAM.\n', lines: [], spec: true },
    { name: 'disagrees', markdown: 'pve2 has 16 GB RAM.\n\n`tank` offers 30 TB usable.\n', lines: [1, 3], spec: true },
    { name: 'no spec', markdown: 'pve2 has 16 GB RAM.\n', lines: 'n/a' },
    {
      name: 'a facts table: row labels name the figure, formula columns hold constants',
      markdown: '| Fact | Host | Value | Formula |\n|---|---|---|---|\n| Memory reserved | `pve1` | 5.2 GiB | Proxmox VE base 2 GiB + ARC |\n| Installed memory | `pve1` | 8 GiB | from the spec |\n',
      lines: [4],
      spec: true,
    },
    {
      name: 'raw and planning capacity rows are those figures, not usable capacity (tank: raw 32 TB, usable 23.11 TB)',
      markdown: '| Figure | Of | Value |\n|---|---|---|\n| Raw capacity | `tank` | 32 TB (29.1 TiB) |\n| Planning capacity | `tank` | 18.49 TB |\n| Usable capacity | `tank` | 32 TB |\n',
      lines: [5],
      spec: true,
    },
    // ups1's runtime is 37 min 54 s (Peukert); a shutdown delay or a compound duration must not be misread.
    { name: 'a shutdown delay is not a runtime', markdown: 'NUT on pve1 shuts `ups1` down after 3 min on battery.\n', lines: [], spec: true },
    { name: 'a compound duration is read whole', markdown: '`ups1` runtime: 37 min 54 s.\n\n`ups1` runtime: 1 h 9 min 9 s.\n', lines: [3], spec: true },
    // pve1 has 14.3 GiB memory headroom: "-14.3 GiB" is another figure, and 14.3 GiB in an After column is the target's.
    { name: 'a minus sign counts', markdown: '| Figure | Host | Value |\n|---|---|---|\n| Memory headroom | `pve1` | -14.3 GiB |\n| Memory headroom | `pve2` | 14.8 GiB |\n', lines: [3], spec: true },
    { name: 'after and target columns state the target, not today', markdown: '| Figure | Host | Before | After |\n|---|---|---|---|\n| Memory headroom | `pve1` | 14.3 GiB | 2 GiB |\n', lines: [], spec: true },
    { name: 'options tables state what each option would give', markdown: '## Options Compared\n\n| Option | Capacity for guests |\n|---|---|\n| NFS from `nas` | 4.29 TB |\n', lines: [], spec: true },
    { name: 'what is left after the host’s reservations is guest memory (pve1: 26.8 GiB)', markdown: 'Host `pve1` has 26.8 GiB left after the host\'s own reservations.\n', lines: [], spec: true },
  ],
  'plan/unmentioned-spof': [
    { name: 'mentioned', markdown: '## Risks\n\n- `sw1` is a SPOF.\n', lines: [], spec: true },
    { name: 'not mentioned', markdown: '## Risks\n\n- Disks fail.\n', lines: [1], spec: true },
    { name: 'no spec', markdown: '## Risks\n', lines: 'n/a' },
  ],
};

describe('each check: valid, invalid and not-applicable plans', () => {
  it('every registered check has cases, and every case names a registered check', () => {
    expect(Object.keys(cases).sort()).toEqual(planChecks.map((check) => check.meta.id).sort());
  });

  for (const [id, list] of Object.entries(cases)) {
    describe(id, () => {
      it.each(list.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
        const spec: ReviewSpec | undefined = entry.spec ? await homelabSpec({ spofs: [{ id: 'sw1', takesDown: ['pve1'] }] }) : undefined;
        const result = reviewPlanMarkdown(entry.markdown, spec ? { spec } : {});
        const check = result.checks.find((candidate) => candidate.id === id);
        const lines = result.findings.filter((finding) => finding.ruleId === id).map((finding) => finding.line);
        if (entry.lines === 'n/a') {
          expect(check?.status).toBe('not-applicable');
          expect(lines).toEqual([]);
        } else {
          expect(lines).toEqual(entry.lines);
          expect(check?.status).toBe(entry.lines.length > 0 ? 'failed' : 'passed');
        }
      });
    });
  }
});
