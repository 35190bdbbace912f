/**
 * SARIF 2.1.0 output (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for
 * GitHub code scanning and other viewers: rule metadata in tool.driver.rules, one result per
 * finding located at the spec line of its subject, waived findings as suppressed results.
 * Deterministic: no timestamps, URIs relative to the working directory.
 */
import type { RuleReport } from '../../rules/engine.js';
import type { Finding } from '../../rules/finding.js';
import type { AnyRule } from '../../rules/rule.js';
import type { Severity } from '../../rules/severity.js';
import { artifactUri } from './artifact-uri.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub ranks code-scanning alerts by "security-severity" (0–10): critical ≥ 9, high 7–8.9, medium 4–6.9, low < 4. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A file path as a relative URI reference with forward slashes, each segment percent-encoded. */
function result(finding: Finding, ruleIndex: number, suppressed: boolean): Record<string, unknown> {
  const location = finding.location;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...(location
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(location.file) }, region: { startLine: location.line, startColumn: location.column } } }] }
      : {}),
    partialFingerprints: { 'kestraFinding/v1': finding.fingerprint },
    ...(suppressed && finding.waiver ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: finding.waiver.reason }] } : {}),
    properties: {
      severity: finding.severity,
      subjects: finding.subjects,
      evidence: finding.evidence,
      blastRadius: finding.blastRadius,
      mitigation: finding.mitigation,
      ...(finding.waiver?.expired ? { waiverExpired: finding.waiver.expires } : {}),
    },
  };
}

/** The SARIF log of a rule run. `rules` are every rule that ran (built-in and custom), for their metadata. */
export function renderSarif(report: RuleReport, rules: readonly AnyRule[], version: string): string {
  const effective = new Map(report.results.map((item) => [item.ruleId, item.severity]));
  const ran = rules.filter((rule) => effective.has(rule.meta.id)).sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const index = new Map(ran.map((rule, position) => [rule.meta.id, position]));
  const descriptors = ran.map((rule) => {
    const severity = effective.get(rule.meta.id) ?? rule.meta.severity;
    const references = rule.meta.references.map((url) => `- ${url}`).join('\n');
    return {
      id: rule.meta.id,
      name: rule.meta.id.replace(/[/-](.)/g, (_, letter: string) => letter.toUpperCase()).replace(/^./, (letter) => letter.toUpperCase()),
      shortDescription: { text: rule.meta.title },
      fullDescription: { text: rule.meta.rationale },
      help: {
        text: `${rule.meta.remediation}${rule.meta.references.length > 0 ? `\n\nReferences:\n${references}` : ''}`,
        markdown: `**Why:** ${rule.meta.rationale}\n\n**Fix:** ${rule.meta.remediation}${rule.meta.references.length > 0 ? `\n\n**References:**\n${references}` : ''}`,
      },
      ...(rule.meta.references[0] ? { helpUri: rule.meta.references[0] } : {}),
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: [rule.meta.layer], severity, 'security-severity': SECURITY_SEVERITY[severity] },
    };
  });
  const results = [
    ...report.findings.map((finding) => result(finding, index.get(finding.ruleId) ?? -1, false)),
    ...report.waived.map((finding) => result(finding, index.get(finding.ruleId) ?? -1, true)),
  ];
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Kestra', semanticVersion: version, informationUri: 'https://www.npmjs.com/package/kestra-architect', rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
