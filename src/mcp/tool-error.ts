/**
 * The typed errors of Kestra's MCP tools. A tool that cannot answer returns an MCP tool error
 * (`isError: true`) whose text a model can read and whose `_meta` carries the same error as data:
 * a stable code, the message, a hint, the argument issues or the located diagnostics.
 */
import type { Diagnostic } from '../intake/diagnostic.js';

export const toolErrorCodes = [
  /** The arguments do not match the tool's input schema, or a value in them cannot be read. */
  'invalid-arguments',
  /** A string argument or a file is larger than Kestra reads. */
  'input-too-large',
  /** A path leads outside the directories given with --root (by "..", an absolute path or a symlink). */
  'path-outside-roots',
  /** A path inside the roots names nothing. */
  'file-not-found',
  /** A path names a directory, a device or a pipe rather than a file. */
  'not-a-file',
  /** The inventory has errors; the diagnostics say where. */
  'invalid-input',
  /** The tool would write a file, and the server was started without --allow-write. */
  'write-not-allowed',
  /** A bug in Kestra; the message says which tool. */
  'internal-error',
] as const;
export type ToolErrorCode = (typeof toolErrorCodes)[number];

/** One problem with one argument, named by its path ("disks", "availabilities.2"). */
export interface ArgumentIssue {
  readonly path: string;
  readonly message: string;
}

/** Everything a tool error says. */
export interface ToolErrorDetails {
  readonly code: ToolErrorCode;
  readonly message: string;
  readonly hint?: string;
  readonly issues?: readonly ArgumentIssue[];
  readonly diagnostics?: readonly Diagnostic[];
}

const toolErrorBrand = Symbol.for('kestra.ToolError');

/** Thrown inside a tool to answer with a typed MCP tool error instead of a result. */
export class ToolError extends Error {
  readonly [toolErrorBrand] = true;
  constructor(readonly details: ToolErrorDetails) {
    super(details.message);
    this.name = 'ToolError';
  }
}

/** True for a ToolError, even one from another copy of the module (checked by brand). */
export function isToolError(error: unknown): error is ToolError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[toolErrorBrand] === true;
}

/** The `_meta` key under which an error result carries its details as data. */
export const TOOL_ERROR_META_KEY = 'kestra.dev/error';
