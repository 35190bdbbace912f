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
    analyzers: ['storage'],
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
site: { name: Example, electricityPrice: 0.30 EUR/kWh }
hosts:
  - { id: nas, role: nas, memory: 16GB, zfsVersion: "2.2", power: { idle: 30W }, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }], used: 1TB, growthPerMonth: 20GB }
`,
    },
  },
  // Once any analyzer ran the rule applies: no unknown fact means it passed.
  subjects: ({ model, analysis }): Subject[] => (analysis.facts.length > 0 ? [{ id: 'site', source: model.site.source }] : []),
  check(_site, context) {
    for (const fact of context.analysis.facts) {
      if (fact.status !== 'unknown') continue;
      const source: Source | undefined = fact.source ?? context.index.get(fact.subject)?.source;
      const question: Question = { id: fact.subject, source: source ?? context.model.site.source, factId: fact.id, label: fact.label, question: fact.question };
      context.report({
        messageId: 'unknown',
        data: { label: question.label, subject: question.id, question: question.question },
        at: question,
        evidence: [question.factId],
        subjects: [question.factId],
      });
    }
  },
});
