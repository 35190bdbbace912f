/**
 * rule-based-reasoning: the rules in force listed by id with their outcome; a rule that is not satisfied
 * is flagged with its mitigation. Findings are cited as `[layer/rule-id]` throughout the report regardless.
 */
import { compareText } from '../../intake/diagnostic.js';
import { cell } from '../describe.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText } from '../report-model.js';
import { rule } from '../rich-text.js';
import { definePattern, mapSection } from './pattern-module.js';

export const ruleBasedReasoning = definePattern({
  id: 'rule-based-reasoning',
  effect: 'lists the rules in force by id with their outcome, flagging each unsatisfied rule with its mitigation',
  shapeDraft(sections, context) {
    return mapSection(sections, 'risks', (section) => ({ ...section, blocks: [...section.blocks, ...rulesInForce(context)] }));
  },
});

function rulesInForce(context: ReportContext): Block[] {
  const heading: Block = { kind: 'heading', text: 'Rules in force' };
  if (!context.rules) {
    return [heading, { kind: 'paragraph', text: ['No rule catalog is loaded for this report, so no rule is in force and none is cited.'] }];
  }
  const findings = context.findings ?? [];
  const rows: RichText[][] = [...context.rules]
    .sort((a, b) => compareText(a.id, b.id))
    .map((item) => {
      const own = findings.filter((finding) => finding.ruleId === item.id);
      const open = own.filter((finding) => finding.waiver === undefined);
      const outcome = item.severity === 'off' ? 'off' : open.length > 0 ? `NOT SATISFIED (${open.length})` : own.length > 0 ? 'waived' : 'satisfied';
      const mitigation = open[0]?.mitigation;
      return [[rule(item.id)], cell(item.title), cell(item.severity), cell(outcome), cell(mitigation)];
    });
  return [heading, { kind: 'table', columns: [{ title: 'Rule' }, { title: 'Title' }, { title: 'Severity' }, { title: 'Outcome' }, { title: 'Mitigation if not satisfied' }], rows }];
}
