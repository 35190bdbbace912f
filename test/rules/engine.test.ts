/** The engine: tri-state results, waivers and their expiry, severity overrides, disabled rules, order, rule bugs. */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/engine.js';
import { noAutomatedShutdown } from '../../src/rules/builtin/power/no-automated-shutdown.js';
import { noUpsMonitoring } from '../../src/rules/builtin/observability/no-ups-monitoring.js';
import { defineRule } from '../../src/rules/rule.js';
import { builtInRules } from '../../src/rules/registry.js';
import { analysisOf, specModel } from '../helpers/rule-tester.js';

const twoUps = (waivers = '') => `version: 1
site: { name: Test }
power:
  ups:
    - { id: ups1, va: 1500VA, shutdown: { automated: false } }
    - { id: ups2, va: 1500VA, shutdown: { automated: false } }
${waivers}`;

function run(spec: string, options: { date?: string; severity?: Record<string, 'critical' | 'high' | 'medium' | 'low' | 'info' | 'off'> } = {}) {
  const { model, diagnostics } = specModel(spec);
  return runRules({ model, analysis: analysisOf(), date: options.date ?? '2026-10-01', diagnostics, rules: [noAutomatedShutdown, noUpsMonitoring], settings: { severity: options.severity ?? {} } });
}

describe('waivers', () => {
  const waived = (expires: string) => twoUps(`waivers:\n  - { rule: power/no-automated-shutdown, subject: ups2, reason: feeds only the modem, expires: ${expires} }\n`);

  it('lists a waived finding apart, with its reason, and marks the rule "waived" only when nothing else fails', () => {
    const report = run(waived('2027-01-01'));
    expect(report.findings.filter((finding) => finding.ruleId === 'power/no-automated-shutdown').map((finding) => finding.subjects[0])).toEqual(['ups1']);
    expect(report.waived).toMatchObject([{ subjects: ['ups2'], waiver: { reason: 'feeds only the modem', expired: false, expires: '2027-01-01' } }]);
    expect(report.counts.waived).toBe(1);
    const all = run(twoUps('waivers:\n  - { rule: power/no-automated-shutdown, subject: "*", reason: lab only }\n'));
    expect(all.results.find((result) => result.ruleId === 'power/no-automated-shutdown')?.status).toBe('waived');
  });

  it('an expired waiver re-surfaces the finding and says so; it applies up to the day before expiry', () => {
    expect(run(waived('2026-10-02')).waived).toHaveLength(1);
    const expired = run(waived('2026-10-01'));
    expect(expired.waived).toEqual([]);
    expect(expired.findings.find((finding) => finding.ruleId === 'power/no-automated-shutdown' && finding.subjects[0] === 'ups2')?.waiver).toMatchObject({ expired: true, reason: 'feeds only the modem' });
  });

  it('reports waivers that match nothing', () => {
    const report = run(twoUps('waivers:\n  - { rule: storage/smr-disk-in-zfs, subject: ups1, reason: stale }\n'));
    expect(report.unusedWaivers.map((waiver) => waiver.rule)).toEqual(['storage/smr-disk-in-zfs']);
  });
});

describe('severity overrides and disabled rules', () => {
  it('an override changes the severity of findings and of the rule result', () => {
    const report = run(twoUps(), { severity: { 'power/no-automated-shutdown': 'critical' } });
    expect(report.findings.filter((finding) => finding.ruleId === 'power/no-automated-shutdown').map((finding) => finding.severity)).toEqual(['critical', 'critical']);
    expect(report.counts.critical).toBe(2);
  });

  it('"off" disables a rule: no findings, status "disabled"', () => {
    const report = run(twoUps(), { severity: { 'observability/no-ups-monitoring': 'off' } });
    expect(report.findings.some((finding) => finding.ruleId === 'observability/no-ups-monitoring')).toBe(false);
    expect(report.results.find((result) => result.ruleId === 'observability/no-ups-monitoring')?.status).toBe('disabled');
  });
});

describe('engine', () => {
  it('records passed, failed and not-applicable, sorted by rule id', () => {
    const report = run(`version: 1\nsite: { name: Test }\npower:\n  ups:\n    - { id: ups1, va: 1500VA, shutdown: { automated: true } }\nmonitoring:\n  checks: { ups: false }\n`);
    expect(report.results.map((result) => [result.ruleId, result.status])).toEqual([
      ['observability/no-ups-monitoring', 'failed'],
      ['power/no-automated-shutdown', 'passed'],
    ]);
    const none = run('version: 1\nsite: { name: Test }\n');
    expect(none.results.map((result) => result.status)).toEqual(['not-applicable', 'not-applicable']);
  });

  it('sorts findings by file, line, column, then rule id, whatever the rule order', () => {
    const { model, diagnostics } = specModel(twoUps());
    const forward = runRules({ model, analysis: analysisOf(), diagnostics, rules: [noAutomatedShutdown, noUpsMonitoring] });
    const backward = runRules({ model, analysis: analysisOf(), diagnostics, rules: [noUpsMonitoring, noAutomatedShutdown] });
    expect(backward).toEqual(forward);
    expect(forward.findings.map((finding) => `${finding.location?.line} ${finding.ruleId}`)).toEqual([
      '5 observability/no-ups-monitoring',
      '5 power/no-automated-shutdown',
      '6 observability/no-ups-monitoring',
      '6 power/no-automated-shutdown',
    ]);
  });

  it('a rule that throws is a bug, reported with the rule id and the subject location', () => {
    const broken = defineRule({
      meta: { ...noAutomatedShutdown.meta, id: 'power/broken', messages: { x: 'x' } },
      subjects: ({ model }) => model.power.ups,
      check() {
        throw new Error('boom');
      },
    });
    const { model } = specModel(twoUps());
    expect(() => runRules({ model, analysis: analysisOf(), rules: [broken] })).toThrow('while running rule power/broken on spec.yaml:5:7: boom');
  });

  it('every built-in rule runs on an empty spec without throwing', () => {
    const { model } = specModel('version: 1\nsite: { name: Empty }\n');
    const report = runRules({ model, analysis: analysisOf(), rules: builtInRules });
    expect(report.results).toHaveLength(builtInRules.length);
    expect(report.findings).toEqual([]);
  });
});
