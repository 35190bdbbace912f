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
import type { Assumption, Model, Source } from '../model/types.js';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.js';
import { decodeInput, describeReadError } from './read-input.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { stripSecrets } from './secrets.js';
import { unitAssumptions } from './unit-assumptions.js';
import { parsePositioned, toPointer } from './yaml-document.js';

export interface LoadResult {
  /** The model, when the input had no errors. */
  readonly model?: Model;
  readonly assumptions: readonly Assumption[];
  readonly diagnostics: readonly Diagnostic[];
}

/** File extensions read as YAML (JSON is read by the same parser, YAML 1.2 being a superset of it). */
export const SPEC_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

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
  return parseSpec(path, content);
}

/** Validates spec `content` (the bytes of `file`) and builds the model. Pure: no I/O. */
export function parseSpec(file: string, content: Uint8Array | string): LoadResult {
  const extension = extname(file).toLowerCase();
  if (extension !== '' && !(SPEC_EXTENSIONS as readonly string[]).includes(extension)) {
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
          expected: `a spec ending in ${SPEC_EXTENSIONS.join(', ')}`,
          hint: 'write the inventory as YAML (see examples/) or run "kestra schema" for the format',
        },
      ],
    };
  }
  const decoded = decodeInput(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  if (!decoded.ok) return { assumptions: [], diagnostics: [decoded.diagnostic] };

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

  const parsed = specSchema.safeParse(stripped.data);
  if (!parsed.success) {
    const positioned = { ...document, data: stripped.data };
    return { assumptions: [], diagnostics: sortDiagnostics([...secretWarnings, ...schemaDiagnostics(parsed.error.issues, positioned, specSchema)]) };
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
  const diagnostics = sortDiagnostics([...secretWarnings, ...referenceDiagnostics]);
  if (hasErrors(diagnostics)) return { assumptions: [], diagnostics };
  return { model, assumptions: unitAssumptions(stripped.data, specSchema, locate), diagnostics };
}
