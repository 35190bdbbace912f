/** Small constructors for rich text, so builders read like prose: `[code('pve1'), ' has ', fact(f)]`. */
import type { Fact } from '../analyze/fact.js';
import { formatFactValue } from '../render/format-fact.js';
import type { Inline, RichText } from './report-model.js';

/** An id or a command word, shown in code font. */
export const code = (text: string): Inline => ({ kind: 'code', text });
/** Emphasised text. */
export const strong = (text: string): Inline => ({ kind: 'strong', text });
/** A cited rule, printed `[rule-id]`. */
export const rule = (id: string): Inline => ({ kind: 'rule', id });
/** A figure from a fact, printed in its unit. */
export const fact = (value: Fact): Inline => ({ kind: 'fact', id: value.id, text: formatFactValue(value) });
/** Plain text as rich text. */
export const plain = (text: string): RichText => [text];

/** Joins rich-text pieces with a separator: `joinRich(ids.map(code), ', ')`. */
export function joinRich(parts: readonly (Inline | RichText)[], separator: string): RichText {
  const out: Inline[] = [];
  parts.forEach((part, index) => {
    if (index > 0) out.push(separator);
    if (Array.isArray(part)) out.push(...(part as RichText));
    else out.push(part as Inline);
  });
  return out;
}

/** The text of rich text without marks, for checks and plain-text views. */
export function plainText(text: RichText): string {
  return text
    .map((inline) => (typeof inline === 'string' ? inline : inline.kind === 'rule' ? `[${inline.id}]` : inline.text))
    .join('');
}
