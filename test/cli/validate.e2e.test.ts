import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('kestra validate (built CLI)', () => {
  it.each(exampleFiles)('exits 0 on examples/%s and summarises it', (file) => {
    const result = runCli(['validate', `examples/${file}`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^examples/${file.replace('.', '\\.')}: valid — site ".+": \\d+ hosts`));
  });

  it('prints the located error and exits 2 on a bad fixture, writing nothing to stdout', () => {
    const result = runCli(['validate', 'test/fixtures/bad/dangling-reference.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'test/fixtures/bad/dangling-reference.yaml:10:11: error: "pve11" does not exist (expected the id of a host)\n  hint: did you mean "pve1"?\n1 error(s), 0 warning(s)\n',
    );
  });

  it('gives JSON on request, with the diagnostics', () => {
    const result = runCli(['validate', '--format', 'json', 'test/fixtures/bad/unknown-key.yaml']);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({ valid: false, diagnostics: [{ code: 'unknown-key', line: 7, column: 5 }] });
  });

  it('exits 2 with a usage error for an unknown flag', () => {
    const result = runCli(['validate', '--frobnicate', 'examples/small-office.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--frobnicate'");
  });

  it('exits 2 for an unknown command, suggesting the closest', () => {
    const result = runCli(['validat', 'examples/small-office.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean validate?');
  });

  it('exits 2 for a missing file', () => {
    const result = runCli(['validate', 'nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.yaml:1:1: error: file not found');
  });

  it('never prints a planted secret, on any stream', () => {
    const result = runCli(['validate', 'test/fixtures/bad/secret.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
    expect(result.stdout + result.stderr).not.toContain('ghp_');
    expect(result.stderr).toContain('test/fixtures/bad/secret.yaml:7:5: warning: a secret was found here');
  });

  it('--version prints the package version', () => {
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([['validate'], ['schema'], []])('--help on %s shows an example and exits 0', (...command) => {
    const result = runCli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Example');
  });
});

describe('kestra schema (built CLI)', () => {
  it('prints a JSON Schema', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['version', 'site', 'hosts', 'network', 'storage', 'workloads', 'backups']));
  });
});
