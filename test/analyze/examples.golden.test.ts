// Golden files of `kestra analyze <example>` for the storage and compute layers only (the other layers
// have their own analyzers and goldens). JSON comes from the built CLI; text from the same renderer
// over the same layers. UPDATE_GOLDEN=1 rewrites them.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/intake/load-spec.js';
import { runAnalysis, type Analysis } from '../../src/analyze/run-analysis.js';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { renderAnalysisText } from '../../src/render/text/analysis.js';
import type { Fact } from '../../src/analyze/fact.js';
import { exampleFiles } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { expectGolden } from '../helpers/golden.js';

const ownLayers = new Set(['storage', 'compute']);
const ownId = (id: string) => ownLayers.has(id.split('/')[0] ?? '');
const ownAssumption = (id: string) => ownId(id) || id.startsWith('units/');

/** Fact counts per layer and unknowns: asserted inline so a careless golden update still fails. */
const expectedCounts: Record<(typeof exampleFiles)[number], { storage: number; compute: number; unknown: number }> = {
  'two-node-homelab.yaml': { storage: 31, compute: 24, unknown: 2 },
  'three-node-ceph.yaml': { storage: 22, compute: 32, unknown: 0 },
  'small-office.yaml': { storage: 29, compute: 16, unknown: 0 },
};

function countFacts(facts: readonly Fact[]) {
  return {
    storage: facts.filter((fact) => fact.layer === 'storage').length,
    compute: facts.filter((fact) => fact.layer === 'compute').length,
    unknown: facts.filter((fact) => fact.status === 'unknown').length,
  };
}

describe.each(exampleFiles)('kestra analyze examples/%s (storage and compute)', (file) => {
  const name = file.replace(/\.yaml$/u, '');

  it('JSON matches the golden file', () => {
    const result = runCli(['analyze', `examples/${file}`, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { rules: _rules, date: _date, failure: _failure, ...parsed } = JSON.parse(result.stdout) as { facts: Fact[]; openQuestions: { id: string }[]; assumptions: { id: string }[]; rules?: unknown; date?: string; failure?: unknown };
    const own = {
      ...parsed,
      facts: parsed.facts.filter((fact) => ownLayers.has(fact.layer)),
      openQuestions: parsed.openQuestions.filter((question) => ownId(question.id)),
      assumptions: parsed.assumptions.filter((assumption) => ownAssumption(assumption.id)),
    };
    expect(countFacts(own.facts)).toEqual(expectedCounts[file]);
    expectGolden(`analyze/${name}.storage-compute.json`, `${JSON.stringify(own, null, 2)}\n`);
  });

  it('text matches the golden file', async () => {
    const loaded = await loadSpec(`examples/${file}`);
    if (loaded.model === undefined) throw new Error(`examples/${file} does not load`);
    const analysis = runAnalysis(loaded.model, builtInAnalyzers);
    const facts = analysis.facts.filter((fact) => ownLayers.has(fact.layer));
    const own: Analysis = { facts, byId: new Map(facts.map((fact) => [fact.id, fact])), assumptions: analysis.assumptions.filter((a) => ownAssumption(a.id)), openQuestions: analysis.openQuestions.filter((q) => ownId(q.id)) };
    const assumptions = [...loaded.assumptions, ...own.assumptions].filter((assumption) => ownAssumption(assumption.id));
    expectGolden(`analyze/${name}.storage-compute.txt`, renderAnalysisText(`examples/${file}`, loaded.model, own, assumptions));
  });
});
