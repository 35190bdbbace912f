/** `kestra lint` for the terminal: one located line per finding with its fix, then the scores. */
import { categories, type LintResult } from '../../review/types.js';

/** Renders a lint result; `file` is the plan's path as the user gave it. */
export function renderLintText(file: string, result: LintResult): string {
  const lines: string[] = [];
  const severityWidth = Math.max(0, ...result.findings.map((finding) => finding.severity.length));
  for (const finding of result.findings) {
    lines.push(`${file}:${finding.line}:${finding.column}  ${finding.severity.padEnd(severityWidth)}  ${finding.ruleId}  ${oneLine(finding.message)}`);
    lines.push(`  fix: ${oneLine(finding.fix)}`);
  }
  if (lines.length > 0) lines.push('');
  const byCategory = categories.map((category) => `${category} ${result.scores.byCategory[category] ?? 'n/a'}`).join(', ');
  lines.push(`Score ${result.scores.overall}/100 (${byCategory})`);
  const applied = result.checks.filter((check) => check.status !== 'not-applicable').length;
  const { error, warning, info } = result.counts;
  lines.push(`${error} error(s), ${warning} warning(s), ${info} info from ${applied} of ${result.checks.length} checks (${result.stats.steps} steps, ${result.stats.risks} risks)`);
  const sections = result.sections.map((section) => `${section.kind} "${oneLine(section.heading)}" (line ${section.line})`);
  lines.push(`Sections recognised: ${sections.length > 0 ? sections.join('; ') : 'none'}`);
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
