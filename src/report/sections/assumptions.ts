/**
 * Assumptions & Open Questions: what was read and how, every assumption with the lines it applies to, and
 * every open question — from the analysis when it ran, from the spec's gaps when not, and those the
 * self-review raised. Reads analysis when present.
 */
import type { Assumption, OpenQuestion } from '../../model/types.js';
import { modelGaps } from '../model-gaps.js';
import { factsTable } from '../narrative/layer-blocks.js';
import type { ReportContext } from '../report-inputs.js';
import { reportQuestion } from '../report-questions.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code } from '../rich-text.js';
import { inputNames } from '../input-names.js';
import { citeSources } from '../cite-sources.js';
import { sectionTitles } from '../section-ids.js';

/** The heading of the full list of computed figures, which the narrative points to. */
export const APPENDIX_HEADING = 'Every computed figure';

/** Lines cited per assumption before the rest are counted. */
export const MAX_LINES_CITED = 8;

/** The assumptions a report lists: the loader's, then the analysis's. */
export function reportAssumptions(context: ReportContext): Assumption[] {
  const all = [...context.assumptions, ...(context.analysis?.assumptions ?? []), ...(context.design?.assumptions ?? []), ...(context.migration?.assumptions ?? [])];
  // The design repeats the analyzers' assumptions for the target: each is listed once.
  const seen = new Set<string>();
  return all.filter((assumption) => !seen.has(assumption.id) && Boolean(seen.add(assumption.id)));
}

/** The open questions a report lists, in a fixed order: the input's, the analysis's (or the spec's gaps), then the report's own. */
export function reportOpenQuestions(context: ReportContext): OpenQuestion[] {
  const all = [
    ...(context.inputQuestions ?? []),
    ...(context.analysis ? context.analysis.openQuestions : modelGaps(context.model)),
    ...(context.design?.openQuestions ?? []),
    ...(context.raisedQuestions ?? []).map(reportQuestion),
  ];
  // Several unknown figures can wait on the same missing input and ask the same question: ask it once.
  const seen = new Set<string>();
  return all.filter((question) => {
    if (seen.has(question.text)) return false;
    seen.add(question.text);
    return true;
  });
}

/** The Assumptions & Open Questions section. */
export function buildAssumptions(context: ReportContext): Section {
  const blocks: Block[] = [{ kind: 'heading', text: 'Inputs' }, { kind: 'bullets', items: inputItems(context) }];
  const assumptions = reportAssumptions(context);
  blocks.push({ kind: 'heading', text: 'Assumptions' });
  blocks.push(
    assumptions.length === 0
      ? { kind: 'paragraph', text: ['None: every value was read as written.'] }
      : { kind: 'bullets', items: assumptions.map((assumption) => [assumption.text, ...lines(assumption)]) },
  );
  const questions = reportOpenQuestions(context);
  blocks.push({ kind: 'heading', text: 'Open questions' });
  blocks.push(
    questions.length === 0
      ? { kind: 'paragraph', text: ['None: every figure the report needs could be computed.'] }
      : { kind: 'bullets', items: questions.map((question) => [question.text, ...(question.source ? [` (${question.source.file} line ${question.source.line})`] : [])]) },
  );
  const facts = context.analysis?.facts ?? [];
  if (facts.length > 0) {
    blocks.push({ kind: 'heading', text: APPENDIX_HEADING });
    blocks.push({ kind: 'paragraph', text: [`The ${facts.length} figures the analysis computed, with their formulas, by id; the narrative quotes the decisive ones. The JSON report carries each with its inputs.`], detail: true });
    blocks.push(factsTable(facts));
  }
  return { id: 'assumptions', title: sectionTitles.assumptions, blocks };
}

function inputItems(context: ReportContext): RichText[] {
  const items: RichText[] = [['The current state is read from ', ...inputNames(context.inputs), '.']];
  if (context.inputs.length > 1) {
    items.push(['The inputs were merged into one model before validation: an id defined in two of them must be defined alike, a reference may point into another input, and every figure and finding cites the file its value came from.']);
  }
  if (context.target) items.push(['The target state is read from ', code(context.target.file), '.']);
  // Which blueprints the task matched, and on which words: the reader can see why a design was chosen.
  for (const match of context.design?.matches ?? []) {
    if (match.score === 0) continue;
    items.push([`Blueprint `, code(match.blueprint), ` (${match.title}) scored ${match.score} for the task${match.selected ? ' and designed part of the target' : ', below the threshold'}${match.reasons.length > 0 ? `: ${match.reasons.join('; ')}` : ''}.`]);
  }
  return items;
}

function lines(assumption: Assumption): RichText {
  return assumption.sources.length === 0 ? [] : [` (${citeSources(assumption.sources, MAX_LINES_CITED)})`];
}
