/**
 * Docs are code: every built-in rule's metadata is complete, and the failing and passing examples
 * in its meta (what `kestra explain` prints) really fail and pass. Examples of rules that read facts
 * run once their analyzers are registered.
 */
import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import { layers } from '../../src/analyze/fact.js';
import { analyzeFailures } from '../../src/failure/failure-analysis.js';
import { runRules } from '../../src/rules/engine.js';
import { placeholders } from '../../src/rules/message-template.js';
import { builtInRules } from '../../src/rules/registry.js';
import { severities } from '../../src/rules/severity.js';
import { specModel, TEST_DATE } from '../helpers/rule-tester.js';

const registered = new Set(builtInAnalyzers.map((analyzer) => analyzer.id));

describe('built-in rule catalog', () => {
  it('has at least 40 rules, sorted by id, with unique ids', () => {
    const ids = builtInRules.map((rule) => rule.meta.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(builtInRules.map((rule) => [rule.meta.id, rule] as const))('%s has complete metadata', (id, rule) => {
    const { meta } = rule;
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(id.split('/')[0]).toBe(meta.layer);
    expect([...layers, 'general']).toContain(meta.layer);
    expect(severities).toContain(meta.severity);
    expect(meta.title.length).toBeGreaterThan(10);
    expect(meta.rationale.length).toBeGreaterThan(60);
    expect(meta.remediation.length).toBeGreaterThan(30);
    for (const reference of meta.references) expect(reference).toMatch(/^https:\/\//);
    if (meta.layer !== 'general') expect(meta.references.length).toBeGreaterThan(0);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const template of Object.values(meta.messages)) expect(placeholders(template as string).every((name) => /^[a-zA-Z]+$/.test(name))).toBe(true);
  });
});

describe.each(builtInRules.map((rule) => [rule.meta.id, rule] as const))('examples of %s', (id, rule) => {
  const runnable = (rule.meta.analyzers ?? []).every((analyzer) => registered.has(analyzer));
  const run = (spec: string) => {
    const { model, diagnostics } = specModel(spec, 'example.yaml');
    const analysis = runAnalysis(model, builtInAnalyzers);
    return runRules({ model, analysis, failure: analyzeFailures(model, analysis), date: TEST_DATE, diagnostics, rules: [rule] });
  };
  it.skipIf(!runnable)('the failing example fires the rule', () => {
    const report = run(rule.meta.examples.failing);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((finding) => finding.ruleId === id)).toBe(true);
  });
  it.skipIf(!runnable)('the passing example does not', () => {
    const report = run(rule.meta.examples.passing);
    expect(report.findings).toEqual([]);
  });
  it('both examples are valid specs', () => {
    expect(() => specModel(rule.meta.examples.failing)).not.toThrow();
    expect(() => specModel(rule.meta.examples.passing)).not.toThrow();
  });
});
