import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { validateSarif } from '../helpers/sarif-schema.js';

const plans = 'test/fixtures/plans';
const scratch = mkdtempSync(join(tmpdir(), 'kestra-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('kestra lint (built CLI)', () => {
  it('exits 0 on a good plan and prints the score', () => {
    const result = runCli(['lint', `${plans}/good-homelab.md`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Score 100/100');
  });

  it('exits 1 when a finding reaches --fail-on (error by default), 0 with --fail-on none', () => {
    const failing = runCli(['lint', `${plans}/chat-assistant.md`]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`${plans}/chat-assistant.md:11:25  warning  plan/vague-filler  vague filler "as needed"`);
    expect(runCli(['lint', `${plans}/chat-assistant.md`, '--fail-on', 'none']).code).toBe(0);
  });

  it('warnings pass by default and fail with --fail-on warning', () => {
    expect(runCli(['lint', `${plans}/runbook-table.md`]).code).toBe(0);
    expect(runCli(['lint', `${plans}/runbook-table.md`, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['lint', `${plans}/good-homelab.md`, '--fail-on', 'info']).code).toBe(0);
  });

  it('with --spec, reports names the spec lacks and figures that disagree with it', () => {
    const result = runCli(['lint', `${plans}/wrong-figures.md`, '--spec', 'examples/two-node-homelab.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${plans}/wrong-figures.md:5:10  error    plan/figure-disagrees  "pve1" installed memory stated as 64 GB; Kestra has 32 GiB (examples/two-node-homelab.yaml)`);
    expect(result.stdout).toContain(`${plans}/wrong-figures.md:16:26  warning  plan/unknown-entity  the plan names node "pve3", which examples/two-node-homelab.yaml does not have`);
    expect(result.stdout).toContain('  fix: did you mean "pve1"? Otherwise say where the plan introduces it');
    expect(result.stdout).not.toContain('"pve4"');
  });

  it('with --spec, a plan that names every single point of failure of the example passes clean', () => {
    const result = runCli(['lint', `${plans}/good-homelab.md`, '--spec', 'examples/two-node-homelab.yaml', '--fail-on', 'info']);
    expect(result.stdout).toContain('0 error(s), 0 warning(s), 0 info');
    expect(result.code).toBe(0);
  });

  it('with --spec, the single points of failure the plan never mentions are reported', () => {
    const result = runCli(['lint', `${plans}/missing-rollback.md`, '--spec', 'examples/small-office.yaml', '--format', 'json']);
    const unmentioned = JSON.parse(result.stdout).findings.filter((finding: { ruleId: string }) => finding.ruleId === 'plan/unmentioned-spof');
    expect(unmentioned.map((finding: { message: string }) => /"([^"]+)"/.exec(finding.message)?.[1])).toEqual(['accounting', 'dc', 'fw', 'isp', 'office-mains', 'srv1', 'sw1', 'ups1']);
  });

  it('--tolerance widens the agreement band', () => {
    const result = runCli(['lint', `${plans}/wrong-figures.md`, '--spec', 'examples/two-node-homelab.yaml', '--tolerance', '200%']);
    expect(result.stdout).not.toContain('plan/figure-disagrees');
  });

  it('--format sarif prints a SARIF 2.1.0 log that validates against the schema', () => {
    const result = runCli(['lint', `${plans}/destructive-no-backup.md`, '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results.filter((entry: { ruleId: string }) => entry.ruleId === 'plan/destructive-without-backup')).toHaveLength(3);
  });

  it('--format json prints the findings and scores', () => {
    const result = runCli(['lint', `${plans}/missing-rollback.md`, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: `${plans}/missing-rollback.md`, findings: [{ ruleId: 'plan/missing-rollback', line: 49 }], scores: { overall: 88 } });
  });

  it('bad input exits 2 with a located error and nothing on stdout', () => {
    const binary = join(scratch, 'plan.pdf');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01]));
    const empty = join(scratch, 'empty.md');
    writeFileSync(empty, '  \n');
    for (const [args, message] of [
      [['lint', 'nope.md'], 'nope.md:1:1: error: file not found'],
      [['lint', binary], 'looks like a binary file'],
      [['lint', empty], 'file is empty (expected a Markdown plan)'],
      [['lint', `${plans}/good-homelab.md`, '--spec', 'test/fixtures/bad/dangling-reference.yaml'], 'dangling-reference.yaml:10:11: error'],
    ] as const) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    }
  });

  it('usage errors exit 2', () => {
    expect(runCli(['lint']).code).toBe(2);
    expect(runCli(['lint', `${plans}/good-homelab.md`, '--format', 'html']).code).toBe(2);
    expect(runCli(['lint', `${plans}/good-homelab.md`, '--fail-on', 'fatal']).code).toBe(2);
    const tolerance = runCli(['lint', `${plans}/good-homelab.md`, '--tolerance', 'lots']);
    expect(tolerance.code).toBe(2);
    expect(tolerance.stderr).toContain('--tolerance "lots" is not a percentage');
  });

  it('--help documents formats, --fail-on and exit codes', () => {
    const result = runCli(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--fail-on <severity>');
    expect(result.stdout).toContain('Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 invalid input or usage.');
  });
});
