/**
 * The persona's two example tasks, end to end on the two-node homelab: design, plan, and the
 * constraints checked with the real failure model on every intermediate state.
 */
import { describe, expect, it } from 'vitest';
import { designTask } from '../../src/design/design-task.js';
import { failureImpact } from '../../src/plan/failure-impact.js';
import { planMigration, planStates } from '../../src/plan/plan-migration.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { exampleModel } from '../helpers/example-model.js';

const { model, analysis } = exampleModel('two-node-homelab.yaml');

function expectSoundSteps(plan: Plan): void {
  const position = new Map(plan.steps.map((step, index) => [step.id, index]));
  for (const step of plan.steps) {
    expect(step.validation.length, `${step.id} validation`).toBeGreaterThan(0);
    expect(step.rollback.length, `${step.id} rollback`).toBeGreaterThan(0);
    for (const need of step.requires) expect(position.get(need), `${step.id} needs ${need}`).toBeLessThan(position.get(step.id) as number);
  }
}

describe('persona task 1: a two-node Proxmox cluster with shared storage and backup strategy', () => {
  const task = 'Design a two-node Proxmox cluster with shared storage and backup strategy';
  const result = designTask(model, analysis, task);
  const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation });

  it('selects the cluster and backup blueprints and says why', () => {
    const cluster = result.matches.find((match) => match.blueprint === 'proxmox-cluster');
    expect(cluster?.selected).toBe(true);
    expect(cluster?.reasons).toContain('"proxmox" (+3)');
    expect(result.designs.map((design) => design.blueprint)).toEqual(['proxmox-cluster', 'backup-strategy']);
    expect(result.matches.find((match) => match.blueprint === 'backup-strategy')?.reasons).toEqual(['"backup" (+3)']);
  });

  it('adds PBS with an offsite copy that meets 3-2-1', () => {
    expect(result.target.backups.targets.filter((target) => target.offsite).map((target) => target.id)).toEqual(['usb-offsite']);
    expect(result.targetAnalysis.byId.get('backup/homeassistant/three-two-one')?.value).toBe(true);
  });

  it('includes a quorum solution and passes its own N+1 check', () => {
    expect(plan.steps.some((step) => step.id === 'qdevice.add/homelab')).toBe(true);
    expect(result.target.clusters.proxmox[0]?.qdevice?.host).toBe('nas');
    const design = result.designs.find((entry) => entry.blueprint === 'proxmox-cluster');
    expect(design?.summary).toContain('N+1 holds for every single node failure');
    expect(design?.risks.filter((risk) => risk.id.startsWith('cluster/n-plus-one'))).toEqual([]);
  });

  it('plans within the constraints, every step validated and reversible', () => {
    expect(plan.violations).toEqual([]);
    expect(plan.checks.every((check) => check.satisfied)).toBe(true);
    expectSoundSteps(plan);
    expect(plan.cost[0]?.amount ?? 0).toBeLessThanOrEqual(model.constraints.budget?.amount ?? 0);
  });
});

describe('persona task 2: UniFi to OPNsense with zero downtime for the IoT VLAN', () => {
  const task = 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN';
  const result = designTask(model, analysis, task);
  const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation });

  it('protects the IoT VLAN as the task says', () => {
    expect(result.constraints.zeroDowntime).toEqual(['homeassistant', 'iot']);
  });

  it('keeps the IoT VLAN served in every intermediate state, by the failure model', () => {
    const states = planStates(model, plan);
    expect(states).toHaveLength(plan.steps.length + 1);
    plan.steps.forEach((step, index) => {
      expect([...failureImpact(states[index] as never, step.disrupts)], `while step ${step.number} (${step.id}) runs`).not.toContain('vlan:iot');
      expect([...failureImpact(states[index + 1] as never, [])], `after step ${step.number} (${step.id})`).not.toContain('vlan:iot');
    });
    expect(plan.violations).toEqual([]);
  });

  it('cuts the IoT VLAN over make-before-break and every step has validation and rollback', () => {
    const iot = plan.steps.find((step) => step.id === 'vlan-gateway.change/iot');
    expect(iot?.disrupts).toEqual([]);
    expect(iot?.bridge?.reason).toContain('make-before-break');
    expect(plan.steps.some((step) => step.id === 'vlan-gateway.change/iot/lower-lease')).toBe(true);
    expectSoundSteps(plan);
  });

  it('reports the offending step when a target breaks the budget or a zero-downtime scope', () => {
    const expensive = designTask(model, analysis, task, { prices: { 'gateway-compact-4x2g5': { amount: 900, currency: 'EUR' }, 'gateway-rack-10g': { amount: 1200, currency: 'EUR' } } });
    const overBudget = planMigration(model, expensive.target, expensive.constraints, failureImpact, { purchases: expensive.purchases });
    expect(overBudget.violations.map((violation) => [violation.constraint, violation.stepId])).toEqual([['budget', 'gateway.add/opnsense']]);
    const strict = planMigration(model, result.target, { ...result.constraints, zeroDowntime: [...result.constraints.zeroDowntime, 'nextcloud'] }, failureImpact);
    expect(strict.violations.map((violation) => [violation.constraint, violation.stepId, violation.scope])).toEqual([['zero-downtime', 'wan.move/isp', 'nextcloud']]);
  });
});
