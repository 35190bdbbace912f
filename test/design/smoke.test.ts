import { it } from 'vitest';
import { designTask } from '../../src/design/design-task.js';
import { planMigration } from '../../src/plan/plan-migration.js';
import { formatFactValue } from '../../src/render/format-fact.js';
import { exampleModel } from '../helpers/example-model.js';
import { fakeImpact } from '../helpers/fake-impact.js';

it('smoke', () => {
  const { model, analysis } = exampleModel('two-node-homelab.yaml');
  const result = designTask(model, analysis, 'Design a two-node Proxmox cluster with shared storage and backup strategy');
  console.log(result.matches.map((m) => `${m.blueprint} ${m.score} ${m.reasons.join(', ')}`));
  for (const design of result.designs) {
    console.log(design.summary);
    for (const d of design.decisions) {
      console.log('##', d.question);
      for (const o of d.options) console.log(' ', o.id, o.viable ? 'viable' : 'NOT', o.figures.map((f) => `${f.column}=${formatFactValue(f.fact)}`).join(' | '), o.whyNot.join('; '));
      console.log('  CHOICE', d.choice.optionId, '-', d.choice.rationale);
    }
    console.log(design.validation.join('\n'));
    console.log(design.purchases.map((p) => `${p.item} ${p.cost.amount}`));
  }
  const plan = planMigration(model, result.target, result.constraints, fakeImpact, { purchases: result.purchases, validation: result.validation });
  for (const s of plan.steps) console.log(s.number, s.phase, s.id, '|', s.title, s.downtime);
  console.log(plan.violations, plan.adjustments, plan.cost);
});
