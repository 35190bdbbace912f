/** Plain-text tables for the terminal: aligned columns, no colour, deterministic. */

export interface TextTableOptions {
  /** Columns whose cells are right-aligned (numbers). */
  readonly alignRight?: readonly number[];
}

/** Renders rows under a header as an aligned table with a rule under the header. */
export function renderTextTable(header: readonly string[], rows: readonly (readonly string[])[], options: TextTableOptions = {}): string {
  const cells = [header, ...rows].map((row) => header.map((_, column) => oneLine(row[column] ?? '')));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => displayWidth(row[column] ?? ''))));
  const right = new Set(options.alignRight ?? []);
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        return right.has(column) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** Newlines and tabs in user text would break the table; they become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}

function displayWidth(text: string): number {
  return [...text].length;
}
