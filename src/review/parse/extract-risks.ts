/**
 * Finds the risks a plan lists in its Risks sections: rows of a risk table (with its mitigation
 * column), list items, a sub-heading per risk with its details, or plain paragraphs when that is
 * all there is. A "Mitigation: …" item attaches to the risk before it. Sub-sections that support the
 * risks rather than state them ("Rules in force", "Failure domains", a legend) and sentences that
 * say no risk is listed are not risks.
 */
import type { RootContent, Table } from 'mdast';
import { mitigationHeaderPattern, mitigationLabelPattern, mitigationPattern, placeholderPattern } from '../vocabulary/step-markers.js';
import { outermostRegions } from './extract-steps.js';
import { nodeText } from './node-text.js';
import { type IndexedHeading, type ParsedTree, sectionNodes } from './parse-plan.js';
import type { PlanRisk } from './plan-document.js';

interface DraftRisk {
  text: string;
  position: PlanRisk['position'];
  hasMitigation: boolean;
  placeholderMitigation: boolean;
}

interface Group {
  readonly heading?: IndexedHeading;
  readonly nodes: RootContent[];
}

const auxiliaryHeading = /\brules?\b|\blegend\b|\bmethod\w*|\bsources?\b|\breferences?\b|\bnotes?\b|\bdomains?\b|\bdiagrams?\b|\bsummary\b|\bscoring\b/i;
/** A sentence that says there is no risk to list. */
export const declaresNoRisk = /\bno (?:\w+ ){0,2}risks?\b|\bnone (?:is |are )?(?:known|identified|listed)\b|\bno (?:\w+ ){0,3}(?:is|are) (?:listed|loaded|in force|known|identified)\b/i;
/** A detail line of one risk rather than a risk of its own. */
const detailLabel = /^\s*(?:impact|likelihood|probability|severity|blast radius|mitigations?|owner|detection|trigger|status|response|countermeasures?|notes?|cause|effect)\s*:/i;
const riskColumn = /risk|spof|single point|threat|failure|hazard|issue|component|scenario/i;

/** Every risk of the plan, in document order. */
export function extractRisks(tree: ParsedTree): PlanRisk[] {
  const risks: PlanRisk[] = [];
  for (const region of outermostRegions(tree, ['risks'])) {
    const groups: Group[] = [{ nodes: [] }];
    for (const { node, index } of sectionNodes(tree, region.entry, region.section)) {
      const entry = tree.headingAt.get(index);
      if (entry && entry.consumesNode && entry.heading.depth > region.section.heading.depth) groups.push({ heading: entry, nodes: [] });
      else groups[groups.length - 1]?.nodes.push(node);
    }
    const relevant = groups.filter((group) => !group.heading || !auxiliaryHeading.test(group.heading.heading.text));
    const drafts: DraftRisk[] = [];
    for (const group of relevant) drafts.push(...groupRisks(group));
    if (drafts.length === 0) {
      // Only prose: each paragraph that states something is a risk.
      for (const node of relevant.flatMap((group) => group.nodes)) {
        if (node.type !== 'paragraph') continue;
        const text = nodeText(node);
        if (/:\s*$/.test(text) || declaresNoRisk.test(text)) continue;
        attach(drafts, { text, position: at(node), hasMitigation: false, placeholderMitigation: false });
      }
    }
    for (const draft of drafts) risks.push({ ...draft, hasMitigation: draft.hasMitigation || mitigationPattern.test(draft.text) });
  }
  return risks;
}

function groupRisks(group: Group): DraftRisk[] {
  const drafts: DraftRisk[] = [];
  const lists = group.nodes.filter((node) => node.type === 'list');
  const tables = group.nodes.filter((node): node is Table => node.type === 'table');
  for (const table of tables) drafts.push(...tableRisks(table));
  const detailsOnly = lists.length > 0 && lists.every((list) => list.type === 'list' && list.children.every((item) => detailLabel.test(nodeText(item))));
  if (group.heading && (detailsOnly || (lists.length === 0 && tables.length === 0))) {
    const body = group.nodes.filter((node) => node.type === 'paragraph' || node.type === 'list').map(nodeText);
    if (body.length === 0 || body.every((text) => declaresNoRisk.test(text))) return drafts;
    const heading = group.heading.heading;
    drafts.push({ text: [heading.text, ...body].join('\n'), position: heading.position, hasMitigation: false, placeholderMitigation: false });
    return drafts;
  }
  for (const list of lists) {
    if (list.type !== 'list') continue;
    for (const item of list.children) attach(drafts, { text: nodeText(item), position: at(item), hasMitigation: false, placeholderMitigation: false });
  }
  return drafts;
}

/** Adds a risk, or attaches a "Mitigation: …" line to the risk before it. */
function attach(drafts: DraftRisk[], draft: DraftRisk): void {
  const previous = drafts[drafts.length - 1];
  if (previous && mitigationLabelPattern.test(draft.text)) {
    previous.hasMitigation = true;
    previous.text += `\n${draft.text}`;
  } else drafts.push(draft);
}

function tableRisks(table: Table): DraftRisk[] {
  const [head, ...body] = table.children;
  const header = head?.children.map((cell) => nodeText(cell)) ?? [];
  const column = header.findIndex((title, index) => index > 0 && mitigationHeaderPattern.test(title));
  // A table of rules, figures or contacts inside Risks is not a risk register.
  if (column < 0 && !header.some((title) => riskColumn.test(title))) return [];
  return body.map((row) => {
    const cells = row.children.map((cell) => nodeText(cell));
    if (column < 0) return { text: cells.join(' | '), position: at(row), hasMitigation: false, placeholderMitigation: false };
    const cell = cells[column] ?? '';
    const empty = placeholderPattern.test(cell);
    return { text: cells.filter((_, index) => index !== column).join(' | '), position: at(row), hasMitigation: !empty, placeholderMitigation: empty && cell.trim() !== '' };
  });
}

function at(node: { position?: { start: { line: number; column: number } } }): PlanRisk['position'] {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
