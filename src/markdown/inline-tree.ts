/**
 * Builds mdast phrasing content from one markdown-it inline token's children. Each token's source
 * is found in the inline content by moving a cursor forward: text is verbatim, escapes and
 * entities carry their source in `markup`, delimiters in `markup`, and links and images carry the
 * span their rule consumed (markdown-it-parser.ts). `toSource` maps a content offset to an offset
 * into the normalised text; a token that cannot be found gets an empty position at the cursor, so
 * consumers comparing `value` with the source see it is not verbatim.
 */
import type { Token } from 'markdown-it';
import type { Parent, PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';

export interface InlineContext {
  readonly content: string;
  readonly toSource: (contentOffset: number) => number;
  readonly point: (offset: number) => Point;
  readonly spans: WeakMap<Token, { start?: number; end?: number }>;
}

interface Open {
  readonly node: Parent & { children: PhrasingContent[] };
  readonly autolink: boolean;
}

/** Phrasing nodes of `tokens` (an inline token's children). */
export function inlineTree(tokens: readonly Token[], context: InlineContext): PhrasingContent[] {
  const { content, toSource, point } = context;
  const root: Open = { node: { type: 'paragraph', children: [] } as Parent & { children: PhrasingContent[] }, autolink: false };
  const stack: Open[] = [root];
  let cursor = 0;
  const at = (from: number, to: number) => ({ start: point(toSource(from)), end: point(toSource(to)) });
  const locate = (source: string): number => {
    if (source === '') return cursor;
    if (content.startsWith(source, cursor)) return cursor;
    return content.indexOf(source, cursor);
  };
  const top = () => stack[stack.length - 1] as Open;
  const appendText = (value: string, from: number, to: number, exact: boolean) => {
    const siblings = top().node.children;
    const previous = siblings[siblings.length - 1];
    if (previous?.type === 'text' && previous.position) {
      previous.value += value;
      previous.position.end = point(toSource(to));
      return;
    }
    const node: Text = { type: 'text', value, position: at(from, exact ? to : from) };
    siblings.push(node);
  };
  const pushNode = (node: PhrasingContent) => top().node.children.push(node);
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special': {
        const source = token.type === 'text' ? token.content : token.markup;
        // An autolink's text was taken from the source when it opened.
        if (source === '' || top().autolink) break;
        const found = locate(source);
        if (found < 0) {
          appendText(token.content, cursor, cursor, false);
          break;
        }
        appendText(token.content, found, found + source.length, true);
        cursor = found + source.length;
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const newline = content.indexOf('\n', cursor);
        const lineStart = newline < 0 ? content.length : newline + 1;
        let next = lineStart;
        while (next < content.length && (content[next] === ' ' || content[next] === '\t')) next++;
        // A text node ends where the next line starts: that line's indentation is not its text.
        const nextLine = newline < 0 ? toSource(content.length) : toSource(newline) + 1;
        if (token.type === 'softbreak') {
          appendText('\n', cursor, lineStart, true);
          const text = top().node.children[top().node.children.length - 1];
          if (text?.position) text.position.end = point(nextLine);
        } else pushNode({ type: 'break', position: { start: point(toSource(cursor)), end: point(nextLine) } });
        cursor = next;
        break;
      }
      case 'code_inline': {
        const found = locate(token.markup);
        const start = found < 0 ? cursor : found;
        const end = closingRun(content, start + token.markup.length, token.markup.length);
        pushNode({ type: 'inlineCode', value: codeValue(content.slice(start + token.markup.length, end - token.markup.length), token.content), position: at(start, end) });
        cursor = end;
        break;
      }
      case 'html_inline': {
        const found = locate(token.content);
        const start = found < 0 ? cursor : found;
        pushNode({ type: 'html', value: token.content, position: at(start, found < 0 ? start : start + token.content.length) });
        cursor = found < 0 ? cursor : start + token.content.length;
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 's_open': {
        const found = locate(token.markup);
        const start = found < 0 ? cursor : found;
        const type = token.type === 'em_open' ? 'emphasis' : token.type === 'strong_open' ? 'strong' : 'delete';
        const node = { type, children: [], position: at(start, start) } as unknown as Open['node'];
        pushNode(node as unknown as PhrasingContent);
        stack.push({ node, autolink: false });
        cursor = found < 0 ? cursor : start + token.markup.length;
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close': {
        let end: number;
        if (token.type === 'link_close') end = context.spans.get(token)?.end ?? cursor;
        else {
          const found = locate(token.markup);
          end = found < 0 ? cursor : found + token.markup.length;
        }
        const open = stack.length > 1 ? (stack.pop() as Open) : undefined;
        if (open?.node.position) open.node.position.end = point(toSource(end));
        if (open && token.type === 'link_close' && !open.autolink) asReference(open.node, content.slice(0, end));
        cursor = Math.max(cursor, end);
        break;
      }
      case 'link_open': {
        const start = context.spans.get(token)?.start ?? cursor;
        const autolink = token.markup === 'autolink';
        const node = { type: 'link', url: autolinkUrl(token, content, start) ?? String(token.attrGet('href') ?? ''), title: attrText(token, 'title'), children: [], position: at(start, start) } as unknown as Open['node'];
        pushNode(node as unknown as PhrasingContent);
        stack.push({ node, autolink });
        cursor = start + 1;
        if (autolink) {
          // The text of an autolink is its source, not markdown-it's normalised form.
          const close = content.indexOf('>', cursor);
          const end = close < 0 ? content.length : close;
          appendText(content.slice(cursor, end), cursor, end, true);
          cursor = end;
        }
        break;
      }
      case 'image': {
        const span = context.spans.get(token);
        const start = span?.start ?? cursor;
        const end = span?.end ?? cursor;
        const reference = referenceOf(content.slice(start, end));
        if (reference) pushNode({ type: 'imageReference', alt: plainText(token.children ?? []), ...reference, position: at(start, end) });
        else pushNode({ type: 'image', url: String(token.attrGet('src') ?? ''), title: attrText(token, 'title'), alt: plainText(token.children ?? []), position: at(start, end) });
        cursor = Math.max(cursor, end);
        break;
      }
      default:
        break;
    }
  }
  return root.node.children;
}

