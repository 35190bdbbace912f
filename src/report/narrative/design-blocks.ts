/** The design in the Architecture Narrative: what each blueprint decided, question by question, and on which rules. */
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText } from '../report-model.js';
import { joinRich, rule, strong } from '../rich-text.js';

/** A "Design" part: each decision's question, the option chosen and the rules it rests on; none without a design. */
export function designNarrative(context: ReportContext): Block[] {
  const designs = context.design?.mode === 'blueprint' ? context.design.designs : [];
  if (designs.length === 0) return [];
  const items: RichText[] = designs.flatMap((design) =>
    design.decisions.map((decision): RichText => {
      const chosen = decision.options.find((option) => option.id === decision.choice.optionId)?.title ?? decision.choice.optionId;
      const rules = decision.choice.cites.rules;
      return [strong(`${design.title}: ${decision.question}`), ` ${chosen}.`, ...(rules.length > 0 ? [' Driven by ', ...joinRich(rules.map(rule), ', '), '.'] : [])];
    }),
  );
  return [
    { kind: 'heading', text: 'Design' },
    { kind: 'paragraph', text: ['The decisions the design makes for the task, compared option by option under Options Compared; the layers below describe the site as it is today.'] },
    { kind: 'bullets', items },
  ];
}
