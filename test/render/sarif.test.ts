/** Kestra's SARIF output validates against the SARIF 2.1.0 JSON Schema and carries rules, locations and suppressions. */
import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { renderSarif } from '../../src/render/sarif/sarif.js';
import { runRules } from '../../src/rules/engine.js';
import { builtInRules } from '../../src/rules/registry.js';
import { exampleFiles } from '../helpers/paths.js';
import { validateSarif as validate } from '../helpers/sarif-schema.js';
import { specModel, TEST_DATE, analysisOf } from '../helpers/rule-tester.js';


describe('SARIF output', () => {
  it.each(exampleFiles)('validates against the SARIF 2.1.0 schema for examples/%s', async (file) => {
    const loaded = await loadSpec(`examples/${file}`);
    if (!loaded.model) throw new Error('example does not load');
    const report = runRules({ model: loaded.model, analysis: runAnalysis(loaded.model, builtInAnalyzers), date: TEST_DATE, diagnostics: loaded.diagnostics, rules: builtInRules });
    const log = JSON.parse(renderSarif(report, builtInRules, '0.1.0'));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0].results.length).toBe(report.findings.length);
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(builtInRules.map((rule) => rule.meta.id));
  });

  it('points results at the spec line, maps severities to levels and keeps waived findings as suppressed', () => {
    const { model, diagnostics } = specModel(`version: 1
site: { name: Test }
power:
  ups:
    - { id: ups1, va: 1500VA, shutdown: { automated: false } }
    - { id: ups2, va: 1500VA, shutdown: { automated: false } }
waivers:
  - { rule: power/no-automated-shutdown, subject: ups2, reason: only feeds a lamp }
`);
    const report = runRules({ model, analysis: analysisOf(), date: TEST_DATE, diagnostics, rules: builtInRules });
    const log = JSON.parse(renderSarif(report, builtInRules, '0.1.0'));
    expect(validate(log)).toBe(true);
    const results = log.runs[0].results.filter((result: { ruleId: string }) => result.ruleId === 'power/no-automated-shutdown');
    expect(results).toMatchObject([
      { level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'spec.yaml' }, region: { startLine: 5, startColumn: 7 } } }] },
      { level: 'error', suppressions: [{ kind: 'inSource', justification: 'only feeds a lamp' }], locations: [{ physicalLocation: { region: { startLine: 6 } } }] },
    ]);
    const rule = log.runs[0].tool.driver.rules[results[0].ruleIndex];
    expect(rule).toMatchObject({ id: 'power/no-automated-shutdown', defaultConfiguration: { level: 'error' }, properties: { tags: ['power'], 'security-severity': '8.0' } });
  });

  it('a log that breaks the schema is rejected (the validator can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
