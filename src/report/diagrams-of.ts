/** The diagrams of a report, in order of appearance, for the renderers that draw them. */
import type { DiagramSpec } from '../render/diagrams/diagram-spec.js';
import type { ReportModel } from './report-model.js';

/** Every diagram spec in the report's sections. */
export function diagramsOf(report: ReportModel): DiagramSpec[] {
  return report.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.diagram] : [])));
}
