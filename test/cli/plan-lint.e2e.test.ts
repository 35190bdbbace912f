/**
 * One implementation, two uses: every report `kestra plan` writes for the examples passes `kestra lint`
 * with the example as its spec, with no finding above info — run on the built CLI, on the Markdown as
 * written (ASCII diagrams included), in the default patterns and in all of them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportExampleFiles } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kestra-plan-lint-'));

interface LintJson {
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly { readonly ruleId: string; readonly severity: string; readonly line: number; readonly message: string }[];
  readonly checks: readonly { readonly id: string; readonly status: string }[];
}

let written = 0;

function planThenLint(file: string, extra: readonly string[]): { lint: LintJson; code: number | null } {
  const plan = runCli(['plan', `examples/${file}`, ...extra]);
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(0);
  const report = join(dir, `${file}.${written++}.md`);
  writeFileSync(report, plan.stdout);
  const lint = runCli(['lint', report, '--spec', `examples/${file}`, '--format', 'json', '--fail-on', 'warning']);
  return { lint: JSON.parse(lint.stdout) as LintJson, code: lint.code };
}

const tasks = {
  first: 'Design a two-node Proxmox cluster with shared storage and backup strategy',
  second: 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN',
} as const;

describe('kestra lint --spec on the reports kestra plan writes (built CLI)', () => {
  for (const file of reportExampleFiles) {
    const variants: readonly (readonly string[])[] = [
      [],
      ['--patterns', 'planning-phase,chain-of-thought,rule-based-reasoning,recursive-self-eval,meta-rules,orchestration'],
      // The persona's tasks: designed by the blueprints, planned by the migration planner.
      ['--task', tasks.first],
      ...(file === 'two-node-homelab.yaml' ? [['--task', tasks.second, '--patterns', 'planning-phase,orchestration']] : []),
    ];
    for (const extra of variants) {
      it(`examples/${file} ${extra.join(' ') || '(defaults)'}: no finding above info`, () => {
        const { lint, code } = planThenLint(file, extra);
        expect(lint.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
        expect(code).toBe(0);
        // The spec cross-checks ran: names, figures and single points of failure.
        for (const id of ['plan/unknown-entity', 'plan/figure-disagrees', 'plan/unmentioned-spof']) expect(lint.checks.find((check) => check.id === id)?.status).toBe('passed');
      });
    }
  }
});
