/**
 * The understood/assumed/unknown report of a Markdown inventory: every non-empty line of the input
 * with what became of it (read into which model fields, structure, a secret, or not understood),
 * plus the assumptions and open questions. Line text is shown redacted and never for secret lines.
 */
import type { Assumption, OpenQuestion } from '../../model/types.js';
import { redactText } from '../secrets.js';

export type LineStatus = 'mapped' | 'context' | 'secret' | 'not-understood';

export interface InventoryLine {
  /** 1-based line number. */
  readonly line: number;
  readonly status: LineStatus;
  /** Model fields the line was read into, e.g. "hosts[pve1].memory". */
  readonly fields: readonly string[];
  /** What a structural line is (a section heading, a table header), or why a line was not understood. */
  readonly what?: string;
  /** Parts of the line that were not read, e.g. an unknown column. */
  readonly notes: readonly string[];
  /** The line's text, redacted and shortened; absent for secret lines. */
  readonly text?: string;
}

export interface InventoryReport {
  readonly file: string;
  readonly lines: readonly InventoryLine[];
  readonly assumptions: readonly Assumption[];
  readonly openQuestions: readonly OpenQuestion[];
}

const EXCERPT = 72;

/** A line's text as it may be shown: secrets replaced, cut to a readable length. */
export function excerpt(text: string): string {
  const redacted = redactText(text.trim());
  const characters = Array.from(redacted);
  return characters.length > EXCERPT ? `${characters.slice(0, EXCERPT - 1).join('')}…` : redacted;
}

/** Counts lines by status. */
export function countLines(report: InventoryReport): Record<LineStatus, number> {
  const counts: Record<LineStatus, number> = { mapped: 0, context: 0, secret: 0, 'not-understood': 0 };
  for (const line of report.lines) counts[line.status]++;
  return counts;
}

/** Renders the report for the terminal: every line, then assumptions and open questions. */
export function renderInventoryReport(report: InventoryReport): string {
  const counts = countLines(report);
  const width = String(report.lines[report.lines.length - 1]?.line ?? 1).length;
  const out: string[] = [
    `Read from ${report.file}: ${counts.mapped} line(s) understood, ${counts.context} structural, ${counts['not-understood']} not understood${counts.secret > 0 ? `, ${counts.secret} holding secrets (not read, not shown)` : ''}.`,
    '',
    'Understood:',
  ];
  const at = (line: number) => `${report.file}:${String(line).padEnd(width)}`;
  for (const line of report.lines) {
    if (line.status === 'mapped') out.push(`  ${at(line.line)}  ${abbreviate(line.fields)}${line.notes.length > 0 ? `  (not read: ${line.notes.join('; ')})` : ''}`);
    else if (line.status === 'context') out.push(`  ${at(line.line)}  ${line.what ?? 'structure'}`);
  }
  const unknown = report.lines.filter((line) => line.status === 'not-understood' || line.status === 'secret');
  if (unknown.length > 0) {
    out.push('', 'Not understood:');
    for (const line of unknown) {
      if (line.status === 'secret') out.push(`  ${at(line.line)}  [secret not shown] ${line.what ?? ''}`.trimEnd());
      else out.push(`  ${at(line.line)}  ${JSON.stringify(line.text ?? '')}${line.what || line.notes.length > 0 ? ` — ${[line.what, ...line.notes].filter(Boolean).join('; ')}` : ''}`);
    }
  }
  if (report.assumptions.length > 0) {
    out.push('', 'Assumed:');
    for (const assumption of report.assumptions) {
      const lines = [...new Set(assumption.sources.map((source) => source.line))].sort((a, b) => a - b);
      out.push(`  - ${assumption.text}${lines.length > 0 ? ` (line ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', …' : ''})` : ''}`);
    }
  }
  if (report.openQuestions.length > 0) {
    out.push('', 'Open questions:');
    for (const question of report.openQuestions) out.push(`  - ${question.text}${question.source ? ` (line ${question.source.line})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** Groups fields by entity: "hosts[pve1]: id, role, os; hosts[pve1].cpu: model". */
function abbreviate(fields: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const field of fields) {
    const cut = field.lastIndexOf(']');
    const dot = field.indexOf('.', cut + 1);
    const entity = cut >= 0 ? field.slice(0, dot >= 0 ? dot : field.length) : field.split('.').slice(0, -1).join('.') || field;
    const rest = field.slice(entity.length).replace(/^\./, '');
    const list = groups.get(entity) ?? [];
    if (rest) list.push(rest);
    groups.set(entity, list);
  }
  const parts = [...groups].map(([entity, rest]) => (rest.length > 0 ? `${entity}: ${rest.join(', ')}` : entity));
  return parts.length > 3 ? `${parts.slice(0, 3).join('; ')}; and ${parts.length - 3} more` : parts.join('; ');
}
