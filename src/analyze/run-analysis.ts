/** Runs analyzers in dependency order and gathers their facts, assumptions and open questions. */
import { compareText } from '../intake/diagnostic.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { Analyzer } from './analyzer.js';
import type { Fact } from './fact.js';

export interface Analysis {
  /** Every fact, sorted by id. */
  readonly facts: readonly Fact[];
  readonly byId: ReadonlyMap<string, Fact>;
  /** Assumptions the analyzers made, merged by id. */
  readonly assumptions: readonly Assumption[];
  /** One question per unknown fact, sorted by id. */
  readonly openQuestions: readonly OpenQuestion[];
}

/** Options of one analysis run. */
export interface AnalysisOptions {
  /** Today's date (YYYY-MM-DD) for facts that age, such as the days since a restore test. */
  readonly asOf?: string;
}

/** Runs `analyzers` over `model`; an analyzer runs after those it depends on (ties broken by id). */
export function runAnalysis(model: Model, analyzers: readonly Analyzer[], options: AnalysisOptions = {}): Analysis {
  const facts = new Map<string, Fact>();
  const assumptions = new Map<string, Assumption>();
  for (const analyzer of orderAnalyzers(analyzers)) {
    let output;
    try {
      output = analyzer.analyze({ model, facts, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`while running analyzer "${analyzer.id}" on ${model.files.join(', ')}: ${message}`, { cause: error });
    }
    for (const fact of output.facts) {
      if (facts.has(fact.id)) throw new Error(`analyzer "${analyzer.id}" produced fact "${fact.id}" twice`);
      facts.set(fact.id, fact);
    }
    for (const assumption of output.assumptions ?? []) {
      const existing = assumptions.get(assumption.id);
      assumptions.set(assumption.id, existing ? { ...existing, sources: [...existing.sources, ...assumption.sources] } : assumption);
    }
  }
  const sorted = [...facts.values()].sort((a, b) => compareText(a.id, b.id));
  return {
    facts: sorted,
    byId: new Map(sorted.map((fact) => [fact.id, fact])),
    assumptions: [...assumptions.values()].sort((a, b) => compareText(a.id, b.id)),
    openQuestions: sorted
      .filter((fact) => fact.status === 'unknown')
      .map((fact) => ({ id: fact.id, subject: fact.subject, text: fact.status === 'unknown' ? fact.question : '', ...(fact.source ? { source: fact.source } : {}) })),
  };
}

/** Topological order of analyzers by `dependsOn`, ties broken by id so the order never varies. */
export function orderAnalyzers(analyzers: readonly Analyzer[]): Analyzer[] {
  const byId = new Map(analyzers.map((analyzer) => [analyzer.id, analyzer]));
  const ordered: Analyzer[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (analyzer: Analyzer, chain: readonly string[]) => {
    const current = state.get(analyzer.id);
    if (current === 'done') return;
    if (current === 'visiting') throw new Error(`analyzers depend on each other in a cycle: ${[...chain, analyzer.id].join(' -> ')}`);
    state.set(analyzer.id, 'visiting');
    for (const dependency of [...(analyzer.dependsOn ?? [])].sort(compareText)) {
      const upstream = byId.get(dependency);
      if (!upstream) throw new Error(`analyzer "${analyzer.id}" depends on unknown analyzer "${dependency}"`);
      visit(upstream, [...chain, analyzer.id]);
    }
    state.set(analyzer.id, 'done');
    ordered.push(analyzer);
  };
  for (const analyzer of [...analyzers].sort((a, b) => compareText(a.id, b.id))) visit(analyzer, []);
  return ordered;
}
