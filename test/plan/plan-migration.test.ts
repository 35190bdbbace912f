import { describe, expect, it } from 'vitest';
import type { PlanConstraints } from '../../src/design/design-result.js';
import type { Purchase } from '../../src/design/blueprint.js';
import { updateEntity } from '../../src/model/collections.js';
import { bytes } from '../../src/model/quantities.js';
import type { Host } from '../../src/model/types.js';
import { buildSteps } from '../../src/plan/build-steps.js';
import { changeDependencies } from '../../src/plan/dependencies.js';
import { diff } from '../../src/plan/diff.js';
import { planMigration, planStates } from '../../src/plan/plan-migration.js';
import { resolveConstraints } from '../../src/plan/resolve-constraints.js';
import { exampleModel } from '../helpers/example-model.js';
import { fakeImpact } from '../helpers/fake-impact.js';
import { clusterWithHa, replaceGateway } from '../helpers/model-edits.js';

const { model } = exampleModel('two-node-homelab.yaml');
const constraints = (zeroDowntime: string[], extra: Partial<PlanConstraints> = {}): PlanConstraints => ({ zeroDowntime, maintenanceWindows: model.constraints.maintenanceWindows, ...extra });

describe('planMigration: gateway replacement', () => {
  const target = replaceGateway(model);

  it('keeps a protected VLAN served in every intermediate state by bridging its cut-over', () => {
    const plan = planMigration(model, target, constraints(['iot']), fakeImpact);
    expect(plan.violations).toEqual([]);
    const states = planStates(model, plan);
    plan.steps.forEach((step, index) => {
      expect(fakeImpact(states[index] as never, step.disrupts), `during step ${step.number} ${step.id}`).not.toContain('vlan:iot');
      expect(fakeImpact(states[index + 1] as never, []), `after step ${step.number} ${step.id}`).not.toContain('vlan:iot');
    });
    const handover = plan.steps.find((step) => step.id === 'vlan-gateway.change/iot');
    expect(handover?.title).toContain('make-before-break');
    expect(handover?.bridge?.for).toBe('vlan-gateway.change/iot');
    expect(plan.steps.find((step) => step.id === 'vlan-gateway.change/guest')?.disrupts).toEqual(['vlan:guest']);
    expect(plan.adjustments).toEqual(['Step "Cut over VLAN iot from gw to opnsense" would take iot down while it runs; replaced by a bridge: keep iot served throughout: make-before-break hand-over of the same gateway address.']);
  });

  it('reaches the target, with every step validated and reversible and its prerequisites earlier', () => {
    const plan = planMigration(model, target, constraints([]), fakeImpact);
    const states = planStates(model, plan);
    expect(diff(states[states.length - 1] as never, target)).toEqual([]);
    const position = new Map(plan.steps.map((step, index) => [step.id, index]));
    for (const step of plan.steps) {
      expect(step.validation.length, step.id).toBeGreaterThan(0);
      expect(step.rollback.length, step.id).toBeGreaterThan(0);
      for (const need of step.requires) expect(position.get(need), `${step.id} needs ${need}`).toBeLessThan(position.get(step.id) as number);
    }
    const order = (id: string) => position.get(id) as number;
    expect(order('gateway.add/opnsense')).toBeLessThan(order('vlan-gateway.change/iot'));
    expect(order('link.add/opnsense:igc1~sw1:port5')).toBeLessThan(order('vlan-gateway.change/lan'));
    expect(order('vlan-gateway.change/trusted')).toBeLessThan(order('wan.move/isp'));
    expect(order('wan.move/isp')).toBeLessThan(order('vpn.move/wg-home'));
    expect(order('vpn.move/wg-home')).toBeLessThan(order('gateway.remove/gw'));
    expect(plan.phases.map((phase) => phase.phase)).toEqual(['prepare', 'build', 'cutover', 'decommission', 'verify']);
    expect(plan.steps[0]?.id).toBe('prepare/baseline');
    expect(plan.steps[plan.steps.length - 1]?.id).toBe('verify/end-to-end');
  });

  it('sums downtime and duration, and counts the maintenance windows the disruptive steps need', () => {
    const plan = planMigration(model, target, constraints([]), fakeImpact);
    expect(plan.downtime).toBe(plan.steps.reduce((sum, step) => sum + step.downtime, 0));
    expect(plan.downtime).toBe(4 * 120 + 300 + 600);
    expect(plan.duration).toBe(plan.steps.reduce((sum, step) => sum + step.duration, 0));
    expect(plan.windowsNeeded).toBe(2);
  });

  it('reports a scope no order can keep up, with the offending step and why', () => {
    const plan = planMigration(model, target, constraints(['nextcloud']), fakeImpact);
    expect(plan.violations.map((violation) => [violation.constraint, violation.stepId, violation.scope])).toEqual([['zero-downtime', 'wan.move/isp', 'nextcloud']]);
    expect(plan.violations[0]?.message).toContain('while it runs it takes down wan:isp');
    expect(plan.violations[0]?.down).toContain('internet:site');
    expect(plan.checks.find((check) => check.scope === 'nextcloud')?.satisfied).toBe(false);
  });

  it('reports a disruptive step longer than the longest maintenance window', () => {
    const plan = planMigration(model, target, constraints([], { maintenanceWindows: ['sat 22:00-22:15'] }), fakeImpact);
    expect(plan.violations.map((violation) => [violation.constraint, violation.stepId])).toEqual([
      ['maintenance-window', 'vlan-gateway.change/guest'],
      ['maintenance-window', 'vlan-gateway.change/iot'],
      ['maintenance-window', 'vlan-gateway.change/lan'],
      ['maintenance-window', 'vlan-gateway.change/trusted'],
      ['maintenance-window', 'wan.move/isp'],
      ['maintenance-window', 'vpn.move/wg-home'],
    ]);
  });

  it('reports the step whose purchase breaks the budget', () => {
    const price = (amount: number): Purchase['cost'] => ({ amount, currency: 'EUR' });
    const purchases: Purchase[] = [
      { id: 'box', item: 'firewall appliance', quantity: 1, unitCost: price(450), cost: price(450), forEntity: 'opnsense', priceSource: 'assumed', priceNote: 'test' },
      { id: 'cable', item: 'patch cable', quantity: 40, unitCost: price(5), cost: price(200), priceSource: 'assumed', priceNote: 'test' },
    ];
    const plan = planMigration(model, target, constraints([], { budget: price(600) }), fakeImpact, { purchases });
    expect(plan.cost).toEqual([price(650)]);
    expect(plan.violations.map((violation) => [violation.constraint, violation.stepId])).toEqual([['budget', 'gateway.add/opnsense']]);
    expect(plan.violations[0]?.message).toContain('650.00 EUR, over the budget of 600.00 EUR');
    expect(plan.steps.find((step) => step.id === 'prepare/order-hardware')?.purchases.map((purchase) => purchase.id)).toEqual(['cable']);
  });
});

