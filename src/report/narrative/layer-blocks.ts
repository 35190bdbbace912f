/** Blocks shared by the plain and the chain-of-thought narrative: a layer's decisive figures and its risks. */
import type { Fact } from '../../analyze/fact.js';
import { compareText } from '../../intake/diagnostic.js';
import type { Assumption } from '../../model/types.js';
import { cell, idCell, idsCell } from '../describe.js';
import { type Remediation, SPOF_RULE, remediationOf } from '../remediations.js';
import type { ReportFinding } from '../report-inputs.js';
import type { Block, Inline, RichText } from '../report-model.js';
import { code, fact, joinRich, rule } from '../rich-text.js';
import { type LayerView, type NarrativeLayer, narrativeLayerOf } from './layers.js';

/** Facts as a table: what, of what, how much, by which formula (or the open question). The full list. */
export function factsTable(facts: readonly Fact[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Figure' }, { title: 'Of' }, { title: 'Value', align: 'right' }, { title: 'Formula' }],
    rows: facts.map((value) => [cell(value.label), idCell(value.subject), [fact(value)], cell(value.status === 'unknown' ? `open question: ${value.question}` : value.formula)]),
  };
}

/**
 * The figures that carry a layer's argument, by fact name: every one, or only the worst when there is
 * one per NIC or per workload. Facts a finding cites are decisive too. The rest go to the appendix.
 */
const headlines: Readonly<Record<string, 'all' | 'max'>> = {
  'down-goodput': 'all',
  'up-goodput': 'all',
  'transfer-time': 'all',
  'offsite-seed-time': 'all',
  'peak-utilisation': 'max',
  'migration-time': 'max',
  'memory-headroom': 'all',
  'vcpu-overcommit': 'all',
  usable: 'all',
  fill: 'all',
  'days-to-fill-limit': 'all',
  'fault-tolerance': 'all',
  'resilver-time': 'max',
  'can-reheal-after-host-loss': 'all',
  'max-raw-utilisation-for-host-loss': 'all',
  'load-ratio': 'all',
  runtime: 'all',
  'yearly-energy': 'all',
  'yearly-cost': 'all',
  'achieved-rpo': 'max',
  'rto-estimate': 'max',
  'external-alert-route': 'all',
  'alerts-survive-cluster-loss': 'all',
  'storage-needed': 'all',
};

/** True for the fact names (the last part of a fact id) that carry a layer's argument. */
export function isHeadlineFigure(name: string): boolean {
  return headlines[name] !== undefined;
}

/** A decisive figure and why it is shown: the rules that judged it, or that it is the worst of several. */
export interface DecisiveFigure {
  readonly fact: Fact;
  readonly note: RichText;
}

