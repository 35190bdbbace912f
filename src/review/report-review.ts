/**
 * The self-review: a report is checked before it is written (DESIGN.md "Review and lint") — required
 * sections present and in order; baseline, desired state and migration path there; every risk mitigated;
 * every step validated and reversible; SPOFs, security and observability covered; CPU, RAM, throughput
 * and cost figures present or listed as open questions. Checks read the report only, never the spec.
 */
import type { OpenQuestion } from '../model/types.js';
import type { ReportQuestionId } from '../report/report-questions.js';
import type { Block, Inline, ReviewCheck, Section } from '../report/report-model.js';
import { plainText } from '../report/rich-text.js';
import { sectionOrder, sectionTitles } from '../report/section-ids.js';

/** What the review looks at: the draft's sections, whether a failure analysis ran, the open questions listed. */
export interface ReviewInput {
  readonly sections: readonly Section[];
  readonly failureAnalysed: boolean;
  readonly findingsAnalysed: boolean;
  readonly openQuestions: readonly OpenQuestion[];
  /** Extra sections the house style requires (settings.requiredSections), by id or title. */
  readonly requiredSections?: readonly string[];
}

/** A check, and the open question that makes its gap explicit when it fails for want of an analysis. */
interface Check {
  readonly id: string;
  readonly title: string;
  readonly run: (input: ReviewInput) => { passed: boolean; detail: string };
  readonly remedy?: ReportQuestionId;
}

