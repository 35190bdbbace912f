/** The terminal view of rule findings: grouped by severity, then layer, each with its location and remedy. */
import type { Analysis } from '../../analyze/run-analysis.js';
import { compareText } from '../../intake/diagnostic.js';
import type { BaselineComparison } from '../../rules/baseline.js';
import type { RuleReport, RuleStatus } from '../../rules/engine.js';
import type { Finding } from '../../rules/finding.js';
import { severities } from '../../rules/severity.js';
import { formatFactValue } from '../format-fact.js';

export interface FindingsTextOptions {
  /** Drop mitigation, evidence and blast-radius lines (settings.concise). */
  readonly concise?: boolean;
  readonly baseline?: BaselineComparison;
}

function where(finding: Finding): string {
  const location = finding.location;
  return location ? `${location.file}:${location.line}:${location.column}` : '(no location)';
}

function findingLines(finding: Finding, analysis: Analysis, options: FindingsTextOptions, tag: string): string[] {
  const lines = [`    ${where(finding)}  ${finding.severity}  ${finding.ruleId}${tag}  ${finding.message}`];
  if (finding.waiver?.expired) lines.push(`      waiver expired on ${finding.waiver.expires ?? '?'} (${finding.waiver.reason}); the finding counts again`);
  if (options.concise) return lines;
  lines.push(`      mitigation: ${finding.mitigation}`);
  if (finding.evidence.length > 0) {
    const facts = finding.evidence.map((id) => {
      const fact = analysis.byId.get(id);
      return fact ? `${id} = ${formatFactValue(fact)}` : id;
    });
    lines.push(`      evidence: ${facts.join('; ')}`);
  }
  if (finding.blastRadius.length > 0) lines.push(`      affects: ${finding.blastRadius.join(', ')}`);
  return lines;
}

/** A one-line count of findings by severity. */
export function countLine(report: RuleReport): string {
  const { counts } = report;
  const parts = severities.map((severity) => `${counts[severity]} ${severity}`).join(', ');
  return `${counts.total} finding(s): ${parts}; ${counts.waived} waived`;
}

/** Renders findings grouped by severity and layer, then waived findings and rule coverage. */
export function renderFindingsText(report: RuleReport, analysis: Analysis, options: FindingsTextOptions = {}): string {
  const parts = ['== Findings ==', countLine(report)];
  const known = new Set(options.baseline?.known.map((finding) => finding.fingerprint) ?? []);
  const tagOf = (finding: Finding) => (options.baseline ? (known.has(finding.fingerprint) ? ' [known]' : ' [new]') : '');
  for (const severity of severities) {
    const group = report.findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    parts.push('', severity.toUpperCase());
    const layersInGroup = [...new Set(group.map((finding) => finding.layer))].sort(compareText);
    for (const layer of layersInGroup) {
      parts.push(`  ${layer}`);
      for (const finding of group.filter((candidate) => candidate.layer === layer)) parts.push(...findingLines(finding, analysis, options, tagOf(finding)));
    }
  }
  if (report.waived.length > 0) {
    parts.push('', 'WAIVED');
    for (const finding of report.waived) parts.push(`    ${where(finding)}  ${finding.ruleId}  ${finding.message}`, `      waived: ${finding.waiver?.reason ?? ''}${finding.waiver?.expires ? ` (until ${finding.waiver.expires})` : ''}`);
  }
  if (report.unusedWaivers.length > 0) {
    parts.push('', 'Waivers that match no finding (remove them):');
    for (const waiver of report.unusedWaivers) parts.push(`    ${waiver.source.file}:${waiver.source.line}:${waiver.source.column}  ${waiver.rule} for "${waiver.subject}"`);
  }
  if (options.baseline) {
    const { baseline } = options;
    parts.push('', `Baseline: ${baseline.new.length} new, ${baseline.known.length} known, ${baseline.fixed.length} fixed`);
    for (const entry of baseline.fixed) parts.push(`    fixed: ${entry.ruleId} (${entry.subjects.join(', ')})`);
  }
  const statuses: RuleStatus[] = ['failed', 'passed', 'waived', 'not-applicable', 'disabled'];
  const coverage = statuses.map((status) => `${report.results.filter((result) => result.status === status).length} ${status}`).join(', ');
  parts.push('', `Rules: ${report.results.length} run: ${coverage}`);
  return `${parts.join('\n')}\n`;
}

/** The findings as a stable JSON document. */
export function findingsJson(report: RuleReport, baseline?: BaselineComparison): Record<string, unknown> {
  return {
    counts: report.counts,
    findings: report.findings,
    waived: report.waived,
    unusedWaivers: report.unusedWaivers,
    results: report.results,
    ...(baseline
      ? { baseline: { new: baseline.new.map((finding) => finding.fingerprint), known: baseline.known.map((finding) => finding.fingerprint), fixed: baseline.fixed } }
      : {}),
  };
}
