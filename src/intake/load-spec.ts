/**
 * Reads a YAML or JSON spec into the model: decode, parse with positions, strip secrets, validate
 * against the schema, check references, build the model. Every problem is collected as a located
 * diagnostic; no stage throws because of bad input.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildModel } from '../model/build-model.js';
import { checkReferences } from '../model/cross-references.js';
import { specSchema } from '../model/schema/spec.js';
import type { Assumption, Model, OpenQuestion, Source } from '../model/types.js';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.js';
import { decodeInput, describeReadError } from './read-input.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { stripSecrets } from './secrets.js';
import { unitAssumptions } from './unit-assumptions.js';
import type { InventoryReport } from './markdown/inventory-report.js';
import type { MarkdownInventory, readMarkdownInventory } from './markdown/read-inventory.js';
import { type PathSegment, type PositionedDocument, parsePositioned, toPointer } from './yaml-document.js';

export interface LoadResult {
  /** The model, when the input had no errors. */
  readonly model?: Model;
  readonly assumptions: readonly Assumption[];
  readonly diagnostics: readonly Diagnostic[];
  /** Facts the figures need that the input lacks (Markdown inventories); listed under Open Questions. */
  readonly openQuestions?: readonly OpenQuestion[];
  /** For a Markdown inventory: what became of every line, the assumptions and the open questions. */
  readonly inventory?: InventoryReport;
}

/** File extensions read as YAML (JSON is read by the same parser, YAML 1.2 being a superset of it). */
export const SPEC_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
/** File extensions read as a Markdown hardware inventory. */
export const INVENTORY_EXTENSIONS = ['.md', '.markdown'] as const;

/** Reads Markdown inventories: the reader and its Markdown parser are loaded only for a `.md` input. */
export type InventoryReader = typeof readMarkdownInventory;

/** Reads and validates the spec at `path`. I/O errors become diagnostics too. */
export async function loadSpec(path: string): Promise<LoadResult> {
  const read = await readSpecFile(path);
  if (!read.ok) return { assumptions: [], diagnostics: [read.diagnostic] };
  return parseSpec(path, read.content, await inventoryReaderFor([path]));
}

/** The bytes of the spec at `path`, or why it cannot be read. */
export async function readSpecFile(path: string): Promise<{ ok: true; content: Uint8Array } | { ok: false; diagnostic: Diagnostic }> {
  try {
    return { ok: true, content: await readFile(path) };
  } catch (error) {
    const message = describeReadError(error);
    return { ok: false, diagnostic: { severity: 'error', code: 'unreadable-file', file: path, line: 1, column: 1, message, expected: 'a readable YAML or JSON spec', hint: 'check the path and its permissions' } };
  }
}

/** The Markdown inventory reader when one of `paths` is a Markdown inventory: validate and analyze of a YAML spec never load the Markdown parser (remark and micromark). */
export async function inventoryReaderFor(paths: readonly string[]): Promise<InventoryReader | undefined> {
  return paths.some(isInventoryPath) ? (await import('./markdown/read-inventory.js')).readMarkdownInventory : undefined;
}

