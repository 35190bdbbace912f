/**
 * meta-rules: the house style from the spec's `settings` applied to the report — risks first when
 * `caution: risks-first`, explanatory paragraphs dropped when `concise: true`, extra required sections
 * checked by the self-review — and stated in the Self-Review.
 */
import { formatPercent } from '../../intake/units/index.js';
import type { Ratio } from '../../model/quantities.js';
import type { ReportContext } from '../report-inputs.js';
import type { RichText } from '../report-model.js';
import { rule } from '../rich-text.js';
import { definePattern, mapSection } from './pattern-module.js';

export const metaRules = definePattern({
  id: 'meta-rules',
  effect: 'applies the house style from the spec’s settings (caution, conciseness, required sections, severity overrides)',
  shapeDraft(sections, context) {
    const { settings } = context.model;
    let shaped = [...sections];
    if (settings.caution === 'risks-first') {
      const risks = shaped.find((section) => section.id === 'risks');
      const summary = shaped.findIndex((section) => section.id === 'summary');
      if (risks && summary !== -1) {
        shaped = shaped.filter((section) => section !== risks);
        shaped.splice(summary + 1, 0, risks);
      }
    }
    if (settings.concise) shaped = shaped.map((section) => ({ ...section, blocks: section.blocks.filter((block) => !(block.kind === 'paragraph' && block.detail)) }));
    return shaped;
  },
  shapeFinal(sections, context) {
    return mapSection(sections, 'self-review', (section) => ({ ...section, blocks: [...section.blocks, { kind: 'heading', text: 'House style (meta-rules)' }, { kind: 'bullets', items: houseStyle(context) }] }));
  },
});

function houseStyle(context: ReportContext): RichText[] {
  const { settings } = context.model;
  const items: RichText[] = [];
  if (settings.caution) items.push([`Caution: ${settings.caution === 'risks-first' ? 'risks first (the Risks section follows the Summary)' : 'balanced'}.`]);
  if (settings.concise !== undefined) items.push([`Concise: ${settings.concise ? 'yes (explanatory paragraphs left out)' : 'no'}.`]);
  if (settings.requiredSections && settings.requiredSections.length > 0) items.push([`Required sections, checked by the self-review: ${settings.requiredSections.join(', ')}.`]);
  if (settings.fillLimit !== undefined) items.push([`Pool fill limit: ${formatPercent(settings.fillLimit as Ratio)}.`]);
  for (const [id, severity] of Object.entries(settings.severity ?? {})) items.push(['Severity of ', rule(id), `: ${severity}.`]);
  if (items.length === 0) items.push(['The spec sets no house style (settings); the defaults apply.']);
  return items;
}
