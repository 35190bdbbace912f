/** orchestration: every section labelled with the stage that produced it — planner, worker or QA — and the pipeline named in the Summary. */
import type { Section, Stage } from '../report-model.js';
import { PLANNING_SECTION_ID, sectionTitles } from '../section-ids.js';
import { definePattern } from './pattern-module.js';

/** The stage of each section (DESIGN.md "The pipeline": planner → workers → QA). */
export const sectionStages: Readonly<Record<string, Stage>> = {
  [PLANNING_SECTION_ID]: 'planner',
  summary: 'planner',
  'current-state': 'planner',
  'target-state': 'planner',
  'options-compared': 'planner',
  'architecture-narrative': 'worker',
  'component-breakdown': 'worker',
  'operational-considerations': 'worker',
  risks: 'worker',
  'action-steps': 'worker',
  'validation-checklist': 'worker',
  rollback: 'worker',
  assumptions: 'qa',
  'self-review': 'qa',
};

export const orchestration = definePattern({
  id: 'orchestration',
  effect: 'labels each section with the stage that produced it: planner, worker or QA',
  // Labelled in the draft, so the self-review reads the sections as they are written; the Self-Review,
  // written after the review, is labelled at the end.
  shapeDraft(sections: readonly Section[]) {
    const labelled = sections.map((section) => ({ ...section, stage: sectionStages[section.id] ?? 'worker' }));
    const titles = (stage: Stage) => [...labelled.filter((section) => section.stage === stage).map((section) => section.title), ...(stage === 'qa' ? [sectionTitles['self-review']] : [])].join(', ');
    return labelled.map((section) =>
      section.id === 'summary'
        ? {
            ...section,
            blocks: [
              ...section.blocks,
              { kind: 'heading', text: 'Orchestration' },
              { kind: 'bullets', items: [[`Planner: ${titles('planner')}.`], [`Workers: ${titles('worker')}.`], [`QA: ${titles('qa')}.`]] },
            ],
          }
        : section,
    );
  },
  shapeFinal(sections: readonly Section[]) {
    return sections.map((section) => (section.stage === undefined ? { ...section, stage: sectionStages[section.id] ?? 'qa' } : section));
  },
});
