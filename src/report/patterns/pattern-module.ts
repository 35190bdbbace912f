/**
 * A pattern module shapes the report the way the persona's pattern asks (seed "Recommended Patterns").
 * `shapeDraft` runs before the self-review (it changes content the review checks); `shapeFinal` runs on the
 * reviewed report (labels, critique). Both are pure.
 */
import type { PatternId } from '../../intake/invocation/pattern-ids.js';
import type { ReportContext } from '../report-inputs.js';
import type { ReportReview, Section } from '../report-model.js';

export interface PatternModule {
  readonly id: PatternId;
  /** One line on what the pattern does to the report, printed where the report names its patterns. */
  readonly effect: string;
  shapeDraft?(sections: readonly Section[], context: ReportContext): Section[];
  shapeFinal?(sections: readonly Section[], context: ReportContext, review: ReportReview): Section[];
}

/** Declares a pattern module (identity, for inference and one place to grep). */
export function definePattern<const P extends PatternModule>(pattern: P): P {
  return pattern;
}

/** Replaces the section with `id` by `replace(section)`; sections without that id are unchanged. */
export function mapSection(sections: readonly Section[], id: string, replace: (section: Section) => Section): Section[] {
  return sections.map((section) => (section.id === id ? replace(section) : section));
}
