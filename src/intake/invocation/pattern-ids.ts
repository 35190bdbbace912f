/**
 * The persona's reasoning patterns (seed "Recommended Patterns" and its example invocations), with the
 * spellings people use for them. Each id is also the key of a report pattern module.
 */
import { compareText } from '../diagnostic.js';
import { didYouMean } from '../did-you-mean.js';

export const patternIds = ['planning-phase', 'chain-of-thought', 'rule-based-reasoning', 'recursive-self-eval', 'meta-rules', 'orchestration'] as const;
export type PatternId = (typeof patternIds)[number];

/** Other spellings, after normalisation (lower case, words joined by "-"). */
const aliases: Readonly<Record<string, PatternId>> = {
  planning: 'planning-phase',
  'planning-phase': 'planning-phase',
  'plan-phase': 'planning-phase',
  'chain-of-thought': 'chain-of-thought',
  'chain-of-thoughts': 'chain-of-thought',
  cot: 'chain-of-thought',
  'rule-based': 'rule-based-reasoning',
  'rule-based-reasoning': 'rule-based-reasoning',
  'rules-based-reasoning': 'rule-based-reasoning',
  'recursive-self-eval': 'recursive-self-eval',
  'recursive-self-evaluation': 'recursive-self-eval',
  'self-eval': 'recursive-self-eval',
  'self-evaluation': 'recursive-self-eval',
  'meta-rules': 'meta-rules',
  metarules: 'meta-rules',
  'meta-rule': 'meta-rules',
  orchestration: 'orchestration',
  orchestrator: 'orchestration',
};

/** Lower case, parenthetical remarks ("(for worker stage)"), a "patterns/" folder and ".md" removed, words joined by "-". */
export function normalizePatternName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*patterns\//, '')
    .replace(/\.md\s*$/, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The pattern a name stands for, or undefined when it is not one Kestra knows. */
export function resolvePattern(name: string): PatternId | undefined {
  return aliases[normalizePatternName(name)];
}

/** A pattern name close to `name`, for a "did you mean" hint. */
export function suggestPattern(name: string): PatternId | undefined {
  const suggestion = didYouMean(normalizePatternName(name), Object.keys(aliases).sort(compareText));
  return suggestion === undefined ? undefined : aliases[suggestion];
}

/** True for a known pattern id (the canonical spelling only). */
export function isPatternId(value: string): value is PatternId {
  return (patternIds as readonly string[]).includes(value);
}
