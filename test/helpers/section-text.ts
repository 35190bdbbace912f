/** The text of a report section, blocks joined by newlines and table cells by " | ", for "does it say" assertions. */
import { plainText } from '../../src/report/rich-text.js';
import type { Block, Section } from '../../src/report/report-model.js';

/** All text of a section, for "does it say" assertions. */
export function sectionText(section: Section | undefined): string {
  const text = (block: Block): string => {
    switch (block.kind) {
      case 'paragraph':
        return plainText(block.text);
      case 'heading':
        return block.text;
      case 'bullets':
        return block.items.map(plainText).join('\n');
      case 'table':
        return [block.columns.map((column) => column.title).join(' | '), ...block.rows.map((row) => row.map(plainText).join(' | '))].join('\n');
      case 'diagram':
        return block.mermaid;
      case 'code':
        return block.text;
      case 'steps':
        return block.steps.map((step) => [step.id, plainText(step.title), ...step.validation.map(plainText), ...step.rollback.map(plainText)].join('\n')).join('\n');
    }
  };
  return (section?.blocks ?? []).map(text).join('\n');
}