/** The layer's decisive figures, known ones only (unknown ones are open questions), in fact-id order. */
export function decisiveFigures(view: LayerView): DecisiveFigure[] {
  const known = view.facts.filter((value) => value.status === 'known');
  const judgedBy = new Map<string, string[]>();
  for (const finding of view.allFindings ?? []) {
    for (const id of finding.evidence) judgedBy.set(id, [...new Set([...(judgedBy.get(id) ?? []), finding.ruleId])]);
  }
  const byName = new Map<string, Fact[]>();
  for (const value of known) {
    const name = value.id.slice(value.id.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const worst = new Set<string>();
  for (const [name, values] of byName) {
    if (headlines[name] !== 'max' || values.length < 2) continue;
    const top = [...values].sort((a, b) => Number(b.value) - Number(a.value) || compareText(a.id, b.id))[0];
    if (top) worst.add(top.id);
  }
  return known.flatMap((value) => {
    const name = value.id.slice(value.id.lastIndexOf('/') + 1);
    const rules = judgedBy.get(value.id) ?? [];
    const count = byName.get(name)?.length ?? 0;
    const shown = rules.length > 0 || headlines[name] === 'all' || (headlines[name] === 'max' && (count < 2 || worst.has(value.id)));
    if (!shown) return [];
    const note: Inline[] = rules.length > 0 ? ['judged by ', ...joinRich(rules.map(rule), ', ')] : worst.has(value.id) ? [`the highest of ${count}`] : [];
    return [{ fact: value, note }];
  });
}

/**
 * The decisive figures as a table: figure, subjects, value, and the rule that judged it. Figures of the
 * same kind, value and verdict share a row ("Offsite copies | adguard, docker, … | 0").
 */
export function decisiveTable(figures: readonly DecisiveFigure[]): Block {
  const rows = new Map<string, { figure: DecisiveFigure; subjects: string[] }>();
  for (const item of figures) {
    const key = JSON.stringify([item.fact.label, fact(item.fact), item.note]);
    const row = rows.get(key);
    if (row) row.subjects.push(item.fact.subject);
    else rows.set(key, { figure: item, subjects: [item.fact.subject] });
  }
  return {
    kind: 'table',
    columns: [{ title: 'Figure' }, { title: 'Of' }, { title: 'Value', align: 'right' }, { title: 'Note' }],
    rows: [...rows.values()].map(({ figure, subjects }) => [cell(figure.fact.label), idsCell(subjects), [fact(figure.fact)], figure.note.length > 0 ? figure.note : cell(undefined)]),
  };
}

/**
 * The layer's risks and next actions: one line per remediation (findings of a rule that share a
 * mitigation), pointing at its runbook step, then waived findings and single points of failure.
 */
export function riskItems(view: LayerView, remediations: readonly Remediation[] = []): RichText[] {
  const items: RichText[] = [];
  const done = new Set<Remediation>();
  for (const finding of view.findings ?? []) {
    const remediation = remediationOf(remediations, finding);
    if (remediation) {
      if (done.has(remediation)) continue;
      done.add(remediation);
      const findings = remediation.findings.filter((item) => (view.findings ?? []).includes(item));
      items.push([rule(finding.ruleId), ' ', ...joinRich(remediation.subjects.map(code), ', '), `: ${summary(findings)} Mitigation: step `, code(remediation.stepId), '.']);
      continue;
    }
    items.push([rule(finding.ruleId), ' ', ...joinRich(finding.subjects.map(code), ', '), `: ${finding.message.replace(/\.$/, '')}${finding.waiver ? ` (waived: ${finding.waiver.reason})` : ''}. Mitigation: ${finding.mitigation}`]);
  }
  for (const spof of view.spofs ?? []) {
    // A SPOF the rule judged is remedied by a step; the others keep the failure analysis's advice.
    const step = remediations.find((remediation) => remediation.ruleId === SPOF_RULE && remediation.subjects.includes(spof.component))?.stepId;
    items.push([code(spof.component), ` is a single point of failure: ${spof.impact ?? `${spof.takesDown.length} components go down with it`}. Mitigation: `, ...(step ? ['step ', code(step), '.'] : [spof.mitigation])]);
  }
  return items;
}

/** One finding's message, or the first and a count: "Workload "docker" can lose … (and 2 more like it)." */
function summary(findings: readonly ReportFinding[]): string {
  const first = findings[0]?.message.replace(/\.$/, '') ?? '';
  return findings.length > 1 ? `${first} (and ${findings.length - 1} more like it).` : `${first}.`;
}

/** One sentence on what was judged in the layer: findings by severity and single points of failure. */
export function synthesis(view: LayerView): RichText {
  if (view.findings === undefined && view.spofs === undefined) return ['Not judged: no rules and no failure analysis ran for this report.'];
  const parts: string[] = [];
  if (view.findings !== undefined) {
    const bySeverity = new Map<string, number>();
    for (const finding of view.findings) bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
    parts.push(view.findings.length === 0 ? 'the rules find nothing to fix' : `${view.findings.length} finding${view.findings.length === 1 ? '' : 's'} (${[...bySeverity.entries()].map(([severity, value]) => `${value} ${severity}`).join(', ')})`);
  }
  if (view.spofs !== undefined) parts.push(view.spofs.length === 0 ? 'no single point of failure' : `${view.spofs.length} single point${view.spofs.length === 1 ? '' : 's'} of failure`);
  const unknown = view.facts.filter((value) => value.status === 'unknown').length;
  if (unknown > 0) parts.push(`${unknown} figure${unknown === 1 ? '' : 's'} unknown for want of input`);
  const text = parts.join('; ');
  return [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`];
}

/** Assumptions that bear on the layer: unit conventions for memory (compute) and disks (storage), or by id prefix. */
export function layerAssumptions(assumptions: readonly Assumption[], layer: NarrativeLayer): Assumption[] {
  return assumptions.filter((assumption) => {
    if (assumption.id === 'units/memory-gb-is-gib') return layer === 'compute';
    if (assumption.id === 'units/disk-tb-is-decimal') return layer === 'storage';
    return narrativeLayerOf(assumption.id.split('/')[0] ?? '') === layer;
  });
}
