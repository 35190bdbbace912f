/**
 * recursive-self-eval: the Self-Review shows the loop the report went through — the first draft's
 * critique (what `kestra lint` and the model checks found in it), what the revision changed, and the
 * verdict of the re-review.
 */
import type { ReviewRevision } from '../report-model.js';
import { findingsTable } from '../sections/self-review.js';
import { definePattern, mapSection } from './pattern-module.js';

export const recursiveSelfEval = definePattern({
  id: 'recursive-self-eval',
  effect: 'shows the critique of the first draft, what the revision changed and the re-review',
  shapeFinal(sections, _context, review) {
    const serious = review.critique.filter((finding) => finding.severity !== 'info');
    return mapSection(sections, 'self-review', (section) => ({
      ...section,
      blocks: [
        ...section.blocks,
        { kind: 'heading', text: 'Critique and revision' },
        {
          kind: 'paragraph',
          text: [
            `Draft: the report was built from the analysis. Review: its Markdown was checked as above; the first draft drew ${review.critique.length === 0 ? 'no finding' : `${review.critique.length} finding${review.critique.length === 1 ? '' : 's'}, ${serious.length} above info`}${review.revisions.length > 0 ? ` and failed ${review.revisions.length} check${review.revisions.length === 1 ? '' : 's'} it can settle itself` : ''}. `,
            review.revisions.length === 0
              ? 'Fix: nothing to change. Re-review: not needed; the first draft is the report.'
              : `Fix: the changes below. Re-review: ${review.passed ? 'every check passes' : 'checks still fail (listed above)'}.`,
          ],
        },
        ...(review.critique.length > 0 ? [findingsTable(review.critique)] : []),
        ...(review.revisions.length > 0
          ? [
              {
                kind: 'table' as const,
                columns: [{ title: 'Check' }, { title: 'First draft' }, { title: 'What changed' }],
                rows: review.revisions.map((revision: ReviewRevision) => [[revision.check], [revision.before], [revision.change]]),
              },
            ]
          : []),
      ],
    }));
  },
});
