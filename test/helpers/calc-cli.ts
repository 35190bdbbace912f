/** Runs `kestra calc …` on the built CLI and reads its --json answer; shared by the calc e2e tests. */
import { expect } from 'vitest';
import { runCli } from './run-cli.js';

export interface CalcJson {
  title: string;
  results: { key?: string; label: string; value: string; amount?: number | boolean | string; unit?: string; formula?: string }[];
  inputs: { name: string; value: string }[];
  notes: string[];
  sources: string[];
}

/** Runs `kestra calc <args> --json`, expects success, and returns the parsed answer. */
export function calcJson(args: readonly string[]): CalcJson {
  const result = runCli(['calc', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CalcJson;
}

/** The `amount` of the result line with `key`. */
export const amount = (json: CalcJson, key: string) => json.results.find((line) => line.key === key)?.amount;

/** Runs `kestra calc <args>` and expects exit 2, no output, `message` and a hint on stderr. */
export function expectCalcUsageError(args: readonly string[], message: string): void {
  const result = runCli(['calc', ...args]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(message);
  expect(result.stderr).toContain('hint:');
}
