/**
 * Options Compared: the options each design blueprint weighed for the task, one table per decision with
 * the computed figures side by side, what speaks for and against each, and the choice with the rules
 * and facts it rests on. Without a blueprint the section says why nothing is compared rather than
 * inventing a comparison. Reads the design when present.
 */
import type { Decision, Design } from '../../design/blueprint.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, fact, joinRich, rule, strong } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** The Options Compared section. */
export function buildOptionsCompared(context: ReportContext): Section {
  const designs = context.design?.designs ?? [];
  const unsupported = context.design?.unsupported;
  const blocks: Block[] =
    designs.length > 0
      ? designBlocks(designs)
      : unsupported
        ? [
            { kind: 'paragraph', text: [`No blueprint understands the task "${(context.task ?? '').trim()}", so there are no options to compare; the plan reviews the current state instead. What Kestra designs:`] },
            {
              kind: 'table',
              columns: [{ title: 'Blueprint' }, { title: 'Designs' }, { title: 'A task it understands' }],
              rows: unsupported.supported.map((entry) => [[code(entry.blueprint)], [`${entry.title}: ${entry.summary}`], [entry.example]]),
            },
          ]
        : [{ kind: 'paragraph', text: [fallback(context)] }];
  return { id: 'options-compared', title: sectionTitles['options-compared'], blocks };
}

function fallback(context: ReportContext): string {
  if (context.target) return 'The target was given as a spec, so it is the chosen design and there is nothing to compare.';
  if (context.task) return 'No design blueprint in this build matches the task, so no options are compared: Kestra compares only options whose figures it can compute.';
  return 'No task was given, so there is no design choice to compare options for; the target is the current state with its findings remedied.';
}

function designBlocks(designs: readonly Design[]): Block[] {
  const decisions = designs.reduce((total, design) => total + design.decisions.length, 0);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [`${designs.length === 1 ? 'One blueprint' : `${designs.length} blueprints`} weighed the task: ${decisions} decision${decisions === 1 ? '' : 's'}, each with its options side by side. Every figure is computed; an option that is not viable says which prerequisite fails.`],
    },
  ];
  for (const design of designs) for (const decision of design.decisions) blocks.push(...decisionBlocks(design, decision));
  return blocks;
}

function decisionBlocks(design: Design, decision: Decision): Block[] {
  const chosen = decision.options.find((option) => option.id === decision.choice.optionId);
  const rows = decision.options.map((option): RichText[] => [
    option.id === decision.choice.optionId ? [strong(option.title)] : [option.title],
    ...decision.columns.map((column): RichText => {
      const figure = option.figures.find((item) => item.column === column.key);
      return figure ? [fact(figure.fact)] : ['—'];
    }),
    [option.viable ? 'yes' : `no: ${option.whyNot.join('; ')}`],
    [option.pros.join('; ') || '—'],
    [option.cons.join('; ') || '—'],
  ]);
  const cites: RichText = decision.choice.cites.rules.length > 0 ? [' Rules: ', ...joinRich(decision.choice.cites.rules.map(rule), ', '), '.'] : [];
  return [
    { kind: 'heading', text: `${design.title}: ${decision.question}` },
    {
      kind: 'table',
      columns: [{ title: 'Option' }, ...decision.columns.map((column) => ({ title: column.label, ...(column.unit !== 'text' && column.unit !== 'boolean' ? { align: 'right' as const } : {}) })), { title: 'Viable' }, { title: 'For' }, { title: 'Against' }],
      rows,
    },
    { kind: 'paragraph', text: [strong('Chosen: '), chosen ? chosen.title : code(decision.choice.optionId), `. ${decision.choice.rationale}`, ...cites] },
  ];
}
