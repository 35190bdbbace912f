/**
 * The plain text of an mdast node with block boundaries kept: paragraphs and list items end with a
 * newline and table cells are separated by " | ", so "memory" and a nested "Mitigation:" stay two
 * words (mdast-util-to-string would join them). Iterative, so deep nesting cannot overflow the stack.
 */
import type { Nodes } from 'mdast';

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'code', 'table', 'tableRow', 'thematicBreak', 'html', 'footnoteDefinition']);

/** Text of `node`, blocks separated by newlines. */
export function nodeText(node: Nodes): string {
  const parts: string[] = [];
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as Nodes | string;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.type === 'html') continue;
    if (item !== node && blockTypes.has(item.type)) stack.push('\n');
    if (item !== node && item.type === 'tableCell') stack.push(' | ');
    if ('value' in item && typeof item.value === 'string') parts.push(item.value);
    if ('children' in item) for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as Nodes);
  }
  return parts.join('').replace(/[ \t]*\n[\s]*/g, '\n').replace(/ \| \n/g, '\n').trim();
}
