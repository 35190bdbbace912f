/** `kestra lint --format json`: the whole lint result with a stable, documented shape. */
import type { LintResult } from '../../review/types.js';
import { VERSION } from '../../version.js';

/** The JSON document: tool, inputs, scores, counts, findings, checks, sections, stats. `spec` is the first spec, `specs` (several only) all of them. */
export function lintJson(file: string, result: LintResult, spec?: string | readonly string[]) {
  const specs = typeof spec === 'string' ? [spec] : spec;
  return {
    tool: { name: 'kestra', version: VERSION },
    file,
    ...(specs?.[0] === undefined ? {} : { spec: specs[0] }),
    ...(specs !== undefined && specs.length > 1 ? { specs } : {}),
    scores: result.scores,
    counts: result.counts,
    findings: result.findings,
    checks: result.checks,
    sections: result.sections,
    stats: result.stats,
  };
}
