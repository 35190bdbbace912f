/**
 * A section of the analyze tool's answer beyond the facts: failure analysis, findings… Each is one
 * file plus one line in sections.ts; its value appears under its key in the structured answer, with
 * its own output schema, and its text after the facts.
 */
import type { z } from 'zod';
import type { Analysis } from '../../../analyze/run-analysis.js';
import type { Assumption, Model } from '../../../model/types.js';
import type { LoadedInventory } from '../../inventory-input.js';
import type { ConfiguredRules } from '../../rule-config-input.js';

/** What a section computes from. */
export interface AnalyzeSectionContext {
  readonly loaded: LoadedInventory & { readonly model: Model };
  readonly analysis: Analysis;
  /** The rules to run, with the root's rule configuration applied. */
  readonly rules: ConfiguredRules;
  /** Today's date (YYYY-MM-DD) when the caller gave one. */
  readonly date?: string;
  /**
   * Computes a value once per call and shares it between sections, so that findings can use the
   * failure analysis a failure section already ran.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** What a section adds to the answer. */
export interface AnalyzeSectionResult<Value> {
  readonly value: Value;
  /** The section as text, appended to the facts. */
  readonly text?: string;
  /** Defaults the section took for granted; merged into the answer's assumptions. */
  readonly assumptions?: readonly Assumption[];
}

/** A section with its types erased, as the registry holds it. */
export interface AnalyzeSection {
  /** Key of the section in the answer, e.g. "findings". */
  readonly key: string;
  readonly schema: z.ZodType;
  compute(context: AnalyzeSectionContext): Promise<AnalyzeSectionResult<unknown>>;
}

/** Declares a section; its value is checked against its schema at compile time. */
export function defineAnalyzeSection<Schema extends z.ZodType>(section: {
  readonly key: string;
  readonly schema: Schema;
  compute(context: AnalyzeSectionContext): Promise<AnalyzeSectionResult<z.input<Schema>>>;
}): AnalyzeSection {
  return section;
}
