/**
 * Finds the risks a plan lists in its Risks sections: rows of a risk table (with its mitigation
 * column), list items, sub-headed risks with their text, or plain paragraphs when that is all there
 * is. A "Mitigation: …" item attaches to the risk before it.
 */
import type { RootContent } from 'mdast';
import { nodeText } from './node-text.js';
import { mitigationHeaderPattern, mitigationLabelPattern, mitigationPattern, placeholderPattern } from '../vocabulary/step-markers.js';
import { outermostRegions } from './extract-steps.js';
import { type ParsedTree, sectionNodes } from './parse-plan.js';
import type { PlanRisk } from './plan-document.js';

interface DraftRisk {
  text: string;
  position: PlanRisk['position'];
  hasMitigation: boolean;
  placeholderMitigation: boolean;
}

/** Every risk of the plan, in document order. */
export function extractRisks(tree: ParsedTree): PlanRisk[] {
  const risks: PlanRisk[] = [];
  for (const region of outermostRegions(tree, ['risks'])) {
    const nodes = sectionNodes(tree, region.entry, region.section);
    const subHeadings = nodes.filter(({ index }) => {
      const entry = tree.headingAt.get(index);
      return entry !== undefined && entry.heading.depth > region.section.heading.depth && entry.consumesNode;
    });
    const structured = nodes.some(({ node }) => node.type === 'list' || node.type === 'table');
    const drafts: DraftRisk[] = [];
    let headed: DraftRisk | undefined;
    for (const { node, index } of nodes) {
      const entry = tree.headingAt.get(index);
      if (subHeadings.length > 0 && entry && subHeadings.some((candidate) => candidate.index === index)) {
        headed = { text: entry.heading.text, position: entry.heading.position, hasMitigation: false, placeholderMitigation: false };
        drafts.push(headed);
        continue;
      }
      if (headed) {
        headed.text += `\n${nodeText(node)}`;
        continue;
      }
      for (const draft of risksOfNode(node, structured)) {
        const previous = drafts[drafts.length - 1];
        if (previous && mitigationLabelPattern.test(draft.text)) {
          previous.hasMitigation = true;
          previous.text += `\n${draft.text}`;
        } else drafts.push(draft);
      }
    }
    for (const draft of drafts) {
      risks.push({ ...draft, hasMitigation: draft.hasMitigation || mitigationPattern.test(draft.text) });
    }
  }
  return risks;
}

function risksOfNode(node: RootContent, structured: boolean): DraftRisk[] {
  const at = (candidate: { position?: { start: { line: number; column: number } } }) => ({
    line: candidate.position?.start.line ?? 1,
    column: candidate.position?.start.column ?? 1,
  });
  if (node.type === 'table') {
    const [head, ...body] = node.children;
    const header = head?.children.map((cell) => nodeText(cell).trim()) ?? [];
    const column = header.findIndex((title, index) => index > 0 && mitigationHeaderPattern.test(title));
    return body.map((row) => {
      const cells = row.children.map((cell) => nodeText(cell).trim());
      if (column < 0) return { text: cells.join(' | '), position: at(row), hasMitigation: false, placeholderMitigation: false };
      const cell = cells[column] ?? '';
      const empty = placeholderPattern.test(cell);
      return { text: cells.filter((_, index) => index !== column).join(' | '), position: at(row), hasMitigation: !empty, placeholderMitigation: empty && cell.trim() !== '' };
    });
  }
  if (node.type === 'list') {
    const drafts: DraftRisk[] = [];
    for (const item of node.children) {
      const text = nodeText(item);
      const previous = drafts[drafts.length - 1];
      if (previous && mitigationLabelPattern.test(text)) {
        previous.hasMitigation = true;
        previous.text += `\n${text}`;
        continue;
      }
      drafts.push({ text, position: at(item), hasMitigation: false, placeholderMitigation: false });
    }
    return drafts;
  }
  if (node.type === 'paragraph' && !structured) {
    if (/:\s*$/.test(nodeText(node))) return [];
    return [{ text: nodeText(node), position: at(node), hasMitigation: false, placeholderMitigation: false }];
  }
  return [];
}
