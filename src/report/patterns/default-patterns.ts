/** Patterns chosen when none are given: by what the task asks for, stated in the report with the reason. */
import { type PatternId, patternIds } from '../../intake/invocation/pattern-ids.js';
import type { Model } from '../../model/types.js';

export interface PatternChoice {
  readonly patterns: readonly PatternId[];
  readonly reason: string;
}

/** Tasks that change a running site: scope first, then stage the work (seed: planning-phase "when scoping multi-stage upgrades"). */
const migrationTask = /\b(migrat\w*|move|moving|replac\w*|upgrad\w*|switch\w* (from|to)|transition\w*|cut ?over|consolidat\w*)\b/i;

/** The default patterns for a task (or none) and a model. */
export function defaultPatterns(task: string | undefined, model: Model): PatternChoice {
  const chosen = new Set<PatternId>();
  let reason: string;
  if (task === undefined) {
    ['chain-of-thought', 'rule-based-reasoning', 'recursive-self-eval'].forEach((id) => chosen.add(id as PatternId));
    reason = 'no task was given, so the report reviews the site layer by layer against the rules, and shows its self-critique';
  } else if (migrationTask.test(task)) {
    ['planning-phase', 'rule-based-reasoning', 'recursive-self-eval', 'orchestration'].forEach((id) => chosen.add(id as PatternId));
    reason = 'the task changes a running site, so the report scopes it first, stages the work and shows its self-critique';
  } else {
    ['chain-of-thought', 'rule-based-reasoning', 'recursive-self-eval'].forEach((id) => chosen.add(id as PatternId));
    reason = 'the task is a design, so the report works through it layer by layer against the rules, and shows its self-critique';
  }
  if (Object.keys(model.settings).some((key) => key !== 'source')) {
    chosen.add('meta-rules');
    reason += '; the spec sets a house style, so meta-rules apply it';
  }
  return { patterns: canonicalOrder(chosen), reason };
}

/** Patterns in the persona's order, whatever order they were given in. */
export function canonicalOrder(patterns: Iterable<PatternId>): PatternId[] {
  const set = new Set(patterns);
  return patternIds.filter((id) => set.has(id));
}
