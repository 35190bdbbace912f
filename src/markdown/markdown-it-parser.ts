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
  // CommonMark 2.1: a last line without a line ending is a line too; markdown-it drops it when it
  // is blank (spaces, tabs), which loses it from an open fence's content (CommonMark 4.5).
  const tokens = instance.md.parse(/[ \t]$/.test(text) ? `${text}\n` : text, {});
  return { tokens, blocks: record.blocks, inlineSpans: record.inlineSpans };
}

/** A fence's info string with its escapes and entities decoded (CommonMark 4.5: https://spec.commonmark.org/0.31.2/#info-string). */
export function decodeInfo(info: string): string {
  instance ??= createInstance();
  return instance.md.utils.unescapeAll(info);
}

/**
 * Inline tokens of `content`, for table cells past the header's count: GFM drops them from the
 * HTML (https://github.github.com/gfm/#example-204) but mdast keeps them, parsed. Call between
 * tokenize and the next tokenize: link spans go to that parse's map.
 */
export function parseInlineTokens(content: string): Token[] {
  instance ??= createInstance();
  return instance.md.parseInline(content, {})[0]?.children ?? [];
}

function createInstance(): { md: MarkdownItInstance; record: Recorder } {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  // Escapes and entities stay separate tokens (their source is in `markup`), so text runs keep exact offsets.
  md.core.ruler.disable(['text_join', 'replacements', 'smartquotes', 'linkify']);
  md.inline.ruler.at('strikethrough', strikethroughTokenize);
  md.inline.ruler2.at('strikethrough', strikethroughPostProcess);
  gfmTableBounds(md);
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

/**
 * GFM tables (https://github.github.com/gfm/#tables-extension-): the header row is a paragraph
 * line, so a line that starts another block (ATX heading, fence, block quote, thematic break, list
 * item, HTML block) is that block, not a header row; markdown-it tries its table rule first. And
 * "the table is broken at [...] the beginning of another block-level structure": markdown-it ends
 * a table at the blocks that may interrupt a paragraph only, not at an HTML block of type 7 (a lone
 * open or closing tag, https://spec.commonmark.org/0.31.2/#html-blocks), so the table is given
 * the lines up to that block only.
 */
function gfmTableBounds(md: MarkdownItInstance): void {
  const rules = md.block.ruler.__rules__;
  const table = rules.find((entry) => entry.name === 'table');
  const html = rules.find((entry) => entry.name === 'html_block')?.fn;
  if (!table || !html) return;
  const others = ['heading', 'fence', 'blockquote', 'hr', 'list'].flatMap((name) => rules.filter((entry) => entry.name === name).map((entry) => entry.fn));
  const startsHtmlBlock = (state: StateBlock, line: number): boolean => {
    if (state.src.charCodeAt((state.bMarks[line] as number) + (state.tShift[line] as number)) !== 0x3c) return false;
    // markdown-it's silent mode answers "may it interrupt a paragraph"; run it for real and undo.
    const tokens = state.tokens.length;
    const current = state.line;
    const ok = html(state, line, line + 1, false);
    state.tokens.length = tokens;
    state.line = current;
    return ok;
  };
  const original = table.fn;
  const wrapped = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    // Cheap test first: the table rule fails on most lines before any other rule would run.
    if (!original(state, startLine, endLine, true)) return false;
    if (startsHtmlBlock(state, startLine) || others.some((rule) => rule(state, startLine, startLine + 1, true))) return false;
    if (silent) return true;
    let end = startLine + 2;
    while (end < endLine && !state.isEmpty(end) && !startsHtmlBlock(state, end)) end++;
    return original(state, startLine, end, silent);
  };
  md.block.ruler.at('table', wrapped, { alt: table.alt });
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

/**
 * Offset on `line` where the column reaches the container's indentation (tabs to the next multiple
 * of 4). On a list item's first line the marker counts too: indented code right after a marker
 * (`*` and 5+ spaces) starts one space after it (CommonMark 5.2, list items, rule 2:
 * https://spec.commonmark.org/0.31.2/#list-items), which is where the container's content starts.
 */
function indentStart(state: StateBlock, line: number): number {
  let offset = state.bMarks[line] as number;
  let column = 0;
  while (column < state.blkIndent && offset < (state.eMarks[line] as number)) {
    const char = state.src.charCodeAt(offset);
    if (char === 0x09) column += 4 - (column % 4);
    else column++;
    offset++;
  }
  return offset;
}
