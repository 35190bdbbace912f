/**
 * Parses the persona's invocation form. Labels are case-insensitive and may come in any order; a value
 * runs to the next label. Values (or list items) may be JSON-quoted when they contain a separator or
 * text that looks like a label. Total: returns an error result, never throws.
 */
import { type Invocation, type InvocationField, SUPPORTED_PERSONAS, invocationFields, listSeparators } from './invocation.js';
import { type PatternId, patternIds, resolvePattern, suggestPattern } from './pattern-ids.js';

export type InvocationResult =
  | { readonly ok: true; readonly invocation: Invocation }
  | { readonly ok: false; readonly message: string; readonly hint: string };

const labelWords = Object.values(invocationFields).flat().sort((a, b) => b.length - a.length).join('|');
/** A label word followed by a colon; where it may stand is checked by `standsAsLabel`. */
const labelPattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(${labelWords})[ \\t]*:`, 'giu');

interface Label {
  readonly field: InvocationField;
  /** Index where the label starts. */
  readonly start: number;
  /** Index just after its colon. */
  readonly end: number;
}

/** Parses `text` as an invocation. */
export function parseInvocation(text: string): InvocationResult {
  try {
    return parseFields(text);
  } catch (error) {
    // Defensive: the parser is written to be total; if it ever is not, the user still gets a usage error.
    return failure(`the invocation could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseFields(text: string): InvocationResult {
  const values: Partial<Record<InvocationField, string | readonly string[]>> = {};
  let position = 0;
  let leading: string | undefined;
  const first = labelAt(text, skipSpace(text, 0));
  if (!first) {
    const next = nextLabel(text, 0);
    leading = text.slice(0, next?.start ?? text.length).trim().replace(/[.;,]$/, '').trim();
    position = next?.start ?? text.length;
  }
  for (;;) {
    position = skipSpace(text, position);
    if (position >= text.length) break;
    const label = labelAt(text, position);
    if (!label) return failure(`unexpected text ${quote(text.slice(position, position + 30))} where a label was expected`);
    if (values[label.field] !== undefined) return failure(`"${capitalise(label.field)}:" is given twice`, 'give each label once; separate several inputs or patterns with commas');
    const read = label.field === 'inputs' || label.field === 'patterns' ? readList(text, label.end, listSeparators[label.field]) : readScalar(text, label.end);
    if (!read.ok) return failure(`${capitalise(label.field)}: ${read.message}`);
    values[label.field] = read.value;
    position = read.end;
  }
  if (leading) {
    if (values.task !== undefined) return failure(`unlabelled text ${quote(leading)} before the first label`, 'start with "Persona: Kestra." and label every part');
    values.task = leading;
  }
  return build(values);
}

function build(values: Partial<Record<InvocationField, string | readonly string[]>>): InvocationResult {
  const persona = values.persona as string | undefined;
  if (persona !== undefined && !SUPPORTED_PERSONAS.some((name) => name.toLowerCase() === persona.trim().toLowerCase())) {
    return failure(`persona ${quote(persona)} is not supported`, `supported personas: ${SUPPORTED_PERSONAS.join(', ')}`);
  }
  const task = values.task as string | undefined;
  if (task !== undefined && task.trim() === '') return failure('"Task:" is empty', 'describe the task in a sentence, or leave the label out');
  const inputs = (values.inputs as readonly string[] | undefined) ?? [];
  if (inputs.some((input) => input.trim() === '')) return failure('an input is empty', 'separate inputs with commas: "Inputs: inventory.yaml, network.md."');
  const patterns: PatternId[] = [];
  for (const name of (values.patterns as readonly string[] | undefined) ?? []) {
    const id = resolvePattern(name);
    if (!id) {
      const suggestion = suggestPattern(name);
      return failure(`unknown pattern ${quote(name)}`, `${suggestion ? `did you mean "${suggestion}"? ` : ''}supported patterns: ${patternIds.join(', ')}`);
    }
    if (!patterns.includes(id)) patterns.push(id);
  }
  return { ok: true, invocation: { persona: 'Kestra', ...(task !== undefined ? { task } : {}), inputs, patterns } };
}

type Read<T> = { ok: true; value: T; end: number } | { ok: false; message: string };

