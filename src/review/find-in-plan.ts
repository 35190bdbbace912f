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

/** What the matchers search, per plan: runs and code blocks outside Self-Review, and each kind's text joined for a quick "any match at all?". */
interface Searchable {
  readonly runs: Readonly<Record<TextRun['kind'], readonly TextRun[]>>;
  readonly joined: Readonly<Record<TextRun['kind'], string>>;
  readonly codeBlocks: PlanDocument['codeBlocks'];
  readonly joinedCode: string;
}

// Plans are immutable once parsed; the checks of one review share this work (it was most of their time).
const searchables = new WeakMap<PlanDocument, Searchable>();

function searchableOf(plan: PlanDocument): Searchable {
  let found = searchables.get(plan);
  if (found) return found;
  const outside = new Map<number, boolean>();
  const keep = (line: number) => {
    let value = outside.get(line);
    if (value === undefined) outside.set(line, (value = !inReviewSection(plan, line)));
    return value;
  };
  const runs = { text: [] as TextRun[], 'inline-code': [] as TextRun[] };
  for (const run of plan.runs) if (keep(run.position.line)) runs[run.kind].push(run);
  const codeBlocks = plan.codeBlocks.filter((block) => keep(block.position.line));
  found = {
    runs,
    joined: { text: runs.text.map((run) => run.text).join('\u0000'), 'inline-code': runs['inline-code'].map((run) => run.text).join('\u0000') },
    codeBlocks,
    joinedCode: codeBlocks.map((block) => block.value).join('\u0000'),
  };
  searchables.set(plan, found);
  return found;
}

/** False only when `pattern` cannot match any of the pieces joined in `joined` (anchored patterns are always searched). */
function mayMatch(pattern: RegExp, joined: string): boolean {
  if (/[\^$]/.test(pattern.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''))) return true;
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(joined);
}

/** Every match of a global `pattern` in text runs of the given kinds, outside Self-Review sections. */
export function matchRuns(plan: PlanDocument, pattern: RegExp, kinds: readonly TextRun['kind'][]): PlanMatch[] {
  const matches: PlanMatch[] = [];
  const searchable = searchableOf(plan);
  const global = globalOf(pattern);
  for (const kind of kinds) {
    if (!mayMatch(pattern, searchable.joined[kind])) continue;
    for (const run of searchable.runs[kind]) {
      for (const match of run.text.matchAll(global)) {
        const offset = run.offset === undefined ? undefined : run.offset + (match.index ?? 0);
        matches.push({
          text: match[0],
          at: offset === undefined ? run.position : plan.positionAt(offset),
          source: run.kind,
          ...(offset === undefined ? {} : { offset }),
        });
      }
    }
  }
  // Document order, as when runs were walked once for every kind.
  return kinds.length > 1 ? matches.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column) : matches;
}

/** Every match of a global `pattern` in code blocks, line by line. */
export function matchCode(plan: PlanDocument, pattern: RegExp): PlanMatch[] {
  const matches: PlanMatch[] = [];
  const searchable = searchableOf(plan);
  if (!mayMatch(pattern, searchable.joinedCode)) return matches;
  const global = globalOf(pattern);
  for (const block of searchable.codeBlocks) {
    block.value.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(global)) {
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

/** True when `pattern` matches anywhere in the plan's prose or inline code outside Self-Review (matchRuns without collecting). */
export function hasMatch(plan: PlanDocument, pattern: RegExp): boolean {
  const searchable = searchableOf(plan);
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return (['text', 'inline-code'] as const).some((kind) => mayMatch(pattern, searchable.joined[kind]) && searchable.runs[kind].some((run) => single.test(run.text)));
}

/** Distinct lower-cased matches of `pattern` over the plan's prose and inline code, outside Self-Review. */
export function distinctTerms(plan: PlanDocument, pattern: RegExp): Set<string> {
  return new Set(matchRuns(plan, pattern, ['text', 'inline-code']).map((match) => match.text.toLowerCase()));
}

function globalOf(pattern: RegExp): RegExp {
  return pattern.global ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, `${pattern.flags}g`);
}