/** True for a file read as a Markdown inventory. */
export function isInventoryPath(path: string): boolean {
  return (INVENTORY_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Validates spec `content` (the bytes of `file`) and builds the model. Pure: no I/O. A Markdown
 * inventory needs `readInventory` (src/intake/markdown/read-inventory.ts `readMarkdownInventory`).
 */
export function parseSpec(file: string, content: Uint8Array | string, readInventory?: InventoryReader): LoadResult {
  const read = readSpecInput(file, content, readInventory);
  if (!read.ok) return read.result;
  const { document, warnings, markdown } = read.input;
  const locate = (path: readonly PathSegment[]): Source => ({ file, ...document.locate(path), pointer: toPointer(path) });
  const result = validateSpec(document, locate, warnings, [file]);
  if (!markdown) return result;
  if (!result.model) return { ...result, inventory: markdown.report };
  const assumptions = [...result.assumptions, ...markdown.assumptions];
  return { ...result, assumptions, openQuestions: markdown.openQuestions, inventory: { ...markdown.report, assumptions } };
}

/** One input read up to validation: its data as a positioned document, the warnings so far, and for Markdown what the reader found. */
export interface SpecInput {
  readonly document: PositionedDocument & { readonly data: Readonly<Record<string, unknown>> };
  readonly warnings: readonly Diagnostic[];
  readonly markdown?: MarkdownInventory;
}

/** Decodes and parses one input, strips its secrets, and checks that it is a mapping: everything before the schema. Pure. */
export function readSpecInput(file: string, content: Uint8Array | string, readInventory?: InventoryReader): { ok: true; input: SpecInput } | { ok: false; result: LoadResult } {
  const failed = (diagnostics: readonly Diagnostic[], inventory?: InventoryReport) => ({ ok: false as const, result: { assumptions: [], diagnostics, ...(inventory ? { inventory } : {}) } });
  const extension = extname(file).toLowerCase();
  const markdown = isInventoryPath(file);
  if (extension !== '' && !markdown && !(SPEC_EXTENSIONS as readonly string[]).includes(extension)) {
    return failed([
      {
        severity: 'error',
        code: 'unsupported-file-type',
        file,
        line: 1,
        column: 1,
        message: `"${extension}" files are not read as a spec`,
        expected: `a spec ending in ${SPEC_EXTENSIONS.join(', ')} or a Markdown inventory ending in ${INVENTORY_EXTENSIONS.join(', ')}`,
        hint: 'write the inventory as YAML or Markdown (see examples/) or run "kestra schema" for the format',
      },
    ]);
  }
  const decoded = decodeInput(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  if (!decoded.ok) return failed([decoded.diagnostic]);
  if (markdown) {
    if (!readInventory) throw new Error(`parseSpec(${JSON.stringify(file)}): a Markdown inventory needs the inventory reader`);
    const inventory = readInventory(file, decoded.text);
    const document = { file, data: inventory.data, diagnostics: [], locate: (path: readonly PathSegment[]) => inventory.locate(path) };
    return { ok: true, input: { document, warnings: inventory.diagnostics, markdown: inventory } };
  }

  const document = parsePositioned(file, decoded.text);
  if (hasErrors(document.diagnostics)) return failed(sortDiagnostics(document.diagnostics));

  const stripped = stripSecrets(document.data);
  const warnings: Diagnostic[] = stripped.findings.map((finding) => ({
    severity: 'warning',
    code: 'secret-in-input',
    file,
    ...document.locate(finding.path, { key: finding.removed }),
    message: `a secret was found here (${finding.reason}); Kestra ${finding.removed ? 'ignored the key' : 'replaced the value'} and never prints it`,
    hint: 'keep secrets in a password manager or a secrets file outside the inventory, and rotate this one if the file was shared',
    pointer: toPointer(finding.path),
  }));

  const data = stripped.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failed([
      {
        severity: 'error',
        code: 'wrong-type',
        file,
        ...document.locate([]),
        message: `the document is ${Array.isArray(data) ? 'a list' : `a single ${data === null ? 'null' : typeof data} value`}`,
        expected: 'a mapping with "version: 1" and "site:" at the top level',
        hint: 'run "kestra init" for a commented starter spec',
      },
    ]);
  }
  return { ok: true, input: { document: { ...document, data: data as Record<string, unknown> }, warnings } };
}

/**
 * Schema validation, model building and reference checks: the same for every input format, and for
 * inputs merged into one document (whose `origin` names the file each value came from).
 */
export function validateSpec(document: PositionedDocument, locate: (path: readonly PathSegment[]) => Source, warnings: readonly Diagnostic[], files: readonly string[]): LoadResult {
  const parsed = specSchema.safeParse(document.data);
  if (!parsed.success) {
    return { assumptions: [], diagnostics: sortDiagnostics([...warnings, ...schemaDiagnostics(parsed.error.issues, document, specSchema)]) };
  }
  const model = buildModel(parsed.data, locate, files);
  const referenceDiagnostics: Diagnostic[] = checkReferences(model).map((problem) => {
    const from = document.origin?.(problem.path) ?? { file: document.file, path: problem.path };
    return {
      severity: 'error',
      code: problem.code,
      file: from.file,
      ...document.locate(problem.path),
      message: problem.message,
      expected: problem.expected,
      hint: problem.hint,
      pointer: toPointer(from.path),
    };
  });
  const diagnostics = sortDiagnostics([...warnings, ...referenceDiagnostics]);
  if (hasErrors(diagnostics)) return { assumptions: [], diagnostics };
  return { model, assumptions: unitAssumptions(document.data, specSchema, locate), diagnostics };
}