/** A single value: a JSON-quoted string, or the text up to the next label without its closing punctuation. */
function readScalar(text: string, start: number): Read<string> {
  const position = skipSpace(text, start);
  if (text[position] === '"') {
    const quoted = readQuoted(text, position);
    if (!quoted.ok) return quoted;
    const after = skipClosingPunctuation(text, quoted.end);
    if (after < text.length && !labelAt(text, after)) return { ok: false, message: `unexpected text ${quote(text.slice(after, after + 30))} after the quoted value` };
    return { ok: true, value: quoted.value, end: after };
  }
  const end = nextLabel(text, position)?.start ?? text.length;
  return { ok: true, value: stripClosing(text.slice(position, end)), end };
}

/** A list: items separated by `separator`, each quoted or plain, up to the next label. */
function readList(text: string, start: number, separator: RegExp): Read<readonly string[]> {
  const items: string[] = [];
  let position = skipSpace(text, start);
  const stop = () => position >= text.length || labelAt(text, position) !== undefined;
  while (!stop()) {
    const empty = separator.exec(text.slice(position));
    if (empty) {
      items.push('');
      position += empty[0].length;
      continue;
    }
    if (text[position] === '"') {
      const quoted = readQuoted(text, position);
      if (!quoted.ok) return quoted;
      items.push(quoted.value);
      position = quoted.end;
    } else {
      const end = plainItemEnd(text, position, separator);
      items.push(stripClosing(text.slice(position, end)));
      position = end;
    }
    const rest = text.slice(position);
    const match = separator.exec(rest);
    if (match) {
      position += match[0].length;
      if (stop()) items.push('');
      continue;
    }
    const after = skipClosingPunctuation(text, position);
    if (after < text.length && !labelAt(text, after)) return { ok: false, message: `unexpected text ${quote(text.slice(after, after + 30))} in the list` };
    position = after;
  }
  return { ok: true, value: items, end: position };
}

/** Where a plain list item ends: at a separator outside parentheses, at a label, or at the end. */
function plainItemEnd(text: string, start: number, separator: RegExp): number {
  const limit = nextLabel(text, start)?.start ?? text.length;
  let depth = 0;
  for (let index = start; index < limit; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && index > start && separator.test(text.slice(index, limit))) return index;
  }
  return limit;
}

/** A JSON string literal starting at `start`; invalid escapes are kept as written. */
function readQuoted(text: string, start: number): Read<string> {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  if (index >= text.length) return { ok: false, message: 'a quoted value is not closed with "' };
  const literal = text.slice(start, index + 1);
  let value: string;
  try {
    value = JSON.parse(literal) as string;
  } catch {
    value = literal.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  return { ok: true, value, end: index + 1 };
}

function labelAt(text: string, position: number): Label | undefined {
  const label = nextLabel(text, position);
  return label?.start === position ? label : undefined;
}

function nextLabel(text: string, from: number): Label | undefined {
  labelPattern.lastIndex = from;
  for (let match = labelPattern.exec(text); match; match = labelPattern.exec(text)) {
    const word = (match[1] ?? '').toLowerCase();
    const field = (Object.keys(invocationFields) as InvocationField[]).find((key) => (invocationFields[key] as readonly string[]).includes(word));
    if (field && standsAsLabel(text, match.index)) return { field, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * A label starts the text, a line, or a sentence part (after ".", ";" or ","); after a plain space it
 * must be capitalised ("Kestra Task: …"), so "the following task: …" inside a task stays text.
 */
function standsAsLabel(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  if (index < 0) return true;
  const previous = text[index] ?? '';
  if ('\n\r.;,'.includes(previous)) return true;
  return index < start - 1 && /[A-Z]/.test(text[start] ?? '');
}

function skipSpace(text: string, position: number): number {
  let index = position;
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
}

function skipClosingPunctuation(text: string, position: number): number {
  let index = skipSpace(text, position);
  if (text[index] === '.' || text[index] === ';') index = skipSpace(text, index + 1);
  return index;
}

/** Trims a plain value and drops one closing ".", ";" or ",": the sentence's punctuation, not the value's. */
function stripClosing(value: string): string {
  return value.trim().replace(/[.;,]$/, '').trim();
}

function failure(message: string, hint = 'write it as: Persona: Kestra. Task: <what to plan>. Inputs: <spec.yaml>. Patterns: chain-of-thought + rule-based-reasoning.'): InvocationResult {
  return { ok: false, message, hint };
}

function capitalise(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
}
