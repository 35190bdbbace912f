/** Rollback: how to undo the plan — in reverse step order, to the restore points Phase 0 created. */
import type { ReportContext } from '../report-inputs.js';
import type { ActionStep, Block, RichText, Section } from '../report-model.js';
import { restorePoints } from '../steps/restore-points.js';
import { code, joinRich } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** The Rollback section, built from the steps already planned. */
export function buildRollback(context: ReportContext, steps: readonly ActionStep[]): Section {
  const reversed = [...steps].reverse();
  const points = restorePoints(context);
  const restore: RichText =
    points.baseline === points.backup
      ? ['The restore point is the baseline and the backups taken in step ', code(points.baseline), '.']
      : ['The restore points are the baseline saved in step ', code(points.baseline), ' and the backups taken in step ', code(points.backup), '.'];
  const blocks: Block[] = [
    { kind: 'paragraph', text: ['Undo completed steps in reverse order; stop at the first step whose validation passes again. ', ...restore] },
    {
      kind: 'table',
      columns: [{ title: 'Step' }, { title: 'Rollback' }],
      rows: reversed.map((step) => [['Step ', code(step.id), ': ', ...step.title], joinRich(step.rollback, ' ')]),
    },
  ];
  // Each blueprint also says how to return to the state before it as a whole.
  const designs = (context.design?.designs ?? []).filter((design) => design.rollback.length > 0);
  if (designs.length > 0) {
    blocks.push({ kind: 'heading', text: 'Rolling back a design as a whole' });
    blocks.push({ kind: 'bullets', items: designs.flatMap((design) => design.rollback.map((item): RichText => [`${design.title}: ${item}`])) });
  }
  return { id: 'rollback', title: sectionTitles.rollback, blocks };
}
