/**
 * A RuleTester in the style of ESLint's: valid, invalid and not-applicable cases, each an inline
 * YAML spec (so the expected line and column can be read off the test), optionally with hand-built
 * facts. Invalid cases assert the complete list of findings: rule id, message id, subject, severity,
 * line and column.
 */
import { describe, expect, it } from 'vitest';
import { type Fact, knownFact, type FactUnit } from '../../src/analyze/fact.js';
import type { Analysis } from '../../src/analyze/run-analysis.js';
import { compareText } from '../../src/intake/diagnostic.js';
import { parseSpec } from '../../src/intake/load-spec.js';
import type { Model } from '../../src/model/types.js';
import { analyzeFailures } from '../../src/failure/failure-analysis.js';
import { runRules, type RuleReport } from '../../src/rules/engine.js';
import type { AnyRule } from '../../src/rules/rule.js';
import type { Severity } from '../../src/rules/severity.js';

export const TEST_DATE = '2026-10-01';

export interface Case {
  readonly name: string;
  readonly spec: string;
  readonly facts?: readonly Fact[];
  readonly date?: string;
  readonly options?: unknown;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly subject: string;
  readonly line: number;
  readonly column: number;
  readonly severity?: Severity;
}

export interface InvalidCase extends Case {
  readonly errors: readonly ExpectedFinding[];
}

/** An analysis made of the given facts, as runAnalysis would return it. */
export function analysisOf(facts: readonly Fact[] = []): Analysis {
  const sorted = [...facts].sort((a, b) => compareText(a.id, b.id));
  return { facts: sorted, byId: new Map(sorted.map((fact) => [fact.id, fact])), assumptions: [], openQuestions: [] };
}

/** A known fact with an id "<layer>/<subject>/<name>". */
export function fact(id: string, value: number | boolean | string, unit: FactUnit): Fact {
  const [layer = 'storage', subject = ''] = id.split('/');
  return knownFact({ id, subject, layer: layer as Fact['layer'], label: id, unit, formula: 'test', inputs: [], value });
}

/** Parses an inline spec; fails the test with its diagnostics when it is not valid. */
export function specModel(text: string, file = 'spec.yaml'): { model: Model; diagnostics: ReturnType<typeof parseSpec>['diagnostics'] } {
  const result = parseSpec(file, text);
  if (!result.model) throw new Error(`test spec is invalid:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return { model: result.model, diagnostics: result.diagnostics };
}

/** Runs one rule over one case. */
export function runCase(rule: AnyRule, testCase: Case): RuleReport {
  const { model, diagnostics } = specModel(testCase.spec);
  const analysis = analysisOf(testCase.facts);
  return runRules({
    model,
    analysis,
    ...(rule.meta.needs?.includes('failure') ? { failure: analyzeFailures(model, analysis) } : {}),
    date: testCase.date ?? TEST_DATE,
    diagnostics,
    rules: [rule],
    ...(testCase.options === undefined ? {} : { settings: { options: { [rule.meta.id]: testCase.options } } }),
  });
}

export const ruleTester = {
  /** Declares the cases of one rule as a describe block. */
  run(rule: AnyRule, cases: { valid: readonly Case[]; invalid: readonly InvalidCase[]; notApplicable?: readonly Case[] }): void {
    describe(rule.meta.id, () => {
      for (const testCase of cases.valid) {
        it(`valid: ${testCase.name}`, () => {
          const report = runCase(rule, testCase);
          expect(report.findings).toEqual([]);
          expect(report.results[0]?.status).toBe('passed');
        });
      }
      for (const testCase of cases.invalid) {
        it(`invalid: ${testCase.name}`, () => {
          const report = runCase(rule, testCase);
          const actual = report.findings.map((finding) => ({
            messageId: finding.messageId,
            subject: finding.subjects[0],
            line: finding.location?.line,
            column: finding.location?.column,
            severity: finding.severity,
          }));
          expect(actual).toEqual(testCase.errors.map((error) => ({ severity: rule.meta.severity, ...error })));
          expect(report.findings.every((finding) => finding.ruleId === rule.meta.id)).toBe(true);
          expect(report.results[0]?.status).toBe('failed');
        });
      }
      for (const testCase of cases.notApplicable ?? []) {
        it(`not applicable: ${testCase.name}`, () => {
          const report = runCase(rule, testCase);
          expect(report.findings).toEqual([]);
          expect(report.results[0]?.status).toBe('not-applicable');
        });
      }
    });
  },
};

/** The spec header every inline case starts with (2 lines). */
export const HEADER = 'version: 1\nsite: { name: Test }\n';

/** The rule's documented examples as a valid and an invalid case (the invalid one with its expected findings). */
export function documentedExamples(rule: AnyRule, errors: readonly ExpectedFinding[], facts: { failing?: readonly Fact[]; passing?: readonly Fact[] } = {}): { valid: Case[]; invalid: InvalidCase[] } {
  return {
    valid: [{ name: 'documented passing example', spec: rule.meta.examples.passing, ...(facts.passing ? { facts: facts.passing } : {}) }],
    invalid: [{ name: 'documented failing example', spec: rule.meta.examples.failing, errors, ...(facts.failing ? { facts: facts.failing } : {}) }],
  };
}
