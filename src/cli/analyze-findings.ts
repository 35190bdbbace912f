/**
 * The findings half of `kestra analyze`: runs the rules over the model and facts, applies the
 * baseline, renders text/JSON/SARIF and decides the exit code (1 when a finding at or above
 * --fail-on is present; with a baseline, only new findings count).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../intake/diagnostic.js';
import type { Model } from '../model/types.js';
import { type Baseline, type BaselineComparison, baselineOf, baselineSchema, compareWithBaseline, serializeBaseline } from '../rules/baseline.js';
import type { RuleReport } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import { atOrAbove, type Severity } from '../rules/severity.js';
import { renderDiagnostics } from './diagnostics-output.js';
import type { Io } from './io.js';
import { ruleSetupFor, type RuleSetup } from '../rules/config/rule-setup.js';
import { readRuleConfigs } from './rule-setup.js';
import { UsageError } from '../usage-error.js';

export interface FindingsOptions {
  readonly failOn?: Severity;
  readonly baseline?: string;
  readonly updateBaseline?: boolean;
  readonly config?: string;
  readonly rules?: readonly string[];
}

export interface FindingsOutcome {
  readonly report: RuleReport;
  readonly setup: RuleSetup;
  readonly comparison?: BaselineComparison;
  /** True when a counted finding is at or above --fail-on. */
  readonly failed: boolean;
}

/** Checks a --date value: a real calendar day written YYYY-MM-DD. */
export function checkDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--date "${value}" is not a date`, 'write it YYYY-MM-DD, e.g. --date 2026-10-01');
  }
  return value;
}

/** Loads the rule configuration; prints its diagnostics and returns undefined when it is broken. */
export async function prepareRules(io: Io, model: Model, options: Pick<FindingsOptions, 'config' | 'rules'>): Promise<RuleSetup | undefined> {
  const explicit = [...(options.config ? [options.config] : []), ...(options.rules ?? [])];
  const { config, diagnostics } = await readRuleConfigs(io.cwd, explicit, options.config === undefined);
  const setup = ruleSetupFor(model, config, diagnostics);
  if (setup.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    io.stderr(renderDiagnostics(setup.diagnostics));
    return undefined;
  }
  return setup;
}

type BaselineRead = { readonly ok: true; readonly baseline?: Baseline } | { readonly ok: false };

async function readBaseline(io: Io, path: string, update: boolean): Promise<BaselineRead> {
  let text: string;
  try {
    text = await readFile(join(io.cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && update) return { ok: true };
    throw new UsageError(`baseline "${path}" cannot be read`, 'create it with --update-baseline, or check the path');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const problem: Diagnostic = { severity: 'error', code: 'invalid-baseline', file: path, line: 1, column: 1, message: 'the baseline is not a Kestra baseline file', expected: '{"version": 1, "findings": [...]} as written by --update-baseline', hint: 'regenerate it with --update-baseline' };
    io.stderr(renderDiagnostics([problem]));
    return { ok: false };
  }
  return { ok: true, baseline: parsed.data };
}

/** Applies the baseline to a rule run; writes the baseline when it shrank or --update-baseline asks. Returns undefined on bad input (already reported). */
export async function evaluateFindings(io: Io, report: RuleReport, setup: RuleSetup, options: FindingsOptions): Promise<FindingsOutcome | undefined> {
  let comparison: BaselineComparison | undefined;
  let counted: readonly Finding[] = report.findings;
  if (options.baseline) {
    const read = await readBaseline(io, options.baseline, options.updateBaseline === true);
    if (!read.ok) return undefined;
    comparison = compareWithBaseline(report.findings, read.baseline ?? baselineOf([]));
    if (options.updateBaseline) {
      await io.writeFileAtomic(join(io.cwd, options.baseline), serializeBaseline(baselineOf(report.findings)));
      io.stderr(`baseline ${options.baseline} written with ${report.findings.length} finding(s)\n`);
      counted = [];
    } else {
      counted = comparison.new;
      // Shrink-only: fixed findings leave the baseline; new ones never enter it without --update-baseline.
      if (comparison.fixed.length > 0) {
        await io.writeFileAtomic(join(io.cwd, options.baseline), serializeBaseline(comparison.next));
        io.stderr(`baseline ${options.baseline} shrank by ${comparison.fixed.length} fixed finding(s)\n`);
      }
    }
  }
  const failOn = options.failOn;
  const failed = failOn !== undefined && counted.some((finding) => atOrAbove(finding.severity, failOn));
  return { report, setup, ...(comparison ? { comparison } : {}), failed };
}
