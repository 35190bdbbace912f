/** A problem with the input, located in the file that holds it. Collected, never thrown. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  /** Stable machine-readable kind, e.g. "yaml-syntax", "unknown-key", "dangling-reference". */
  readonly code: string;
  /** Path of the file, as the user named it. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong, naming the offending value where it is safe to print. */
  readonly message: string;
  /** What was expected there. */
  readonly expected?: string;
  /** What to do next. */
  readonly hint?: string;
  /** JSON pointer of the value in the spec, when it has one. */
  readonly pointer?: string;
}

/** Formats one diagnostic as `file:line:col: error: <what> (expected <…>) hint: <…>`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const expected = diagnostic.expected ? ` (expected ${diagnostic.expected})` : '';
  const hint = diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : '';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}${expected}${hint}`;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Sorts diagnostics by file, line, column, then severity and message, so output never depends on discovery order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/** Locale-independent string comparison (code-unit order), for deterministic sorting. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** Quotes a user value for a message: JSON-quoted, cut to a readable length. */
export function quoteValue(value: unknown, maxLength = 60): string {
  let textValue: string;
  try {
    textValue = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    textValue = String(value);
  }
  if (textValue === undefined) textValue = String(value);
  return textValue.length > maxLength ? `${textValue.slice(0, maxLength - 1)}…` : textValue;
}
