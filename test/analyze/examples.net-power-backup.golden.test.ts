// Golden files of `kestra analyze <example> --date 2026-10-01` for the network, power, backup and
// observability layers only (storage and compute have their own goldens, so merges of those layers do
// not churn these). JSON comes from the built CLI; text from the same renderer over the same layers.
// UPDATE_GOLDEN=1 rewrites them.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/analyze/fact.js';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { runAnalysis, type Analysis } from '../../src/analyze/run-analysis.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { renderAnalysisText } from '../../src/render/text/analysis.js';
import { expectGolden } from '../helpers/golden.js';
import { exampleFiles } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const asOf = '2026-10-01';
const ownLayers = ['network', 'power', 'backup', 'observability'] as const;
const ownId = (id: string) => (ownLayers as readonly string[]).includes(id.split('/')[0] ?? '');
const ownAssumption = (id: string) => ownId(id) || id.startsWith('units/');

type Counts = Record<(typeof ownLayers)[number] | 'unknown', number>;

/** Facts per layer and unknowns, asserted inline so a careless golden update still fails. */
const expectedCounts: Record<(typeof exampleFiles)[number], Counts> = {
  'two-node-homelab.yaml': { network: 14, power: 14, backup: 75, observability: 17, unknown: 3 },
  'three-node-ceph.yaml': { network: 33, power: 15, backup: 109, observability: 21, unknown: 1 },
  'small-office.yaml': { network: 14, power: 13, backup: 55, observability: 13, unknown: 3 },
};

function countFacts(facts: readonly Fact[]): Counts {
  const counts = Object.fromEntries(ownLayers.map((layer) => [layer, facts.filter((fact) => fact.layer === layer).length])) as Record<(typeof ownLayers)[number], number>;
  return { ...counts, unknown: facts.filter((fact) => fact.status === 'unknown').length };
}

describe.each(exampleFiles)('kestra analyze examples/%s (network, power, backup, observability)', (file) => {
  const name = file.replace(/\.yaml$/u, '');

  it('JSON matches the golden file', () => {
    const result = runCli(['analyze', `examples/${file}`, '--format', 'json', '--date', asOf]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Findings, failure analysis and the run date have goldens of their own.
    const { rules: _rules, date: _date, failure: _failure, ...parsed } = JSON.parse(result.stdout) as {
      facts: Fact[];
      openQuestions: { id: string }[];
      assumptions: { id: string }[];
      rules?: unknown;
      date?: string;
      failure?: unknown;
    };
    const own = {
      ...parsed,
      facts: parsed.facts.filter((fact) => ownId(fact.id)),
      openQuestions: parsed.openQuestions.filter((question) => ownId(question.id)),
      assumptions: parsed.assumptions.filter((assumption) => ownAssumption(assumption.id)),
    };
    expect(countFacts(own.facts)).toEqual(expectedCounts[file]);
    expectGolden(`analyze/${name}.net-power-backup.json`, `${JSON.stringify(own, null, 2)}\n`);
  });

  it('text matches the golden file', async () => {
    const loaded = await loadSpec(`examples/${file}`);
    if (loaded.model === undefined) throw new Error(`examples/${file} does not load`);
    const analysis = runAnalysis(loaded.model, builtInAnalyzers, { asOf });
    const facts = analysis.facts.filter((fact) => ownId(fact.id));
    const own: Analysis = {
      facts,
      byId: new Map(facts.map((fact) => [fact.id, fact])),
      assumptions: analysis.assumptions.filter((assumption) => ownAssumption(assumption.id)),
      openQuestions: analysis.openQuestions.filter((question) => ownId(question.id)),
    };
    const assumptions = [...loaded.assumptions, ...own.assumptions].filter((assumption) => ownAssumption(assumption.id));
    expectGolden(`analyze/${name}.net-power-backup.txt`, renderAnalysisText(`examples/${file}`, loaded.model, own, assumptions));
  });

  it('every fact of these layers carries a unit and a formula, and every unknown a question', () => {
    const result = runCli(['analyze', `examples/${file}`, '--format', 'json', '--date', asOf]);
    const parsed = JSON.parse(result.stdout) as { facts: Fact[] };
    for (const fact of parsed.facts.filter((candidate) => ownId(candidate.id))) {
      expect(fact.unit, fact.id).toBeTruthy();
      expect(fact.formula, fact.id).toBeTruthy();
      if (fact.status === 'unknown') expect(fact.question, fact.id).toMatch(/\?|cannot/u);
    }
  });
});
