/**
 * Options Compared: the options a design blueprint weighs for the task, as tables. Blueprints are not part
 * of this build; until they are, the section says so rather than inventing a comparison.
 */
import type { ReportContext } from '../report-inputs.js';
import type { Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';

/** The Options Compared section. */
export function buildOptionsCompared(context: ReportContext): Section {
  const text = context.target
    ? 'The target was given as a spec, so it is the chosen design and there is nothing to compare.'
    : context.task
      ? 'No design blueprint in this build matches the task, so no options are compared: Kestra compares only options whose figures it can compute.'
      : 'No task was given, so there is no design choice to compare options for; the target is the current state with its findings remedied.';
  return { id: 'options-compared', title: sectionTitles['options-compared'], blocks: [{ kind: 'paragraph', text: [text] }] };
}
