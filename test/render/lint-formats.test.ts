import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson } from '../../src/render/lint/json.js';
import { lintSarif } from '../../src/render/lint/sarif.js';
import { renderLintText } from '../../src/render/lint/text.js';
import { reviewPlanMarkdown } from '../../src/review/index.js';
import { allPlanRuleMetas } from '../../src/review/registry.js';
import { fixturesDir } from '../helpers/paths.js';
import { validateSarif as validate } from '../helpers/sarif-schema.js';


const plan = (name: string) => readFileSync(join(fixturesDir, 'plans', name), 'utf8');

describe('lint output formats', () => {
  it.each(['chat-assistant.md', 'good-homelab.md', 'destructive-no-backup.md'])('SARIF for %s validates against the SARIF 2.1.0 schema', (name) => {
    const sarif = lintSarif(`test/fixtures/plans/${name}`, reviewPlanMarkdown(plan(name)));
    const valid = validate(JSON.parse(JSON.stringify(sarif)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects a broken log, so the validation above can fail', () => {
    const sarif = lintSarif('plan.md', reviewPlanMarkdown(plan('chat-assistant.md')));
    const broken = { ...sarif, runs: [{ ...sarif.runs[0], results: [{ ...sarif.runs[0]?.results[0], level: 'fatal' }] }] };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('SARIF lists every rule once, sorted, and points each result at its rule and 1-based region', () => {
    const result = reviewPlanMarkdown(plan('destructive-no-backup.md'));
    const sarif = lintSarif('plans/destructive no backup.md', result);
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(allPlanRuleMetas.map((meta) => meta.id));
    const first = run?.results.find((entry) => entry.ruleId === 'plan/destructive-without-backup');
    expect(first?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'plans/destructive%20no%20backup.md', index: 0 }, region: { startLine: 17, startColumn: 4 } });
    expect(run?.tool.driver.rules[first?.ruleIndex ?? -1]?.id).toBe('plan/destructive-without-backup');
    expect(first?.level).toBe('error');
  });

  it('text output: one located line per finding with its fix, then scores and recognised sections', () => {
    const text = renderLintText('plan.md', reviewPlanMarkdown(plan('missing-rollback.md')));
    expect(text).toBe(
      [
        'plan.md:49:1  error  plan/missing-rollback  no Rollback section; 3 of 3 steps say nothing about undoing them (first at line 38)',
        '  fix: add a "## Rollback" section before "Assumptions & Open Questions" (line 49): per step, how to return to the last good state, and the point of no return',
        '',
        'Score 88/100 (structure 50, risks 100, steps 100, quantities 100, coverage 100, clarity 100, consistency n/a)',
        '1 error(s), 0 warning(s), 0 info from 12 of 18 checks (3 steps, 1 risks)',
        'Sections recognised: Current State (baseline) "Current State" (line 3); Target State "Target State" (line 8); Architecture Narrative "Architecture Narrative" (line 12); Component Breakdown "Component Breakdown" (line 20); Operational Considerations "Operational Considerations" (line 26); Risks "Risks" (line 31); Action Steps "Action Steps" (line 36); Validation & Monitoring Checklist "Validation & Monitoring Checklist" (line 44); Assumptions & Open Questions "Assumptions & Open Questions" (line 49)',
        '',
      ].join('\n'),
    );
  });

  it('JSON output carries the findings, checks and scores', () => {
    const json = lintJson('plan.md', reviewPlanMarkdown(plan('missing-rollback.md')), 'spec.yaml');
    expect(json).toMatchObject({ tool: { name: 'kestra' }, file: 'plan.md', spec: 'spec.yaml', counts: { error: 1, warning: 0, info: 0 }, findings: [{ ruleId: 'plan/missing-rollback', line: 49, column: 1 }] });
    expect(json.checks.find((check) => check.id === 'plan/missing-rollback')).toMatchObject({ status: 'failed', findings: 1, score: 0 });
  });
});
