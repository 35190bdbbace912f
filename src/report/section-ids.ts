/** The report's sections in DESIGN.md order ("Report"), with the titles every format prints. */
export const sectionTitles = {
  summary: 'Summary',
  'current-state': 'Current State',
  'target-state': 'Target State',
  'architecture-narrative': 'Architecture Narrative',
  'component-breakdown': 'Component Breakdown',
  'options-compared': 'Options Compared',
  'operational-considerations': 'Operational Considerations',
  risks: 'Risks',
  'action-steps': 'Action Steps',
  'validation-checklist': 'Validation & Monitoring Checklist',
  rollback: 'Rollback',
  assumptions: 'Assumptions & Open Questions',
  'self-review': 'Self-Review',
} as const;

export type SectionId = keyof typeof sectionTitles;

/** Section ids in report order. */
export const sectionOrder = Object.keys(sectionTitles) as SectionId[];

/** Id of the section the planning-phase pattern puts before the Summary. */
export const PLANNING_SECTION_ID = 'planning-phase';
