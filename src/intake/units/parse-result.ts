/**
 * The outcome of reading one human-written value. Parsers return this instead of throwing,
 * so intake can collect every bad value in one pass and point at each.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; expected: string; hint: string };

/** Wraps a successfully parsed value. */
export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Describes a failed parse: what kind of value was expected and what the user should change. */
export function fail<T>(expected: string, hint: string): ParseResult<T> {
  return { ok: false, expected, hint };
}

/** Longest text quoted in full; longer input is cut so a pasted paragraph does not flood the report. */
const quoteLimit = 60;

/** JSON-quotes user text for a hint, shortened when very long, so blanks and odd characters stay visible. */
export function quote(text: string | number): string {
  if (typeof text === 'number') return String(text);
  const characters = Array.from(String(text));
  const shown = characters.length > quoteLimit ? `${characters.slice(0, quoteLimit - 1).join('')}…` : characters.join('');
  return JSON.stringify(shown);
}
