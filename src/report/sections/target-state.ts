/**
 * Target State: the desired state. What the design blueprints built for the task, or a target spec
 * (--target): what changes, the figures before and after, what it costs, the target topology. The
 * findings the target does not fix are remedied on top (DESIGN.md "Design: blueprints"); with neither a
 * task nor a target, the target is the current state plus the remediations of its findings.
 */
import type { Fact, FactUnit } from '../../analyze/fact.js';
import type { FigureDelta } from '../../design/design-result.js';
import { compareText } from '../../intake/diagnostic.js';
import { formatMoney } from '../../intake/units/index.js';
import type { Model } from '../../model/types.js';
import { formatFactValue } from '../../render/format-fact.js';
import { cell, idsCell } from '../describe.js';
import { diffModels } from '../model-diff.js';
import { isHeadlineFigure } from '../narrative/layer-blocks.js';
import { OPEN_QUESTION_RULE, type Remediation, remediationsOf } from '../remediations.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, joinRich, rule, strong } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';
import { topologyBlocks } from './current-state.js';

/** The Target State section. */
export function buildTargetState(context: ReportContext): Section {
  const blocks: Block[] = [];
  const remediations = remediationsOf(context);
  const design = context.design;
  const designed = design?.mode === 'blueprint' ? design.designs : [];
  if (designed.length > 0 && design) {
    blocks.push({ kind: 'paragraph', text: [`The target is what ${designed.length === 1 ? 'the blueprint' : `${designed.length} blueprints`} designed for the task, each on the result of the one before:`] });
    blocks.push({ kind: 'bullets', items: designed.map((item): RichText => [strong(item.title), `: ${item.summary}`]) });
    blocks.push(...changeBlocks(context.model, design.target));
  } else if (context.target) {
    blocks.push({ kind: 'paragraph', text: ['The target is given as a spec of its own, ', code(context.target.file), '.'] });
    blocks.push(...changeBlocks(context.model, context.target.model));
  }
  if (design && design.mode !== 'review') {
    blocks.push(...beforeAfterBlocks(design.beforeAfter));
    blocks.push(...purchaseBlocks(context));
  }
  blocks.push(...remediationBlocks(context, remediations, design !== undefined && design.mode !== 'review'));
  blocks.push(...goalBlocks(context));
  return { id: 'target-state', title: sectionTitles['target-state'], blocks };
}

/** What changes between the two models, and the target's topology. */
function changeBlocks(current: Model, target: Model): Block[] {
  const diff = diffModels(current, target);
  const blocks: Block[] = [];
  if (diff.length === 0) blocks.push({ kind: 'paragraph', text: ['It describes the same components as the current state.'] });
  else {
    blocks.push({ kind: 'paragraph', text: ['What changes, component by component (added, removed, changed):'] });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Components' }, { title: 'Added' }, { title: 'Removed' }, { title: 'Changed' }],
      rows: diff.map((kind) => [cell(kind.kind), idsCell(kind.added), idsCell(kind.removed), idsCell(kind.changed)]),
    });
  }
  blocks.push(...topologyBlocks(target, 'topology-target', 'Network topology (target)'));
  return blocks;
}

/** The decisive figures that move, before and after; figures of one kind that move alike share a row. */
function beforeAfterBlocks(deltas: readonly FigureDelta[]): Block[] {
  const rows = new Map<string, { delta: FigureDelta; subjects: string[]; before: string; after: string }>();
  for (const delta of deltas) {
    const [layer = '', subject = '', name = ''] = delta.factId.split('/');
    if (!isHeadlineFigure(name)) continue;
    const before = valueText(delta, delta.before, layer);
    const after = valueText(delta, delta.after, layer);
    const key = JSON.stringify([delta.label, before, after]);
    const row = rows.get(key);
    if (row) row.subjects.push(subject);
    else rows.set(key, { delta, subjects: [subject], before, after });
  }
  if (rows.size === 0) return [];
  return [
    { kind: 'heading', text: 'Figures before and after' },
    { kind: 'paragraph', text: ['The target runs through the same analyzers as the current state; the decisive figures that move:'] },
    {
      kind: 'table',
      columns: [{ title: 'Figure' }, { title: 'Of' }, { title: 'Before', align: 'right' }, { title: 'After', align: 'right' }],
      rows: [...rows.values()].map((row) => [cell(row.delta.label), idsCell(row.subjects), [row.before], [row.after]]),
    },
  ];
}

function valueText(delta: FigureDelta, value: FigureDelta['before'], layer: string): string {
  if (value === null) return 'unknown';
  // The same formatting as every other figure of the report: a fact with this value.
  const asFact = { id: delta.factId, subject: '', layer, label: delta.label, unit: delta.unit as FactUnit, formula: '', inputs: [], status: 'known', value, ...(delta.currency ? { currency: delta.currency } : {}) } as unknown as Fact;
  return formatFactValue(asFact);
}

/** What the design buys, with where each price comes from, and the total. */
function purchaseBlocks(context: ReportContext): Block[] {
  const design = context.design;
  if (!design || design.purchases.length === 0) return [];
  return [
    { kind: 'heading', text: 'Purchases' },
    {
      kind: 'table',
      columns: [{ title: 'Item' }, { title: 'Qty', align: 'right' }, { title: 'Unit cost', align: 'right' }, { title: 'Cost', align: 'right' }, { title: 'Price' }],
      rows: [...design.purchases]
        .sort((a, b) => compareText(a.item, b.item))
        .map((purchase) => [cell(purchase.item), [String(purchase.quantity)], [formatMoney(purchase.unitCost)], [formatMoney(purchase.cost)], cell(`${purchase.priceSource === 'input' ? 'given' : 'assumed'}: ${purchase.priceNote}`)]),
    },
    { kind: 'paragraph', text: [`Cost of the purchases: ${design.cost.map(formatMoney).join(' + ') || 'none'}.`] },
  ];
}

/** The remediations of the findings the target does not fix (all of them without a design). */
function remediationBlocks(context: ReportContext, remediations: readonly Remediation[], afterDesign: boolean): Block[] {
  const changes = remediations.filter((remediation) => remediation.ruleId !== OPEN_QUESTION_RULE);
  const questions = remediations.filter((remediation) => remediation.ruleId === OPEN_QUESTION_RULE);
  const blocks: Block[] = [];
  if (afterDesign) {
    const fixed = new Set((context.findings ?? []).filter((finding) => finding.fixedByTarget).map((finding) => finding.ruleId)).size;
    blocks.push({ kind: 'heading', text: 'Findings the target fixes, and those it leaves' });
    blocks.push({
      kind: 'paragraph',
      text: [`The rules run over the target too: it fixes the findings of ${fixed} rule${fixed === 1 ? '' : 's'} (marked under Risks). ${changes.length === 0 ? 'It leaves none to remedy.' : `${changes.length} remediation${changes.length === 1 ? '' : 's'} of what it leaves follow${changes.length === 1 ? 's' : ''} the migration:`}`],
    });
  } else if (changes.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: [`${context.task ? 'No blueprint designs this task (see Options Compared for what Kestra designs)' : 'No target spec was given'}, so the target is the current state with every finding remedied: ${changes.length} change${changes.length === 1 ? '' : 's'}. Each removes the condition its rule names; how is the action of the step beside it.`],
    });
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
  if (changes.length > 0) {
    const titles = new Map((context.rules ?? []).map((item) => [item.id, item.title]));
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
  return blocks;
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
