/**
 * Several inputs for one site (a Markdown hardware list and a YAML network or backup spec, say) read
 * into one model: each is read as `loadSpec` reads it, the data are merged before validation
 * (merge-inputs.ts), and the merged document is validated once, every diagnostic and every model
 * source naming the file the value came from. One input is read exactly as `loadSpec` reads it.
 */
import type { Assumption, OpenQuestion, Source } from '../model/types.js';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.js';
import { type InventoryReader, inventoryReaderFor, type LoadResult, loadSpec, parseSpec, readSpecFile, readSpecInput, type SpecInput, validateSpec } from './load-spec.js';
import { mergeInputs } from './merge-inputs.js';
import { sameMeaningInSpec } from './same-meaning.js';
import { type PathSegment, type PositionedDocument, toPointer } from './yaml-document.js';

/** Reads the specs at `paths` (in order) into one model. I/O errors become diagnostics too. */
export async function loadSpecs(given: readonly string[]): Promise<LoadResult> {
  // A file named twice is read once: merged with itself, every entity would be reported as defined twice.
  const paths = [...new Set(given)];
  if (paths.length === 1 && paths[0] !== undefined) return loadSpec(paths[0]);
  const contents: { file: string; content: Uint8Array }[] = [];
  const unreadable: Diagnostic[] = [];
  for (const path of paths) {
    const read = await readSpecFile(path);
    if (read.ok) contents.push({ file: path, content: read.content });
    else unreadable.push(read.diagnostic);
  }
  const result = parseSpecs(contents, await inventoryReaderFor(contents.map((input) => input.file)));
  if (unreadable.length === 0) return result;
  return { assumptions: [], diagnostics: sortDiagnostics([...unreadable, ...result.diagnostics]) };
}

/** Validates several inputs merged into one spec and builds the model. Pure: no I/O. Needs the inventory reader when one input is Markdown. */
export function parseSpecs(inputs: readonly { readonly file: string; readonly content: Uint8Array | string }[], readInventory?: InventoryReader): LoadResult {
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only !== undefined) return parseSpec(only.file, only.content, readInventory);
  if (inputs.length === 0) return { assumptions: [], diagnostics: [] };
  const read: SpecInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const one = readSpecInput(input.file, input.content, readInventory);
    if (one.ok) {
      read.push(one.input);
      diagnostics.push(...one.input.warnings);
    } else diagnostics.push(...one.result.diagnostics);
  }
  if (hasErrors(diagnostics)) return { assumptions: [], diagnostics: sortDiagnostics(diagnostics) };

  // A Markdown inventory's assumed values (its site named after the file) give way to values another input wrote.
  const merged = mergeInputs(read.map(({ document, markdown }) => ({ ...document, ...(markdown ? { assumed: new Set(markdown.assumptions.flatMap((assumption) => assumption.sources.map((source) => source.pointer))) } : {}) })), sameMeaningInSpec);
  diagnostics.push(...merged.diagnostics);
  if (hasErrors(diagnostics)) return { assumptions: [], diagnostics: sortDiagnostics(diagnostics) };
  const files = read.map((input) => input.document.file);
  const document: PositionedDocument = { file: files[0] ?? '', data: merged.data, diagnostics: [], locate: merged.locate, origin: merged.origin };
  const locate = (path: readonly PathSegment[]): Source => {
    const from = merged.origin(path);
    return { file: from.file, ...merged.locate(path), pointer: toPointer(from.path) };
  };
  const result = validateSpec(document, locate, diagnostics, files);
  if (!result.model) return result;
  const inventories = read.flatMap((input) => (input.markdown ? [input.markdown] : []));
  const gone = new Set(merged.overridden.map((origin) => `${origin.file}#${toPointer(origin.path)}`));
  const standing = inventories.flatMap((inventory) => inventory.assumptions).map((assumption) => ({ ...assumption, sources: assumption.sources.filter((source) => !gone.has(`${source.file}#${source.pointer}`)) }));
  const assumptions = mergeAssumptions([...result.assumptions, ...standing.filter((assumption) => assumption.sources.length > 0)]);
  const openQuestions: OpenQuestion[] = inventories.flatMap((inventory) => inventory.openQuestions);
  return { ...result, assumptions, ...(inventories.length > 0 ? { openQuestions } : {}) };
}

/** One assumption per id, in first-seen order, with the lines of every input it applies to. */
function mergeAssumptions(assumptions: readonly Assumption[]): Assumption[] {
  const byId = new Map<string, Assumption>();
  for (const assumption of assumptions) {
    const seen = byId.get(assumption.id);
    byId.set(assumption.id, seen ? { ...seen, sources: [...seen.sources, ...assumption.sources] } : assumption);
  }
  return [...byId.values()];
}
