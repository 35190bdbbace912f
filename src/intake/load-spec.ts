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
import type { readMarkdownInventory } from './markdown/read-inventory.js';
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
  let content: Uint8Array;
  try {
    content = await readFile(path);
  } catch (error) {
    const message = describeReadError(error);
    return {
      assumptions: [],
      diagnostics: [{ severity: 'error', code: 'unreadable-file', file: path, line: 1, column: 1, message, expected: 'a readable YAML or JSON spec', hint: 'check the path and its permissions' }],
    };
  }
  // validate and analyze of a YAML spec never load the Markdown parser (remark and micromark).
  const markdown = (INVENTORY_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
  const readInventory = markdown ? (await import('./markdown/read-inventory.js')).readMarkdownInventory : undefined;
  return parseSpec(path, content, readInventory);
}

/**
 * Validates spec `content` (the bytes of `file`) and builds the model. Pure: no I/O. A Markdown
 * inventory needs `readInventory` (src/intake/markdown/read-inventory.ts `readMarkdownInventory`).
 */
export function parseSpec(file: string, content: Uint8Array | string, readInventory?: InventoryReader): LoadResult {
  const extension = extname(file).toLowerCase();
  const markdown = (INVENTORY_EXTENSIONS as readonly string[]).includes(extension);
  if (extension !== '' && !markdown && !(SPEC_EXTENSIONS as readonly string[]).includes(extension)) {
    return {
      assumptions: [],
      diagnostics: [
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
      ],
    };
  }
  const decoded = decodeInput(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  if (!decoded.ok) return { assumptions: [], diagnostics: [decoded.diagnostic] };
  if (markdown) {
    if (!readInventory) throw new Error(`parseSpec(${JSON.stringify(file)}): a Markdown inventory needs the inventory reader`);
    return parseMarkdown(file, decoded.text, readInventory);
  }

  const document = parsePositioned(file, decoded.text);
  if (hasErrors(document.diagnostics)) return { assumptions: [], diagnostics: sortDiagnostics(document.diagnostics) };

  const locate = (path: readonly (string | number)[]): Source => ({ file, ...document.locate(path), pointer: toPointer(path) });
  const stripped = stripSecrets(document.data);
  const secretWarnings: Diagnostic[] = stripped.findings.map((finding) => ({
    severity: 'warning',
    code: 'secret-in-input',
    file,
    ...document.locate(finding.path, { key: finding.removed }),
    message: `a secret was found here (${finding.reason}); Kestra ${finding.removed ? 'ignored the key' : 'replaced the value'} and never prints it`,
    hint: 'keep secrets in a password manager or a secrets file outside the inventory, and rotate this one if the file was shared',
    pointer: toPointer(finding.path),
  }));

  if (stripped.data === null || typeof stripped.data !== 'object' || Array.isArray(stripped.data)) {
    return {
      assumptions: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'wrong-type',
          file,
          ...document.locate([]),
          message: `the document is ${Array.isArray(stripped.data) ? 'a list' : `a single ${stripped.data === null ? 'null' : typeof stripped.data} value`}`,
          expected: 'a mapping with "version: 1" and "site:" at the top level',
          hint: 'run "kestra init" for a commented starter spec',
        },
      ],
    };
  }

  return validateSpec({ ...document, data: stripped.data }, locate, secretWarnings);
}

/** Reads a Markdown inventory into spec input, then validates it exactly as a YAML spec is validated. */
function parseMarkdown(file: string, text: string, readInventory: InventoryReader): LoadResult {
  const inventory = readInventory(file, text);
  const document: PositionedDocument = { file, data: inventory.data, diagnostics: [], locate: (path) => inventory.locate(path) };
  const locate = (path: readonly PathSegment[]): Source => ({ file, ...inventory.locate(path), pointer: toPointer(path) });
  const result = validateSpec(document, locate, inventory.diagnostics);
  if (!result.model) return { ...result, inventory: inventory.report };
  const assumptions = [...result.assumptions, ...inventory.assumptions];
  return { ...result, assumptions, openQuestions: inventory.openQuestions, inventory: { ...inventory.report, assumptions } };
}

/** Schema validation, model building and reference checks: the same for every input format. */
function validateSpec(document: PositionedDocument, locate: (path: readonly PathSegment[]) => Source, warnings: readonly Diagnostic[]): LoadResult {
  const file = document.file;
  const parsed = specSchema.safeParse(document.data);
  if (!parsed.success) {
    return { assumptions: [], diagnostics: sortDiagnostics([...warnings, ...schemaDiagnostics(parsed.error.issues, document, specSchema)]) };
  }
  const model = buildModel(parsed.data, locate, [file]);
  const referenceDiagnostics: Diagnostic[] = checkReferences(model).map((problem) => ({
    severity: 'error',
    code: problem.code,
    file,
    ...document.locate(problem.path),
    message: problem.message,
    expected: problem.expected,
    hint: problem.hint,
    pointer: toPointer(problem.path),
  }));
  const diagnostics = sortDiagnostics([...warnings, ...referenceDiagnostics]);
  if (hasErrors(diagnostics)) return { assumptions: [], diagnostics };
  return { model, assumptions: unitAssumptions(document.data, specSchema, locate), diagnostics };
}
