/**
 * GFM strikethrough as remark-gfm reads it: `~one~` and `~~two~~`, the closing run as long as the
 * opening one, runs of three or more left as text. markdown-it's own rule reads only `~~`.
 * https://github.github.com/gfm/#strikethrough-extension-
 */
import type { Delimiter, StateInline } from 'markdown-it';

const TILDE = 0x7e;
/** Delimiter marker of a single tilde: a code no character has, so it pairs only with its own kind. */
const SINGLE = 0x1007e;

/** Inline rule: a run of one or two tildes becomes a delimiter, a longer run stays text. */
export function strikethroughTokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({ marker: scanned.length === 1 ? SINGLE : TILDE, length: 0, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
  }
  state.pos += scanned.length;
  return true;
}

/** Post-processing rule: paired delimiters become s_open/s_close. */
export function strikethroughPostProcess(state: StateInline): void {
  convert(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) convert(state, meta.delimiters);
}

function convert(state: StateInline, delimiters: readonly Delimiter[]): void {
  for (const opener of delimiters) {
    if ((opener.marker !== TILDE && opener.marker !== SINGLE) || opener.end === -1) continue;
    const closer = delimiters[opener.end] as Delimiter;
    const markup = opener.marker === TILDE ? '~~' : '~';
    for (const [index, type, nesting] of [
      [opener.token, 's_open', 1],
      [closer.token, 's_close', -1],
    ] as const) {
      const token = state.tokens[index];
      if (!token) continue;
      token.type = type;
      token.tag = 's';
      token.nesting = nesting;
      token.markup = markup;
      token.content = '';
    }
  }
}
