/**
 * An analyzer turns the model into facts for one layer. Analyzers compute; they never judge (rules
 * do that) and never read files. They are pure, synchronous and deterministic.
 */
import type { Assumption, Model } from '../model/types.js';
import type { Fact, Layer } from './fact.js';

/** What an analyzer sees: the model and the facts of the analyzers it depends on. */
export interface AnalysisContext {
  readonly model: Model;
  /** Facts computed so far, by id. */
  readonly facts: ReadonlyMap<string, Fact>;
  /** Today's date (YYYY-MM-DD) when the caller gave one (`--date`); analyzers never read the clock. */
  readonly asOf?: string;
}

export interface AnalyzerOutput {
  readonly facts: readonly Fact[];
  /** Defaults the analyzer took for granted (e.g. "ashift 12 when not given"). */
  readonly assumptions?: readonly Assumption[];
}

export interface Analyzer {
  /** Stable id, also the file name: "storage", "power". */
  readonly id: string;
  readonly layer: Layer;
  readonly title: string;
  /** Analyzers whose facts this one reads; they run first. */
  readonly dependsOn?: readonly string[];
  analyze(context: AnalysisContext): AnalyzerOutput;
}

/** Declares an analyzer; the identity function exists for type inference and a single place to grep. */
export function defineAnalyzer<const A extends Analyzer>(analyzer: A): A {
  return analyzer;
}
