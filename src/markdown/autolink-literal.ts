/** GFM autolink literals (www., http(s)://, e-mail) on text nodes. */
import type { PhrasingContent } from 'mdast';
import type { SourceText } from './source-text.js';

/** Splits text nodes around literal links. */
export function autolinkLiterals(children: PhrasingContent[], _source: SourceText): PhrasingContent[] {
  return children;
}