describe('planMigration: bridges and reordering', () => {
  it('evacuates protected guests before a step that takes their host down, and brings them back', () => {
    const target = updateEntity<Host>(clusterWithHa(model), 'hosts', 'pve1', (host) => ({ ...host, memory: bytes(64 * 2 ** 30) }));
    const plan = planMigration(model, target, constraints(['homeassistant']), fakeImpact);
    expect(plan.violations).toEqual([]);
    const ids = plan.steps.map((step) => step.id);
    const upgrade = ids.indexOf('host-memory.change/pve1');
    const away = ids.indexOf('evacuate/homeassistant/host-memory.change/pve1');
    const back = ids.indexOf('return/homeassistant/host-memory.change/pve1');
    expect(away).toBeGreaterThanOrEqual(0);
    expect(away).toBeLessThan(upgrade);
    expect(back).toBeGreaterThan(upgrade);
    expect(plan.steps[away]?.action.commands[0]?.text).toContain('qm migrate <vmid of homeassistant> pve2 --online --with-local-disks');
    expect(plan.steps[away]?.bridge?.for).toBe('host-memory.change/pve1');
    const states = planStates(model, plan);
    expect(states[upgrade]?.workloads.find((workload) => workload.id === 'homeassistant')?.host).toBe('pve2');
    expect(diff(states[states.length - 1] as never, target)).toEqual([]);
  });

  it('moves a step later when the state it leaves breaks a protected scope', () => {
    const target = replaceGateway(model);
    const changes = diff(model, target);
    const context = { current: model, target, changes };
    const built = buildSteps(changes, changeDependencies(changes, model, target), context, [], []);
    const removal = built.steps.find((step) => step.id === 'gateway.remove/gw');
    // Put the old gateway's removal right after the baseline, as a careless plan would.
    const careless = [built.steps[0], removal, ...built.steps.slice(1).filter((step) => step !== removal)] as typeof built.steps;
    const resolution = resolveConstraints(model, careless, constraints(['homeassistant']), fakeImpact, context);
    expect(resolution.result.violations).toEqual([]);
    expect(resolution.adjustments.some((note) => note.startsWith('Step "Decommission gw'))).toBe(true);
    const ids = resolution.steps.map((step) => step.id);
    expect(ids.indexOf('gateway.remove/gw')).toBeGreaterThan(ids.indexOf('vlan-gateway.change/trusted'));
  });
});
