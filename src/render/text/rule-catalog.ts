/** `kestra rules` and `kestra explain`: the rule catalog as a table, and one rule in full. */
import type { AnyRule } from '../../rules/rule.js';
import { renderTextTable } from './table.js';

/** The catalog as an aligned table: id, severity, layer, title. */
export function renderRuleTable(rules: readonly AnyRule[]): string {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.severity, rule.meta.layer, rule.meta.title]);
  return `${renderTextTable(['rule', 'severity', 'layer', 'title'], rows)}\n\n${rules.length} rule(s). "kestra explain <rule>" shows the rationale, remedy and examples.\n`;
}

function indent(text: string, prefix = '    '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line.length > 0 ? prefix + line : line))
    .join('\n');
}

/** One rule in full: rationale, remediation, references, options and its failing and passing examples. */
export function renderRuleExplanation(rule: AnyRule): string {
  const { meta } = rule;
  const parts = [
    `${meta.id} — ${meta.title}`,
    `severity: ${meta.severity}    layer: ${meta.layer}${meta.analyzers && meta.analyzers.length > 0 ? `    reads facts of: ${meta.analyzers.join(', ')}` : ''}`,
    '',
    'Why it matters',
    indent(meta.rationale, '  '),
    '',
    'What to do',
    indent(meta.remediation, '  '),
  ];
  if (meta.references.length > 0) parts.push('', 'References', ...meta.references.map((url) => `  - ${url}`));
  if (meta.options) parts.push('', `Options (kestra.config.yaml, options: { ${meta.id}: {…} }): defaults ${JSON.stringify(meta.options.parse({}))}`);
  parts.push('', 'Messages', ...Object.values(meta.messages).map((template) => `  - ${String(template)}`));
  if (meta.examples.failing) parts.push('', 'Fires on', indent(meta.examples.failing));
  if (meta.examples.passing) parts.push('', 'Passes', indent(meta.examples.passing));
  parts.push('', `Waive it (with a reason) in the spec:\n    waivers:\n      - { rule: ${meta.id}, subject: <id>, reason: "…", expires: 2027-01-31 }`);
  return `${parts.join('\n')}\n`;
}
