/**
 * `kestra init --from inventory.md`: the Markdown inventory as a commented YAML spec. The YAML is
 * read back before it is returned, and must give the same model as the inventory did; a difference
 * is a bug and throws.
 */
import { isDeepStrictEqual } from 'node:util';
import { type LoadResult, parseSpec } from './load-spec.js';
import { readMarkdownInventory } from './markdown/read-inventory.js';
import { decodeInput } from './read-input.js';
import { annotationsAtPaths } from './spec-writer/path-notes.js';
import { renderYaml } from './spec-writer/render-yaml.js';

export interface InitResult {
  /** The YAML text, when the inventory gave a valid model. */
  readonly yaml?: string;
  /** The load result of the inventory (diagnostics, report, model). */
  readonly loaded: LoadResult;
}

/** The model without where things were written, for comparing the same site read from two files. */
export function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) if (key !== 'source' && key !== 'files') result[key] = withoutSources(child);
    return result;
  }
  return value;
}

/** Converts the inventory `content` of `file` to a commented spec that `outputName` will hold. */
export function inventoryToSpec(file: string, content: Uint8Array | string, outputName: string): InitResult {
  const loaded = parseSpec(file, content, readMarkdownInventory);
  if (!loaded.model) return { loaded };
  const decoded = decodeInput(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  if (!decoded.ok) return { loaded };
  const inventory = readMarkdownInventory(file, decoded.text);
  const unread = inventory.report.lines.filter((line) => line.status === 'not-understood' || line.status === 'secret');
  const header = [
    `Written by "kestra init --from ${file}". Kestra read the inventory into this spec;`,
    'every "assumed:" comment marks a value Kestra filled in, every "open question:" a fact still missing.',
    `Check them, then keep this file in git. Check it with: kestra validate ${outputName}`,
    ...(unread.length > 0
      ? ['', `Lines of ${file} that were not understood (add what matters by hand):`, ...unread.map((line) => `  line ${line.line}: ${line.status === 'secret' ? '[secret not shown]' : JSON.stringify(line.text ?? '')}`)]
      : []),
  ];
  const { annotations, documentNotes } = annotationsAtPaths(inventory.data, inventory.annotations);
  const yaml = renderYaml(inventory.data, annotations, [...header, ...(documentNotes.length > 0 ? ['', ...documentNotes] : [])]);
  const reread = parseSpec(outputName, yaml);
  if (!reread.model || !isDeepStrictEqual(withoutSources(reread.model), withoutSources(loaded.model))) {
    throw new Error(`the spec written from ${file} does not read back to the same model`);
  }
  return { yaml, loaded };
}
