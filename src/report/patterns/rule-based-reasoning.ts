/**
 * rule-based-reasoning: the rules in force listed by id with their outcome; a rule that is not satisfied
 * is flagged with its mitigation. Findings are cited as `[layer/rule-id]` throughout the report regardless.
 */
import { compareText } from '../../intake/diagnostic.js';
import { cell } from '../describe.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText } from '../report-model.js';
import { code, joinRich, rule } from '../rich-text.js';
import { remediationsOf } from '../remediations.js';
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
  const remediations = remediationsOf(context);
  const sorted = [...context.rules].sort((a, b) => compareText(a.id, b.id));
  // Rules with nothing to judge on this site are named in one line; the table is what was judged.
  const idle = sorted.filter((item) => item.status === 'not-applicable' || item.status === 'disabled' || item.severity === 'off');
  const rows: RichText[][] = sorted
    .filter((item) => !idle.includes(item))
    .map((item) => {
      const own = findings.filter((finding) => finding.ruleId === item.id);
      const open = own.filter((finding) => finding.waiver === undefined);
      const outcome = open.length > 0 ? `NOT SATISFIED (${open.length})` : own.length > 0 ? 'waived' : 'satisfied';
      // In runbook order: the remediations list is.
      const steps = remediations.filter((remediation) => open.some((finding) => remediation.findings.includes(finding))).map((remediation) => remediation.stepId);
      const mitigation: RichText = steps.length === 0 ? cell(undefined) : [steps.length === 1 ? 'step ' : 'steps ', ...joinRich(steps.map(code), ', ')];
      return [[rule(item.id)], cell(item.title), cell(item.severity), cell(outcome), mitigation];
    });
  const judged = rows.length;
  const blocks: Block[] = [
    heading,
    { kind: 'paragraph', text: [`${sorted.length} rules in force; ${judged} had something to judge on this site. A rule not satisfied is mitigated by the step named beside it.`] },
    { kind: 'table', columns: [{ title: 'Rule' }, { title: 'Title' }, { title: 'Severity' }, { title: 'Outcome' }, { title: 'Mitigation' }], rows },
  ];
  if (idle.length > 0) blocks.push({ kind: 'paragraph', text: ['Nothing to judge on this site (not applicable or switched off): ', ...joinRich(idle.map((item) => rule(item.id)), ', '), '.'] });
  return blocks;
}
