/**
 * Markdown escaping for user text, in one place. Text from the spec (names, models, notes, ids) may hold
 * anything: Markdown syntax, HTML such as `<script>`, table pipes, newlines, very long runs. Rendered on
 * GitHub or in Obsidian it must show as the same text and never as markup.
 */

/**
 * What starts Markdown or HTML syntax inside a line (CommonMark/GFM): emphasis, code, links, HTML, table
 * pipes, strikethrough; "_" only where it can open or close emphasis (not inside a word like "local_zfs");
 * "&" only where it would start an entity such as "&lt;".
 */
const inlineSpecials = /[\\`*[\]<>|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[A-Za-z0-9]+;)/gu;

/** Control characters and line breaks, which would end a paragraph, a list item or a table row. */
const breaks = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\r\n\t]+/g;

/**
 * GFM turns "www.", "scheme://" and "a@b" into links on its own, swallowing the escapes that follow; an
 * escape placed inside each of them keeps the text as text.
 */
const autolinkStarts = /(?<=www)\.|:(?=\/\/)|@/gi;

/**
 * A web address in the text (a vendor reference): written as a CommonMark autolink `<https://…>`, which
 * shows exactly the address. No spaces, brackets, quotes, backticks or pipes inside; closing punctuation
 * stays outside.
 */
const webAddress = /https?:\/\/[^\s<>"'`|\\()[\]{}&]*[^\s<>"'`|\\()[\]{}&.,;:!?*_~]/g;

/** Quick tests that say when the patterns above cannot match: most text has nothing to escape, and a report escapes thousands of strings. */
const mayHoldSpecials = /[\\`*[\]<>|~_&]/;
const mayHoldAutolinkStart = /www\.|:\/\/|@/i;

/** One-line text with every Markdown special escaped; safe in paragraphs, list items, headings and table cells. */
export function escapeText(text: string): string {
  const line = oneLine(text);
  if (!line.includes('http')) return escapePlain(line);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(webAddress)) {
    out += escapePlain(line.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + escapePlain(line.slice(last));
}

function escapePlain(text: string): string {
  const escaped = mayHoldSpecials.test(text) ? text.replace(inlineSpecials, (char) => `\\${char}`) : text;
  return mayHoldAutolinkStart.test(escaped) ? escaped.replace(autolinkStarts, (char) => `\\${char}`) : escaped;
}

/** Escapes what would start a block at the beginning of a line: "#", "-", "+", "=", "1." and "1)". */
export function escapeLineStart(line: string): string {
  // Leading blanks would make an indented code block; a paragraph drops them anyway.
  return line.replace(/^[ \t]+/, '').replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text as an inline code span; in a table cell its pipes are escaped too (GFM reads them before code spans). */
export function codeSpan(text: string, inTable: boolean): string {
  const content = oneLine(text);
  // GFM splits a table row before it reads code spans, and "\\|" there is an escaped backslash and a cell
  // border; no code span can hold that pair inside a table, so such text is shown as plain text.
  if (inTable && content.includes('\\|')) return escapeText(content);
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || content === '' ? ` ${content} ` : content;
  return `${fence}${inTable ? padded.replace(/\|/g, '\\|') : padded}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
export function fencedBlock(language: string, content: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[^A-Za-z0-9_-]/g, '')}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** Line breaks and control characters folded to single spaces. */
export function oneLine(text: string): string {
  return text.replace(breaks, ' ');
}
