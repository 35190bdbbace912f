/**
 * The cells of one GFM table row, with their offsets, as micromark delimits them: a cell runs from
 * its leading pipe (or the row's first character) to the next unescaped pipe, the last one
 * including a closing pipe. markdown-it gives the cells' text but not where they are.
 */

export interface CellSpan {
  /** Cell start and end (unist: the leading pipe is part of the cell). */
  readonly start: number;
  readonly end: number;
  /** The cell's text, trimmed, with `\|` read as `|` (what markdown-it's inline token holds). */
  readonly content: string;
  /** Offset in the source of each character of `content`, and of its end. */
  readonly offsets: readonly number[];
}

/** Cells of the row `text.slice(from, to)` (from: first non-blank character, to: line end). */
export function tableCells(text: string, from: number, to: number): CellSpan[] {
  let end = to;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const pipes: number[] = [];
  for (let index = from; index < end; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '|') pipes.push(index);
  }
  const leading = pipes[0] === from;
  const trailing = pipes.length > (leading ? 1 : 0) && pipes[pipes.length - 1] === end - 1;
  const bounds: number[] = leading ? pipes : [from, ...pipes];
  const cells: CellSpan[] = [];
  const count = trailing ? bounds.length - 1 : bounds.length;
  for (let cell = 0; cell < count; cell++) {
    const start = bounds[cell] as number;
    const next = bounds[cell + 1];
    // The last cell takes the row's trailing blanks, as in remark.
    const cellEnd = cell === count - 1 ? to : (next as number);
    const innerFrom = text[start] === '|' && (cell > 0 || leading) ? start + 1 : start;
    const innerTo = next === undefined ? end : next;
    cells.push({ start, end: cellEnd, ...cellContent(text, innerFrom, innerTo) });
  }
  return cells;
}

function cellContent(text: string, from: number, to: number): { content: string; offsets: number[] } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  let content = '';
  const offsets: number[] = [];
  for (let index = start; index < end; index++) {
    // An escaped pipe reads as `|`; a text starting there starts at the backslash, as in remark.
    offsets.push(index);
    if (text[index] === '\\' && text[index + 1] === '|') index++;
    content += text[index];
  }
  offsets.push(end);
  return { content, offsets };
}
