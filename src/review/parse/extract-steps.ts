/**
 * Finds the action steps of a plan: the items of lists, the rows of runbook tables, "Step N"
 * paragraphs and step sub-headings inside the sections that hold the runbook (Action Steps,
 * Migration Path and their synonyms). Sub-sections that are something else (a Validation checklist
 * inside Action Steps) are skipped.
 */
import type { List, RootContent, Table } from 'mdast';
import { nodeText } from './node-text.js';
import { precheckHeaderPattern, precheckPattern, placeholderPattern, rollbackHeaderPattern, rollbackPattern, stepTableHeaderPattern, validationHeaderPattern, validationPattern } from '../vocabulary/step-markers.js';
import { type IndexedHeading, type ParsedTree, sectionNodes } from './parse-plan.js';
import type { PlanStep, PlanSection } from './plan-document.js';
import type { SectionKind } from './section-synonyms.js';

const stepKinds: readonly SectionKind[] = ['action-steps', 'migration-path'];
/** Kinds whose sub-sections inside a runbook are not steps. */
const nonStepKinds: readonly SectionKind[] = ['validation', 'rollback', 'risks', 'prerequisites', 'assumptions', 'security', 'observability', 'options', 'summary', 'current-state', 'target-state', 'self-review', 'components'];
const stepHeadingPattern = /^\W*step\b/i;
const stepParagraphPattern = /^\s*(?:(?:step|phase|stage)\s*#?\s*\d{1,4}|\d{1,4}[.)]\s)/i;

/** The outermost sections of the given kinds, with their heading entries (nested ones are part of them). */
export function outermostRegions(tree: ParsedTree, kinds: readonly SectionKind[]): { entry: IndexedHeading; section: PlanSection }[] {
  const regions: { entry: IndexedHeading; section: PlanSection }[] = [];
  tree.sections.forEach((section, index) => {
    if (!section.heading.kinds.some((kind) => kinds.includes(kind))) return;
    if (regions.some((region) => region.section.startLine <= section.startLine && section.endLine <= region.section.endLine && region.section !== section)) return;
    regions.push({ entry: tree.headings[index] as IndexedHeading, section });
  });
  return regions;
}

/** Every action step of the plan, in document order. */
export function extractSteps(tree: ParsedTree): PlanStep[] {
  const steps: PlanStep[] = [];
  let group = 0;
  for (const region of outermostRegions(tree, stepKinds)) {
    const headingGroup = ++group;
    let current: { heading: IndexedHeading; extra: string[]; items: number; container: boolean } | undefined;
    let skipUntilDepth: number | undefined;
    const flushHeading = () => {
      // A phase heading whose steps are sub-headings is a container, not a step.
      if (current && current.items === 0 && !current.container) {
        const heading = current.heading.heading;
        steps.push(makeStep([heading.text, ...current.extra].join('\n'), heading.position, current.heading.offset, heading.numbering, 'heading', headingGroup));
      }
    };
    for (const { node, index } of sectionNodes(tree, region.entry, region.section)) {
      const entry = tree.headingAt.get(index);
      if (entry && entry.heading.depth > region.section.heading.depth) {
        if (skipUntilDepth !== undefined && entry.heading.depth > skipUntilDepth) continue;
        skipUntilDepth = undefined;
        // "Phase 0: Baseline and backup" is a phase of the runbook, whatever its words say.
        const numbered = entry.heading.number !== undefined || /^\s*(?:step|phase|stage)\b/i.test(entry.heading.text);
        const other = !numbered && entry.heading.kinds.some((kind) => nonStepKinds.includes(kind));
        if (current && !other && entry.heading.depth > current.heading.heading.depth) current.container = true;
        flushHeading();
        current = undefined;
        if (other) {
          skipUntilDepth = entry.heading.depth;
          continue;
        }
        current = { heading: entry, extra: [], items: 0, container: false };
        if (entry.consumesNode) continue;
      }
      if (skipUntilDepth !== undefined) continue;
      // Under a "Step 3" heading, bullets are the step's pre-checks, action, validation and rollback.
      if (current && stepHeadingPattern.test(current.heading.heading.text)) {
        current.extra.push(nodeText(node));
        continue;
      }
      const added = stepsOfNode(tree, node, () => ++group);
      steps.push(...added);
      if (current) {
        if (added.length > 0) current.items += added.length;
        else current.extra.push(nodeText(node));
      }
    }
    flushHeading();
  }
  return steps;
}

function stepsOfNode(tree: ParsedTree, node: RootContent, nextGroup: () => number): PlanStep[] {
  if (node.type === 'list') return listSteps(tree, node, nextGroup());
  if (node.type === 'table') return tableSteps(node, nextGroup());
  if (node.type === 'paragraph') {
    const text = nodeText(node);
    const start = node.position?.start;
    if (start && stepParagraphPattern.test(text)) {
      const number = /(\d{1,4})/.exec(text)?.[1];
      return [makeStep(text, { line: start.line, column: start.column }, start.offset ?? 0, number === undefined ? undefined : [Number(number)], 'paragraph', nextGroup())];
    }
  }
  return [];
}

function listSteps(tree: ParsedTree, list: List, group: number): PlanStep[] {
  return list.children.map((item) => {
    const start = item.position?.start;
    const raw = tree.sourceOf(item);
    const number = list.ordered ? /^\s*(\d{1,9})[.)]/.exec(raw)?.[1] : undefined;
    return makeStep(
      nodeText(item),
      start ? { line: start.line, column: start.column } : { line: 1, column: 1 },
      start?.offset ?? 0,
      number === undefined ? undefined : [Number(number)],
      list.ordered ? 'ordered-item' : 'bullet-item',
      group,
    );
  });
}

function tableSteps(table: Table, group: number): PlanStep[] {
  const [head, ...body] = table.children;
  const header = head?.children.map((cell) => nodeText(cell).trim()) ?? [];
  if (!header.some((title) => stepTableHeaderPattern.test(title) || validationHeaderPattern.test(title) || rollbackHeaderPattern.test(title))) return [];
  const column = (pattern: RegExp) => header.findIndex((title) => pattern.test(title));
  const validation = column(validationHeaderPattern);
  const rollback = column(rollbackHeaderPattern);
  const precheck = column(precheckHeaderPattern);
  return body.map((row) => {
    const cells = row.children.map((cell) => nodeText(cell).trim());
    const filled = (index: number) => index >= 0 && !placeholderPattern.test(cells[index] ?? '');
    const text = cells.join(' | ');
    const start = row.position?.start;
    const number = /^\s*#?(\d{1,4})\b/.exec(cells[0] ?? '')?.[1];
    const step = makeStep(text, start ? { line: start.line, column: start.column } : { line: 1, column: 1 }, start?.offset ?? 0, number === undefined ? undefined : [Number(number)], 'table-row', group);
    return {
      ...step,
      hasValidation: validation >= 0 ? filled(validation) : step.hasValidation,
      hasRollback: rollback >= 0 ? filled(rollback) : step.hasRollback,
      hasPrecheck: precheck >= 0 ? filled(precheck) : step.hasPrecheck,
    };
  });
}

function makeStep(text: string, position: PlanStep['position'], offset: number, numbering: readonly number[] | undefined, form: PlanStep['form'], group: number): PlanStep {
  return {
    text,
    position,
    offset,
    form,
    group,
    hasValidation: validationPattern.test(text),
    hasRollback: rollbackPattern.test(text),
    hasPrecheck: precheckPattern.test(text),
    ...(numbering === undefined ? {} : { number: numbering[0] as number, numbering }),
  };
}
