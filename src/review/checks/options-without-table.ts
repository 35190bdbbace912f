import { matchRuns } from '../find-in-plan.js';
import { definePlanCheck } from '../types.js';

const comparisonTerms = /\boption [a-d1-4]\b|\balternatives?\b|\bversus\b|\bvs\.?(?=\s)|\bcompared (?:to|with)\b|\btrade-?offs?\b|\bpros and cons\b/gi;
/** An Options section that says why nothing is compared ("no task was given, so there is no design choice"). */
const noComparison = /\bno (?:design )?(?:choices?|options?|alternatives?|decisions?)\b|\bnothing to compare\b|\bnot compared\b/i;
const prosAndCons = /\bpros?\b[\s\S]*\bcons?\b|\bcons?\b[\s\S]*\bpros?\b/i;

export const optionsWithoutTable = definePlanCheck({
  meta: {
    id: 'plan/options-without-table',
    title: 'Options are compared in a table',
    category: 'clarity',
    severity: 'warning',
    rationale: 'The persona uses tables or bullet matrices for comparing options, so the figures and trade-offs sit side by side.',
    fix: 'compare the options in a table: one row per option, columns for cost, capacity, failure tolerance, effort and the verdict',
  },
  run(plan) {
    const sections = plan.sectionsOf('options');
    const mentions = matchRuns(plan, comparisonTerms, ['text']);
    if (sections.length === 0 && mentions.length === 0) return { status: 'not-applicable', reason: 'the plan compares no options' };
    // Without an Options section, the table belongs in a section where the comparison is made.
    const scope = sections.length > 0 ? sections : mentions.flatMap((mention) => plan.sectionsAt(mention.at.line).slice(-1));
    const within = (line: number) => (scope.length === 0 ? true : scope.some((section) => section.startLine <= line && line <= section.endLine));
    if (plan.tables.some((table) => within(table.position.line))) return { status: 'checked', findings: [] };
    const sectionText = plan.blocks.filter((block) => sections.length > 0 && within(block.position.line)).map((block) => block.text).join('\n');
    if (prosAndCons.test(sectionText)) return { status: 'checked', findings: [] };
    if (mentions.length === 0 && noComparison.test(sectionText)) return { status: 'not-applicable', reason: 'the Options section says there is nothing to compare' };
    const at = sections[0]?.heading.position ?? mentions[0]?.at ?? { line: 1, column: 1 };
    return { status: 'checked', findings: [{ at, message: 'the plan compares options but has no table (or pros/cons matrix) for them' }] };
  },
});
