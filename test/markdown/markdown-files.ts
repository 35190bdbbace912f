/** The repository's Markdown files the differential test reads: fixtures, examples, docs and the report goldens. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const roots = ['test/fixtures', 'examples', 'docs', 'test/golden/report'];

/** Repository-relative paths of every `.md` file under the roots, sorted. */
export function markdownFiles(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.md')) found.push(relative(repoRoot, path));
    }
  };
  for (const root of roots) visit(join(repoRoot, root));
  return found.sort();
}
