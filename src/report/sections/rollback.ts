/** Rollback: how to undo the plan — in reverse step order, to the restore points Phase 0 created. */
import type { ReportContext } from '../report-inputs.js';
import type { ActionStep, Section } from '../report-model.js';
import { code, joinRich } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** The Rollback section, built from the steps already planned. */
export function buildRollback(_context: ReportContext, steps: readonly ActionStep[]): Section {
  const reversed = [...steps].reverse();
  return {
    id: 'rollback',
    title: sectionTitles.rollback,
    blocks: [
      {
        kind: 'paragraph',
        text: ['Undo completed steps in reverse order; stop at the first step whose validation passes again. The restore points are the baseline saved in step ', code('0.1'), ' and the backups taken in step ', code('0.2'), '.'],
      },
      {
        kind: 'table',
        columns: [{ title: 'Step' }, { title: 'Rollback' }],
        rows: reversed.map((step) => [['Step ', code(step.id), ': ', ...step.title], joinRich(step.rollback, ' ')]),
      },
    ],
  };
}
