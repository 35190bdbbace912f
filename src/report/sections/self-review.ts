/** Self-Review: each check the report passed before it was written, and its result. */
import type { ReportReview, Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';

/** The Self-Review section for a finished review. */
export function buildSelfReview(review: ReportReview): Section {
  const passed = review.checks.filter((check) => check.passed).length;
  return {
    id: 'self-review',
    title: sectionTitles['self-review'],
    blocks: [
      {
        kind: 'paragraph',
        text: [
          `Before it was written, this report was checked against the architect's rules: ${passed} of ${review.checks.length} checks pass.`,
          review.revisions.length > 0 ? ` The first draft left ${review.revisions.length} gap${review.revisions.length === 1 ? '' : 's'} unstated; the revision lists ${review.revisions.length === 1 ? 'it' : 'them'} under Open questions.` : '',
        ],
      },
      {
        kind: 'table',
        columns: [{ title: 'Check' }, { title: 'Result' }, { title: 'Detail' }],
        rows: review.checks.map((check) => [[check.title], [check.passed ? 'pass' : 'FAIL'], [check.detail]]),
      },
    ],
  };
}
