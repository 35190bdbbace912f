import type { Source } from '../../../model/types.js';
import { defineRule, type Subject } from '../../rule.js';

interface Question extends Subject {
  readonly factId: string;
  readonly label: string;
  readonly question: string;
}

export const openQuestion = defineRule({
  meta: {
    id: 'general/open-question',
    layer: 'general',
    title: 'A figure could not be computed',
    severity: 'info',
    rationale:
      'Kestra never fills a gap with a guess: a figure whose inputs are missing stays unknown, and the rules that need it cannot judge it. Each such gap is an open question; answering it in the spec lets the analysis and the rules complete.',
    remediation: 'Add the missing value to the spec (see the question), then run the analysis again.',
    references: [],
    messages: { unknown: '{label} of "{subject}" is unknown: {question}' },
    needs: ['facts'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }] }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 1TB, growthPerMonth: 20GB }
`,
    },
  },
  subjects: ({ model, analysis, index }) =>
    analysis.facts.flatMap((fact): Question[] => {
      if (fact.status !== 'unknown') return [];
      const source: Source | undefined = fact.source ?? index.get(fact.subject)?.source ?? (fact.subject === 'site' ? model.site.source : undefined);
      return source ? [{ id: fact.subject, source, factId: fact.id, label: fact.label, question: fact.question }] : [];
    }),
  check(question: Question, context) {
    context.report({ messageId: 'unknown', data: { label: question.label, subject: question.id, question: question.question }, evidence: [question.factId], subjects: [question.factId] });
  },
});
