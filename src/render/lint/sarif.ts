/**
 * `kestra lint --format sarif`: SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html)
 * for code-scanning UIs. Deterministic: no timestamps, rules sorted by id, results in finding order.
 */
import { allPlanRuleMetas } from '../../review/registry.js';
import type { LintResult, Severity } from '../../review/types.js';
import { VERSION } from '../../version.js';
import { artifactUri } from '../sarif/artifact-uri.js';

const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF log of one lint run over `file` (a path relative to the working directory). */
export function lintSarif(file: string, result: LintResult) {
  const uri = artifactUri(file);
  const ruleIndex = new Map(allPlanRuleMetas.map((meta, index) => [meta.id, index]));
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kestra',
            version: VERSION,
            informationUri: 'https://www.npmjs.com/package/kestra-architect',
            rules: allPlanRuleMetas.map((meta) => ({
              id: meta.id,
              name: meta.id.replace(/^plan\//, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.rationale },
              help: { text: meta.fix },
              defaultConfiguration: { level: levels[meta.severity] },
              properties: { category: meta.category },
            })),
          },
        },
        artifacts: [{ location: { uri }, mimeType: 'text/markdown' }],
        results: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
          level: levels[finding.severity],
          message: { text: `${finding.message}. Fix: ${finding.fix}` },
          locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 }, region: { startLine: finding.line, startColumn: finding.column } } }],
          properties: { category: finding.category, fix: finding.fix },
        })),
        properties: { scores: result.scores, counts: result.counts },
      },
    ],
  };
}
