/** Writes an invocation back in the persona's form; `parseInvocation(formatInvocation(x))` gives `x` back. */
import type { Invocation } from './invocation.js';

/** Formats `invocation` as "Persona: Kestra. Task: …. Inputs: a, b. Patterns: x + y." */
export function formatInvocation(invocation: Invocation): string {
  const parts = [`Persona: ${invocation.persona}.`];
  if (invocation.task !== undefined) parts.push(`Task: ${plainOrQuoted(invocation.task, isPlainSentence)}.`);
  if (invocation.inputs.length > 0) parts.push(`Inputs: ${invocation.inputs.map((input) => plainOrQuoted(input, isPlainItem)).join(', ')}.`);
  if (invocation.patterns.length > 0) parts.push(`Patterns: ${invocation.patterns.join(' + ')}.`);
  return parts.join(' ');
}

/** Text that reads back unchanged without quotes: no label-like words, no closing punctuation to strip. */
function isPlainSentence(value: string): boolean {
  return (
    value === value.trim() &&
    value !== '' &&
    !value.startsWith('"') &&
    !/[.;,]$/.test(value) &&
    !/[\u0000-\u001f\u007f\u2028\u2029]/.test(value) &&
    !/(persona|task|inputs?|patterns?)\s*:/i.test(value)
  );
}

/** A list item that reads back unchanged: a plain sentence without separators or parentheses. */
function isPlainItem(value: string): boolean {
  return isPlainSentence(value) && !/[,;+&()"]/.test(value) && !/\sand\s/i.test(value) && !/\s/.test(value.slice(-1));
}

function plainOrQuoted(value: string, isPlain: (value: string) => boolean): string {
  return isPlain(value) ? value : JSON.stringify(value);
}
