/**
 * Turns zod validation issues into located diagnostics that say what is wrong, the value found, what
 * was expected and what to do, with "did you mean" for misspelt keys and enum values.
 */
import type { z } from 'zod';
import { type Diagnostic, quoteValue } from './diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { knownKeys } from '../model/schema/schema-walk.js';
import { type PathSegment, type PositionedDocument, toPointer } from './yaml-document.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Converts the issues of a failed parse to diagnostics located in `document`. */
export function schemaDiagnostics(issues: readonly Issue[], document: PositionedDocument, root: AnySchema): Diagnostic[] {
  return issues.flatMap((issue) => describeIssue(issue, [], document, root));
}

function describeIssue(issue: Issue, prefix: readonly PathSegment[], document: PositionedDocument, root: AnySchema): Diagnostic[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const value = valueAt(document.data, path);
  const at = (targetPath: readonly PathSegment[], key = false) => document.locate(targetPath, { key });
  const diagnostic = (
    code: string,
    message: string,
    expected: string | undefined,
    hint: string | undefined,
    position = at(path),
    pointerPath: readonly PathSegment[] = path,
  ): Diagnostic => {
    const from = document.origin?.(pointerPath) ?? { file: document.file, path: pointerPath };
    return {
      severity: 'error',
      code,
      file: from.file,
      line: position.line,
      column: position.column,
      message,
      ...(expected === undefined ? {} : { expected }),
      ...(hint === undefined ? {} : { hint }),
      pointer: toPointer(from.path),
    };
  };
  const where = describePath(path);
  const missing = (expected: string): Diagnostic => {
    const parent = path.slice(0, -1);
    const key = path[path.length - 1];
    const message = typeof key === 'number' ? `missing item ${key} of ${describePath(parent)}` : `missing required key ${quoteValue(String(key))} in ${describePath(parent)}`;
    return diagnostic('missing-key', message, expected, `add "${String(key)}:" to ${describePath(parent)}`, at(parent));
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(root, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return diagnostic(
          'unknown-key',
          `unknown key ${quoteValue(key)} in ${where}`,
          known.length > 0 ? `one of: ${known.join(', ')}` : undefined,
          suggestion ? `did you mean "${suggestion}"?` : 'remove the key, or check its indentation (it may belong to the level above)',
          at([...path, key], true),
          [...path, key],
        );
      });
    }
    case 'invalid_type': {
      if (value === undefined) return [missing(describeExpected(issue.expected))];
      return [
        diagnostic(
          'wrong-type',
          `${where} is ${describeValue(value)}`,
          describeExpected(issue.expected),
          typeHint(issue.expected, value),
        ),
      ];
    }
    case 'invalid_value': {
      if (value === undefined) return [missing(issue.values.length === 1 ? quoteValue(issue.values[0]) : `one of: ${issue.values.map(String).join(', ')}`)];
      const options = issue.values.map((option) => String(option));
      const suggestion = typeof value === 'string' ? didYouMean(value, options) : undefined;
      return [
        diagnostic(
          'invalid-value',
          `${where} is ${describeValue(value)}`,
          options.length === 1 ? quoteValue(options[0]) : `one of: ${options.join(', ')}`,
          suggestion ? `did you mean "${suggestion}"?` : `use one of the listed values`,
        ),
      ];
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors, value);
      if (branch) return branch.flatMap((inner) => describeIssue(inner, path, document, root));
      return [diagnostic('wrong-type', `${where} is ${describeValue(value)}`, 'a value of one of the accepted forms', 'see `kestra schema` for the accepted forms')];
    }
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const kind = issue.origin;
      const expected =
        kind === 'array'
          ? `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} item(s)`
          : kind === 'string'
            ? `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} character(s)`
            : `a number ${issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'} ${bound}`;
      return [diagnostic('out-of-range', `${where} is ${describeValue(value)}`, expected, 'change the value to fit the range')];
    }
    case 'invalid_format':
      return [diagnostic('invalid-format', `${where} is ${describeValue(value)}`, issue.message, 'see `kestra schema` for the format')];
    case 'custom': {
      const hint = typeof issue.params?.['hint'] === 'string' ? (issue.params['hint'] as string) : undefined;
      return [diagnostic('invalid-value', `${where} is ${describeValue(value)}`, issue.message, hint)];
    }
    default:
      return [diagnostic('invalid-value', `${where}: ${issue.message}`, undefined, undefined)];
  }
}

/** Picks the union branch whose issues describe the value best: the one that got furthest. */
function bestBranch(branches: readonly (readonly Issue[])[], value: unknown): readonly Issue[] | undefined {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const scored = branches
    .filter((branch) => branch.length > 0)
    .map((branch) => {
      const rootTypeMismatch = branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
      return { branch, score: (rootTypeMismatch ? 1000 : 0) + branch.length };
    })
    .sort((a, b) => a.score - b.score);
  const best = scored[0];
  if (!best) return undefined;
  if (best.score >= 1000 && !isObject) return undefined;
  return best.branch;
}

/** The value at `path` in plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** Human path such as `hosts[0] ("pve1").memory`. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return `a list of ${value.length} item(s)`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoteValue(value)}`;
  return `${typeof value} ${quoteValue(value)}`;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping of keys to values';
    case 'array':
      return 'a list (items starting with "- ")';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function typeHint(expected: string, value: unknown): string {
  if (expected === 'array' && value !== null && typeof value === 'object') return 'write each entry on its own line starting with "- "';
  if (expected === 'boolean' && typeof value === 'string') return 'write true or false without quotes';
  if (expected === 'number' && typeof value === 'string') return 'write the number without quotes or units';
  if (expected === 'object' && typeof value !== 'object') return 'indent the nested keys under this key';
  return `write ${describeExpected(expected)} here`;
}
