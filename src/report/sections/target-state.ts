/**
 * Target State: the desired state. A target spec (--target) when given; otherwise the current state plus
 * the remediations of its findings (DESIGN.md "Design: blueprints", no-task case). Reads findings when present.
 */
import { formatMoney } from '../../intake/units/index.js';
import { cell, idsCell } from '../describe.js';
import { diffModels } from '../model-diff.js';
import { OPEN_QUESTION_RULE, remediationsOf } from '../remediations.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, joinRich, rule } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';
import { topologyBlocks } from './current-state.js';

/** The Target State section. */
export function buildTargetState(context: ReportContext): Section {
  const blocks: Block[] = [];
  const remediations = remediationsOf(context);
  if (context.target) {
    const diff = diffModels(context.model, context.target.model);
    blocks.push({ kind: 'paragraph', text: ['The target is given as a spec of its own, ', code(context.target.file), diff.length === 0 ? ', and it describes the same components as the current state.' : '. What changes:'] });
    if (diff.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [{ title: 'Components' }, { title: 'Added' }, { title: 'Removed' }, { title: 'Changed' }],
        rows: diff.map((kind) => [cell(kind.kind), idsCell(kind.added), idsCell(kind.removed), idsCell(kind.changed)]),
      });
    }
    blocks.push(...topologyBlocks(context.target.model, 'topology-target', 'Network topology (target)'));
  } else if (remediations.length > 0) {
    const changes = remediations.filter((remediation) => remediation.ruleId !== OPEN_QUESTION_RULE);
    const questions = remediations.filter((remediation) => remediation.ruleId === OPEN_QUESTION_RULE);
    const titles = new Map((context.rules ?? []).map((item) => [item.id, item.title]));
    blocks.push({
      kind: 'paragraph',
      text: [`No target spec was given, so the target is the current state with every finding remedied: ${changes.length} change${changes.length === 1 ? '' : 's'}. Each removes the condition its rule names; how is the action of the step beside it.`],
    });
    if (changes.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [{ title: 'Layer' }, { title: 'On' }, { title: 'No longer' }, { title: 'Driven by' }, { title: 'Step' }],
        rows: changes.map((remediation) => [cell(remediation.layer), idsCell(remediation.subjects), cell(titles.get(remediation.ruleId) ?? remediation.findings[0]?.message), [rule(remediation.ruleId)], [code(remediation.stepId)]]),
      });
    }
    if (questions.length > 0) {
      const count = questions.reduce((total, remediation) => total + remediation.findings.length, 0);
      blocks.push({ kind: 'paragraph', text: [`The target also answers ${count} open question${count === 1 ? '' : 's'} (step${questions.length === 1 ? '' : 's'} `, ...joinRich(questions.map((remediation) => code(remediation.stepId)), ', '), '), so the figures that wait on them can be computed and judged.'] });
    }
  } else {
    blocks.push({
      kind: 'paragraph',
      text: [
        context.findings === undefined
          ? 'No target spec was given and no rules ran, so no remediation defines a target yet: the target state is the current state. Pass a target spec with --target to plan a change.'
          : 'No target spec was given and the rules found nothing to remedy: the target state is the current state.',
      ],
    });
  }
  blocks.push(...goalBlocks(context));
  return { id: 'target-state', title: sectionTitles['target-state'], blocks };
}

/** The goals and constraints the spec states: what the target must satisfy. */
function goalBlocks(context: ReportContext): Block[] {
  const { constraints } = context.model;
  const items: RichText[] = constraints.goals.map((goal) => [`Goal: ${goal}`]);
  if (constraints.budget) items.push([`Budget: at most ${formatMoney(constraints.budget)}.`]);
  if (constraints.zeroDowntime.length > 0) items.push(['Must stay up during the change: ', ...joinRich(constraints.zeroDowntime.map(code), ', '), '.']);
  if (constraints.maintenanceWindows.length > 0) items.push([`Disruptive work only in: ${constraints.maintenanceWindows.join(', ')}.`]);
  if (items.length === 0) return [];
  return [{ kind: 'heading', text: 'Goals and constraints from the spec' }, { kind: 'bullets', items }];
}
