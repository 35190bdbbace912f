/** `kestra lint --format json`: the whole lint result with a stable, documented shape. */
import type { LintResult } from '../../review/types.js';
import { VERSION } from '../../version.js';

/** The JSON document: tool, inputs, scores, counts, findings, checks, sections, stats. */
export function lintJson(file: string, result: LintResult, spec?: string) {
  return {
    tool: { name: 'kestra', version: VERSION },
    file,
    ...(spec === undefined ? {} : { spec }),
    scores: result.scores,
    counts: result.counts,
    findings: result.findings,
    checks: result.checks,
    sections: result.sections,
    stats: result.stats,
  };
}