/** Figure categories the persona asks to quantify, with the fact ids that count as the figure. */
const figureCategories = [
  { id: 'cpu', title: 'CPU figures', facts: /^compute\/[^/]+\/vcpu/, question: 'report/figures/cpu' },
  { id: 'ram', title: 'RAM figures', facts: /^compute\/[^/]+\/memory/, question: 'report/figures/ram' },
  { id: 'throughput', title: 'Throughput figures', facts: /^network\//, question: 'report/figures/throughput' },
  { id: 'cost', title: 'Cost figures', facts: /^power\/site\/yearly-(cost|energy)$/, question: 'report/figures/cost' },
] as const;

const requiredIds = sectionOrder.filter((id) => id !== 'self-review');

const checks: readonly Check[] = [
  {
    id: 'sections-present',
    title: 'Every required section present, in order',
    run: (input) => {
      const ids = input.sections.map((section) => section.id);
      const titles = input.sections.map((section) => section.title.toLowerCase());
      const missing = requiredIds.filter((id) => !ids.includes(id)).map((id) => sectionTitles[id]);
      const extra = (input.requiredSections ?? []).filter((name) => !ids.includes(name) && !titles.includes(name.toLowerCase()));
      const present = requiredIds.filter((id) => ids.includes(id));
      const ordered = present.every((id, index) => index === 0 || ids.indexOf(present[index - 1] ?? id) < ids.indexOf(id));
      if (missing.length + extra.length > 0) return { passed: false, detail: `missing: ${[...missing, ...extra].join(', ')}` };
      return { passed: ordered, detail: ordered ? `${present.length + (input.requiredSections?.length ?? 0)} sections` : 'sections out of order' };
    },
  },
  {
    id: 'baseline-target-migration',
    title: 'Baseline, desired state and migration path documented',
    run: (input) => {
      const hasTable = blocksOf(input, 'current-state').some((block) => block.kind === 'table');
      const hasTarget = blocksOf(input, 'target-state').length > 0;
      const steps = blocksOf(input, 'action-steps').flatMap((block) => (block.kind === 'steps' ? block.steps : []));
      const gaps = [hasTable ? '' : 'no baseline inventory', hasTarget ? '' : 'no target state', steps.length > 0 ? '' : 'no steps'].filter(Boolean);
      return { passed: gaps.length === 0, detail: gaps.length === 0 ? `baseline inventory, target state and ${steps.length} steps` : gaps.join('; ') };
    },
  },
  {
    id: 'risks-mitigated',
    title: 'Every risk has a mitigation',
    run: (input) => {
      let risks = 0;
      let unmitigated = 0;
      for (const block of blocksOf(input, 'risks')) {
        if (block.kind !== 'table') continue;
        const column = block.columns.findIndex((column) => column.title === 'Mitigation');
        if (column === -1) continue;
        for (const row of block.rows) {
          risks++;
          const text = plainText(row[column] ?? []).trim();
          if (text === '' || text === '—') unmitigated++;
        }
      }
      if (risks === 0) return { passed: true, detail: 'no risk listed' };
      return { passed: unmitigated === 0, detail: unmitigated === 0 ? `${risks} risk${risks === 1 ? '' : 's'} listed, each with a mitigation` : `${unmitigated} of ${risks} risks without a mitigation` };
    },
  },
  {
    id: 'steps-complete',
    title: 'Every step has pre-checks, validation, rollback, downtime and blast radius',
    run: (input) => {
      const steps = input.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'steps' ? block.steps : [])));
      const incomplete = steps.filter((step) => step.preChecks.length === 0 || step.validation.length === 0 || step.rollback.length === 0 || step.downtime.length === 0 || step.blastRadius.length === 0);
      return { passed: incomplete.length === 0, detail: incomplete.length === 0 ? `${steps.length} steps complete` : `incomplete: steps ${incomplete.map((step) => step.id).join(', ')}` };
    },
  },
  {
    id: 'spofs-surfaced',
    title: 'Single points of failure and blast radius surfaced',
    remedy: 'report/failure-analysis',
    run: (input) => {
      if (input.failureAnalysed) return { passed: true, detail: 'from the failure analysis' };
      const listed = input.openQuestions.some((question) => question.id === 'report/failure-analysis');
      return { passed: listed, detail: listed ? 'no failure analysis ran: listed as an open question, failure domains drawn from the spec' : 'no failure analysis and no open question about it' };
    },
  },
  {
    id: 'findings-surfaced',
    title: 'Guardrail findings computed',
    remedy: 'report/rules',
    run: (input) => {
      if (input.findingsAnalysed) return { passed: true, detail: 'from the rules' };
      const listed = input.openQuestions.some((question) => question.id === 'report/rules');
      return { passed: listed, detail: listed ? 'no rules ran: listed as an open question' : 'no rules ran and no open question about it' };
    },
  },
  {
    id: 'security-covered',
    title: 'Security covered',
    run: (input) => {
      const covered = input.sections.some((section) => section.blocks.some((block) => block.kind === 'heading' && /security|firewall/i.test(block.text)));
      return { passed: covered, detail: covered ? 'security layer and firewall policy described' : 'no security or firewall part' };
    },
  },
  {
    id: 'observability-covered',
    title: 'Observability covered',
    run: (input) => {
      const described = input.sections.some((section) => section.blocks.some((block) => block.kind === 'heading' && /monitoring|observability/i.test(block.text)));
      const checklist = blocksOf(input, 'validation-checklist').some((block) => block.kind === 'table' && block.rows.length > 0);
      return { passed: described && checklist, detail: described && checklist ? 'monitoring described and a checklist given' : 'monitoring or checklist missing' };
    },
  },
  ...figureCategories.map(
    (category): Check => ({
      id: `figures-${category.id}`,
      title: `${category.title} present or asked for`,
      remedy: category.question,
      run: (input) => {
        const facts = new Set(factIds(input).filter((id) => category.facts.test(id)));
        if (facts.size > 0) return { passed: true, detail: `${facts.size} figure${facts.size === 1 ? '' : 's'} from facts` };
        const asked = input.openQuestions.some((question) => question.id === category.question);
        return { passed: asked, detail: asked ? 'not computed: listed as an open question' : 'neither computed nor listed as an open question' };
      },
    }),
  ),
];

/** Runs every check over the draft. */
export function reviewReport(input: ReviewInput): ReviewCheck[] {
  return checks.map((check) => ({ id: check.id, title: check.title, ...check.run(input) }));
}

/** Each failed check that an open question settles, with that question. */
export function remediesFor(results: readonly ReviewCheck[]): { readonly check: ReviewCheck; readonly question: ReportQuestionId }[] {
  return results.flatMap((result) => {
    const remedy = checks.find((check) => check.id === result.id)?.remedy;
    return !result.passed && remedy !== undefined ? [{ check: result, question: remedy }] : [];
  });
}

function blocksOf(input: ReviewInput, id: string): readonly Block[] {
  return input.sections.find((section) => section.id === id)?.blocks ?? [];
}

/** Ids of every fact cited anywhere in the report. */
function factIds(input: ReviewInput): string[] {
  const ids: string[] = [];
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) if (typeof inline !== 'string' && inline.kind === 'fact') ids.push(inline.id);
  };
  for (const section of input.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') visit(block.text);
      else if (block.kind === 'bullets') block.items.forEach(visit);
      else if (block.kind === 'table') block.rows.forEach((row) => row.forEach(visit));
    }
  }
  return ids;
}
