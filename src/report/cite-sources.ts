/** Cites the lines a note applies to, file by file: inputs merged from several files each name their own. */
import type { Source } from '../model/types.js';

/** "a.md lines 3, 5; b.yaml line 7 and 2 more": the first `max` sources, grouped by file in the order the files first appear. */
export function citeSources(sources: readonly Source[], max: number): string {
  const cited = sources.slice(0, max);
  const rest = sources.length - cited.length;
  const byFile = new Map<string, number[]>();
  for (const source of cited) byFile.set(source.file, [...(byFile.get(source.file) ?? []), source.line]);
  const files = [...byFile].map(([file, lines]) => `${file} line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`);
  return `${files.join('; ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}
