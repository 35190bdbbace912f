/**
 * GFM autolink literals, which remark-gfm reads and markdown-it does not (its linkify is fuzzier):
 * `www.` and `http(s)://` addresses and e-mail addresses in text become links, trailing
 * punctuation and an unbalanced closing parenthesis left out.
 * https://github.github.com/gfm/#autolinks-extension-
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import type { SourceText } from './source-text.js';

const candidate = /(?<=^|[\s*_~(])(?:https?:\/\/|www\.)[^\s<]*|(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const trailingPunctuation = /[?!.,:*_~'"]$/;

/** `children` with literal addresses in their text (not inside links) turned into links. */
export function autolinkLiterals(children: PhrasingContent[], source: SourceText): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'text') out.push(...splitText(child, source));
    else {
      if ((child.type === 'emphasis' || child.type === 'strong' || child.type === 'delete') && child.children.length > 0) child.children = autolinkLiterals(child.children, source);
      out.push(child);
    }
  }
  return out;
}

function splitText(node: Text, source: SourceText): PhrasingContent[] {
  if (node.value.indexOf('www.') === -1 && node.value.indexOf('://') === -1 && node.value.indexOf('@') === -1) return [node];
  const pieces: PhrasingContent[] = [];
  const start = node.position ? source.offsetOf(node.position.start) : 0;
  const end = node.position ? source.offsetOf(node.position.end) : 0;
  const raw = source.text.slice(start, end);
  let rawCursor = 0;
  let valueCursor = 0;
  const at = (from: number, to: number) => ({ start: source.point(start + from), end: source.point(start + to) });
  const text = (value: string) => {
    if (value === '') return;
    const found = raw.indexOf(value, rawCursor);
    const from = found < 0 ? rawCursor : found;
    pieces.push({ type: 'text', value, position: at(from, found < 0 ? from : from + value.length) });
    if (found >= 0) rawCursor = found + value.length;
  };
  for (const match of node.value.matchAll(candidate)) {
    const literal = trimLiteral(match[0]);
    if (!valid(literal)) continue;
    const index = match.index ?? 0;
    if (index < valueCursor) continue;
    text(node.value.slice(valueCursor, index));
    const found = raw.indexOf(literal, rawCursor);
    const from = found < 0 ? rawCursor : found;
    const to = found < 0 ? from : from + literal.length;
    const url = literal.includes('@') && !literal.includes('://') ? `mailto:${literal}` : /^www\./i.test(literal) ? `http://${literal}` : literal;
    const link: Link = { type: 'link', url, title: null, children: [{ type: 'text', value: literal, position: at(from, to) }], position: at(from, to) };
    pieces.push(link);
    if (found >= 0) rawCursor = to;
    valueCursor = index + literal.length;
  }
  if (valueCursor === 0) return [node];
  text(node.value.slice(valueCursor));
  // The first and last pieces keep the node's own ends (its positions may not be verbatim).
  const [first] = pieces;
  const last = pieces[pieces.length - 1];
  if (first?.type === 'text' && first.position && node.position) first.position.start = node.position.start;
  if (last?.type === 'text' && last.position && node.position) last.position.end = node.position.end;
  return pieces;
}

/** The literal without trailing punctuation, an unbalanced `)` or a trailing entity-like `&name;`. */
function trimLiteral(literal: string): string {
  let value = literal;
  for (;;) {
    if (trailingPunctuation.test(value)) value = value.slice(0, -1);
    else if (value.endsWith(')') && count(value, '(') < count(value, ')')) value = value.slice(0, -1);
    else if (/&[a-z0-9]+;$/i.test(value)) value = value.replace(/&[a-z0-9]+;$/i, '');
    else return value;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** A domain with a dot, no underscore in its last two labels; an e-mail not ending in `-` or `_`. */
function valid(literal: string): boolean {
  if (literal.includes('@') && !literal.includes('://') && !/^www\./i.test(literal)) return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(literal) && !/[-_]$/.test(literal);
  const domain = literal.replace(/^https?:\/\//i, '').split(/[/?#]/, 1)[0] ?? '';
  if (domain === '' || (/^www\./i.test(literal) && !domain.slice(4).length)) return false;
  const labels = domain.split('.');
  if (/^www\./i.test(literal) && labels.length < 2) return false;
  return !labels.slice(-2).some((label) => label.includes('_'));
}
