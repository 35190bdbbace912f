/**
 * The markdown-it instance behind parseMarkdown, set up to read what remark-parse + remark-gfm read
 * (CommonMark, raw HTML, GFM tables and strikethrough; literal autolinks and task items are added
 * on the tree, see autolink-literal.ts and parse-markdown.ts), and instrumented to record where
 * each token sits in the source. markdown-it gives block tokens line ranges only; the rules below
 * are wrapped so that, when a rule succeeds, the state it parsed with (container prefixes already
 * stripped) is read back into source offsets, and the inline rules whose tokens do not carry their
 * own text (links, images, autolinks) record the span they consumed.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, StateBlock, StateInline, Token } from 'markdown-it';
import { strikethroughPostProcess, strikethroughTokenize } from './gfm-strikethrough.js';

/** One line of a block as its container sees it: offsets into the normalised text. */
export interface BlockLine {
  /** After the container prefixes (quote markers, list indentation). */
  readonly start: number;
  /** First character that is not a space or tab. */
  readonly content: number;
  /** Line end, before the line feed. */
  readonly end: number;
}

/** Where a block token sits: its first and last non-blank line, as its container sees them. */
export interface BlockSpan {
  readonly first: BlockLine;
  readonly last: BlockLine;
  /** For indented code: where the container's content starts on the first line (the code's indentation is part of it). */
  readonly codeStart?: number;
  /** Every line, for tokens whose inline text or cells are read back (inline, tr_open). */
  readonly lines?: readonly BlockLine[];
}

export interface ParsedTokens {
  readonly tokens: Token[];
  readonly blocks: WeakMap<Token, BlockSpan>;
  /** For link_open/link_close/image: the start (open, image) or end (close, image) offset into the inline content. */
  readonly inlineSpans: WeakMap<Token, { start?: number; end?: number }>;
}

/** Deepest nesting of blocks and inlines read; deeper content is dropped, never a stack overflow. */
export const MAX_NESTING = 100;

let instance: { md: MarkdownItInstance; record: Recorder } | undefined;

interface Recorder {
  blocks: WeakMap<Token, BlockSpan>;
  inlineSpans: WeakMap<Token, { start?: number; end?: number }>;
}

/** Tokenises `text` (already normalised: LF line endings, no NUL). */
export function tokenize(text: string): ParsedTokens {
  instance ??= createInstance();
  const record = instance.record;
  record.blocks = new WeakMap();
  record.inlineSpans = new WeakMap();
  const tokens = instance.md.parse(text, {});
  return { tokens, blocks: record.blocks, inlineSpans: record.inlineSpans };
}

function createInstance(): { md: MarkdownItInstance; record: Recorder } {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  // Escapes and entities stay separate tokens (their source is in `markup`), so text runs keep exact offsets.
  md.core.ruler.disable(['text_join', 'replacements', 'smartquotes', 'linkify']);
  md.inline.ruler.at('strikethrough', strikethroughTokenize);
  md.inline.ruler2.at('strikethrough', strikethroughPostProcess);
  const record: Recorder = { blocks: new WeakMap(), inlineSpans: new WeakMap() };
  for (const rule of md.block.ruler.__rules__) {
    const original = rule.fn;
    const wrapped = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
      if (silent) return original(state, startLine, endLine, silent);
      const before = state.tokens.length;
      const ok = original(state, startLine, endLine, silent);
      if (!ok) return ok;
      if (rule.name === 'reference') {
        const token = state.push('definition', '', 0);
        token.map = [startLine, state.line];
      }
      for (let index = before; index < state.tokens.length; index++) {
        const token = state.tokens[index] as Token;
        if (token.map && !record.blocks.has(token)) record.blocks.set(token, spanOf(state, token));
      }
      return ok;
    };
    md.block.ruler.at(rule.name, wrapped, { alt: rule.alt });
  }
  for (const name of ['link', 'image', 'autolink']) {
    const rule = md.inline.ruler.__rules__.find((entry) => entry.name === name);
    if (!rule) continue;
    const original = rule.fn;
    const wrapped = (state: StateInline, silent: boolean): boolean => {
      if (silent) return original(state, silent);
      const start = state.pos;
      const before = state.tokens.length;
      const ok = original(state, silent);
      if (!ok) return ok;
      const added = state.tokens.slice(before);
      const open = added.find((token) => token.type === 'link_open' || token.type === 'image');
      const close = [...added].reverse().find((token) => token.type === 'link_close' || token.type === 'image');
      if (open) record.inlineSpans.set(open, { ...record.inlineSpans.get(open), start });
      if (close) record.inlineSpans.set(close, { ...record.inlineSpans.get(close), end: state.pos });
      return ok;
    };
    md.inline.ruler.at(name, wrapped, { alt: rule.alt });
  }
  return { md, record };
}

function lineOf(state: StateBlock, line: number): BlockLine {
  const start = state.bMarks[line] as number;
  return { start, content: start + (state.tShift[line] as number), end: state.eMarks[line] as number };
}

function spanOf(state: StateBlock, token: Token): BlockSpan {
  const [from, to] = token.map as [number, number];
  let last = Math.max(from, Math.min(to, state.lineMax) - 1);
  while (last > from && state.isEmpty(last)) last--;
  const span = { first: lineOf(state, from), last: lineOf(state, last) };
  if (token.type === 'code_block') return { ...span, codeStart: indentStart(state, from) };
  if (token.type !== 'inline' && token.type !== 'tr_open') return span;
  const lines: BlockLine[] = [];
  for (let line = from; line <= last; line++) lines.push(lineOf(state, line));
  return { ...span, lines };
}

/** Offset on `line` where the column reaches the container's indentation (tabs to the next multiple of 4). */
function indentStart(state: StateBlock, line: number): number {
  let offset = state.bMarks[line] as number;
  let column = 0;
  while (column < state.blkIndent && offset < (state.eMarks[line] as number)) {
    const char = state.src.charCodeAt(offset);
    if (char === 0x20) column++;
    else if (char === 0x09) column += 4 - (column % 4);
    else break;
    offset++;
  }
  return offset;
}
