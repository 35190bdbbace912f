/** Prints located diagnostics the same way for every command, capped so a broken file stays readable. */
import { type Diagnostic, formatDiagnostic } from '../intake/diagnostic.js';

/** At most this many diagnostics are printed per run; the rest are counted. */
export const MAX_PRINTED_DIAGNOSTICS = 50;

/** Renders diagnostics for the terminal, with a count of those left out. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const shown = diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS).map(formatDiagnostic);
  const rest = diagnostics.length - shown.length;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const lines = [...shown];
  if (rest > 0) lines.push(`… and ${rest} more problem(s) not shown`);
  if (errors > 0) lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
