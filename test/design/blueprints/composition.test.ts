/** The four blueprints of this area applied to one task compose in registry order into a valid target and plan. */
import { describe, expect, it } from 'vitest';
import { designTask } from '../../../src/design/design-task.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration } from '../../../src/plan/plan-migration.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Segment the network into VLANs, set up monitoring and alerting, size the UPS with NUT, and give remote access with MFA';

describe('power, observability, segmentation and remote access in one task', () => {
  for (const example of ['two-node-homelab.yaml', 'small-office.yaml', 'three-node-ceph.yaml']) {
    it(example, () => {
      const { model, analysis } = exampleModel(example);
      const result = designTask(model, analysis, TASK);
      expect(result.designs.map((design) => design.blueprint)).toEqual(['power-protection', 'observability-stack', 'network-segmentation', 'remote-access']);
      expect(checkReferences(result.target)).toEqual([]);
      const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });
      expect(plan.violations).toEqual([]);
      const position = new Map(plan.steps.map((step, index) => [step.id, index]));
      for (const step of plan.steps) {
        expect(step.validation.length * step.rollback.length, step.id).toBeGreaterThan(0);
        for (const need of step.requires) expect(position.get(need), `${step.id} needs ${need}`).toBeLessThan(position.get(step.id) as number);
      }
    });
  }
});
