/** Blocks shared by the plain and the chain-of-thought narrative: a layer's figures and its risks. */
import type { Fact } from '../../analyze/fact.js';
import type { Assumption } from '../../model/types.js';
import { cell, idCell } from '../describe.js';
import type { Block, RichText } from '../report-model.js';
import { code, fact, joinRich, rule } from '../rich-text.js';
import { type LayerView, type NarrativeLayer, narrativeLayerOf } from './layers.js';

/** The layer's facts as a table: what, of what, how much, by which formula (or the open question). */
export function factsTable(facts: readonly Fact[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Figure' }, { title: 'Of' }, { title: 'Value', align: 'right' }, { title: 'Formula' }],
    rows: facts.map((value) => [cell(value.label), idCell(value.subject), [fact(value)], cell(value.status === 'unknown' ? `open question: ${value.question}` : value.formula)]),
  };
}

/** The layer's findings and single points of failure, each with its mitigation and cited rule. */
export function riskItems(view: LayerView): RichText[] {
  const items: RichText[] = [];
  for (const finding of view.findings ?? []) {
    items.push([rule(finding.ruleId), ' ', ...joinRich(finding.subjects.map(code), ', '), `: ${finding.message.replace(/\.$/, '')}${finding.waiver ? ` (waived: ${finding.waiver.reason})` : ''}. Mitigation: ${finding.mitigation}`]);
  }
  for (const spof of view.spofs ?? []) {
    items.push([code(spof.component), ` is a single point of failure for ${spof.takesDown.length} component${spof.takesDown.length === 1 ? '' : 's'}. Mitigation: ${spof.mitigation}`]);
  }
  return items;
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