/**
 * A link written `[text][label]`, `[text][]` or `[text]` is a linkReference in mdast (markdown-it
 * resolves it to a link): an inline link's source ends with `)`, a reference's with `]`.
 */
function asReference(node: Open['node'], upToEnd: string): void {
  const reference = referenceOf(upToEnd);
  if (!reference) return;
  const link = node as unknown as Record<string, unknown>;
  delete link.url;
  delete link.title;
  Object.assign(link, { type: 'linkReference', ...reference });
}

function referenceOf(source: string): { identifier: string; label: string; referenceType: 'full' | 'collapsed' | 'shortcut' } | undefined {
  if (!source.endsWith(']')) return undefined;
  const full = /\]\[((?:[^\\\]]|\\.)+)\]$/.exec(source);
  if (full) return { identifier: (full[1] as string).toLowerCase(), label: full[1] as string, referenceType: 'full' };
  const collapsed = source.endsWith('][]');
  const label = /\[((?:[^\\\]]|\\.)*)\](?:\[\])?$/.exec(source)?.[1] ?? '';
  return { identifier: label.toLowerCase(), label, referenceType: collapsed ? 'collapsed' : 'shortcut' };
}

/** mdast keeps an autolink's destination as written; markdown-it percent-encodes it. */
function autolinkUrl(token: Token, content: string, start: number): string | undefined {
  if (token.markup !== 'autolink') return undefined;
  const close = content.indexOf('>', start);
  const raw = content.slice(start + 1, close < 0 ? content.length : close);
  return /^[a-z][a-z0-9+.-]{1,31}:/i.test(raw) ? raw : `mailto:${raw}`;
}

/**
 * The value of a code span as mdast keeps it: line endings stay (markdown-it turns them into
 * spaces), one padding space or line ending is stripped from each side when both have one.
 */
function codeValue(raw: string, fallback: string): string {
  if (raw.indexOf('\n') === -1) return fallback;
  const value = raw.replace(/\n[ \t]*/g, '\n');
  return /^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value) ? value.slice(1, -1) : value;
}

/** End of the backtick run of exactly `length` that closes a code span opened before `from`. */
function closingRun(content: string, from: number, length: number): number {
  let index = content.indexOf('`', from);
  while (index !== -1) {
    let end = index;
    while (content[end] === '`') end++;
    if (end - index === length) return end;
    index = content.indexOf('`', end);
  }
  return content.length;
}

/** The alt text of an image: its description's text, as mdast-util-to-string would give it. */
function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'image') text += plainText(token.children ?? []);
  }
  return text;
}

function attrText(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}
