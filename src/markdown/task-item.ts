/**
 * GFM task list items: a list item whose first paragraph starts with `[ ]`, `[x]` or `[X]` and
 * whitespace gets `checked`, and the marker leaves its text, as remark-gfm does. markdown-it has
 * no task items of its own. https://github.github.com/gfm/#task-list-items-extension-
 */
import type { ListItem } from 'mdast';

const marker = /^\[([ \txX])\][ \t\n]+/;

/** Reads the task marker of `item` (in place). */
export function taskItem(item: ListItem, text: string): void {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.position) return;
  const match = marker.exec(first.value);
  if (!match) return;
  const rest = first.value.slice(match[0].length);
  if (rest === '' && paragraph.children.length === 1) return;
  // The marker must be written as is: the first text starts with it in the source.
  const start = first.position.start.offset ?? 0;
  if (text.slice(start, start + 3).toLowerCase() !== first.value.slice(0, 3).toLowerCase()) return;
  item.checked = match[1] === 'x' || match[1] === 'X';
  const shift = match[0].length;
  const offset = start + shift;
  const line = first.value.slice(0, shift).split('\n').length - 1;
  const column = line === 0 ? first.position.start.column + shift : shift - first.value.lastIndexOf('\n', shift - 1);
  const point = { line: first.position.start.line + line, column, offset };
  if (rest === '') paragraph.children.shift();
  else {
    first.value = rest;
    first.position.start = point;
    // remark moves the paragraph's start past the marker only when text follows it on the line.
    if (paragraph.position) paragraph.position.start = { ...point };
  }
}
