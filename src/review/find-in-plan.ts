/** Finds patterns in a parsed plan's prose and code, at their exact source positions. */
import type { PlanDocument, TextRun } from './parse/plan-document.js';
import type { SectionKind } from './parse/section-synonyms.js';
import type { PlanPosition } from './types.js';

export interface PlanMatch {
  readonly text: string;
  readonly at: PlanPosition;
  /** Source offset of the match, when exact. */
  readonly offset?: number;
  readonly source: 'text' | 'inline-code' | 'code';
}

/** Sections whose text is about the review itself, never checked for filler or coverage words. */
const reviewKinds: readonly SectionKind[] = ['self-review'];

/** True when `line` lies in a Self-Review section. */
export function inReviewSection(plan: PlanDocument, line: number): boolean {
  return plan.sectionsAt(line).some((section) => section.heading.kinds.some((kind) => reviewKinds.includes(kind)));
}

/** Every match of a global `pattern` in text runs of the given kinds, outside Self-Review sections. */
export function matchRuns(plan: PlanDocument, pattern: RegExp, kinds: readonly TextRun['kind'][]): PlanMatch[] {
  const matches: PlanMatch[] = [];
  for (const run of plan.runs) {
    if (!kinds.includes(run.kind) || inReviewSection(plan, run.position.line)) continue;
    for (const match of run.text.matchAll(globalOf(pattern))) {
      const offset = run.offset === undefined ? undefined : run.offset + (match.index ?? 0);
      matches.push({
        text: match[0],
        at: offset === undefined ? run.position : plan.positionAt(offset),
        source: run.kind,
        ...(offset === undefined ? {} : { offset }),
      });
    }
  }
  return matches;
}

/** Every match of a global `pattern` in code blocks, line by line. */
export function matchCode(plan: PlanDocument, pattern: RegExp): PlanMatch[] {
  const matches: PlanMatch[] = [];
  for (const block of plan.codeBlocks) {
    if (inReviewSection(plan, block.position.line)) continue;
    block.value.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(globalOf(pattern))) {
        const at = { line: block.firstLine + index, column: block.firstColumn + (match.index ?? 0) };
        matches.push({ text: match[0], at, offset: plan.lineOffset(at.line) + at.column - 1, source: 'code' });
      }
    });
  }
  return matches;
}

/** The position of the first section of the first kind present, else the top of the plan. */
export function anchorOf(plan: PlanDocument, kinds: readonly SectionKind[]): PlanPosition {
  for (const kind of kinds) {
    const section = plan.sectionsOf(kind)[0];
    if (section) return section.heading.position;
  }
  return { line: 1, column: 1 };
}

/** Distinct lower-cased matches of `pattern` over the plan's prose and inline code, outside Self-Review. */
export function distinctTerms(plan: PlanDocument, pattern: RegExp): Set<string> {
  return new Set(matchRuns(plan, pattern, ['text', 'inline-code']).map((match) => match.text.toLowerCase()));
}

function globalOf(pattern: RegExp): RegExp {
  return pattern.global ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, `${pattern.flags}g`);
}
