/** recursive-self-eval: the Self-Review shows the critique of the first draft and what the revision changed. */
import type { ReviewRevision } from '../report-model.js';
import { definePattern, mapSection } from './pattern-module.js';

export const recursiveSelfEval = definePattern({
  id: 'recursive-self-eval',
  effect: 'shows the critique of the first draft and what the revision changed',
  shapeFinal(sections, _context, review) {
    return mapSection(sections, 'self-review', (section) => ({
      ...section,
      blocks: [
        ...section.blocks,
        { kind: 'heading', text: 'Critique and revision' },
        review.revisions.length === 0
          ? { kind: 'paragraph', text: ['The first draft passed every check; the revision changed nothing.'] }
          : {
              kind: 'table',
              columns: [{ title: 'Check' }, { title: 'First draft' }, { title: 'What changed' }],
              rows: review.revisions.map((revision: ReviewRevision) => [[revision.check], [revision.before], [revision.change]]),
            },
      ],
    }));
  },
});
