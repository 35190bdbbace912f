import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { upsApparentLoadRatio } from '../../../src/calc/power/ups-load.js';
import { peukertUpsRuntime } from '../../../src/calc/power/peukert.js';
import { peukertBatteryForRuntime } from '../../../src/calc/power/ups-sizing.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { powerProtection } from '../../../src/design/blueprints/power-protection/index.js';
import { designTask, matchTask } from '../../../src/design/design-task.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { addEntity, removeEntity, updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { seconds, voltAmperes, wattHours, watts } from '../../../src/model/quantities.js';
import { shutdownStages } from '../../../src/model/shutdown-stages.js';
import type { Host, Model, NetworkDevice, Ups, Workload } from '../../../src/model/types.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration } from '../../../src/plan/plan-migration.js';
import { runRules } from '../../../src/rules/engine.js';
import { builtInRules } from '../../../src/rules/registry.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Size a UPS for the homelab and configure NUT so everything shuts down in order on a power cut';
const design = (model: Model, task = TASK): Design => powerProtection.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook() });
const ups = (result: Design) => result.decisions[0] as Decision;
const value = (entry: Decision, option: string, column: string) => entry.options.find((candidate) => candidate.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;
const findings = (model: Model) => runRules({ model, analysis: runAnalysis(model, builtInAnalyzers), rules: builtInRules, date: '2026-01-01' }).findings.map((finding) => finding.ruleId);
const TARGET = 3 * 60 + 180 + 60 + 120;

/** The homelab with its UPS unplugged: everything on the wall. */
function withoutUps(model: Model): Model {
  let next = removeEntity(model, 'power.ups', 'ups1');
  for (const host of next.hosts) next = updateEntity<Host>(next, 'hosts', host.id, (entity) => ({ ...entity, power: { ...(entity.power as NonNullable<Host['power']>), feeds: ['wall'] } }));
  for (const device of next.network.devices.filter((entry) => entry.power?.poeFrom === undefined)) next = updateEntity<NetworkDevice>(next, 'network.devices', device.id, (entity) => ({ ...entity, power: { ...(entity.power as NonNullable<NetworkDevice['power']>), feeds: ['wall'] } }));
  return next;
}

/** A 600 W critical host added to `model`, fed like pve1. */
function withBigHost(model: Model): Model {
  const pve1 = model.hosts.find((host) => host.id === 'pve1') as Host;
  let next = addEntity(model, 'hosts', { ...pve1, id: 'gpu1', nics: pve1.nics.map((nic) => ({ ...nic, connectedTo: undefined })), power: { ...(pve1.power as NonNullable<Host['power']>), idle: watts(300), load: watts(600) } } as Host);
  next = addEntity(next, 'workloads', { id: 'llm', kind: 'vm', host: 'gpu1', vcpu: 4, memory: 8 * 2 ** 30, criticality: 'critical', dependsOn: [], vlans: [], ha: false, servesInternet: false, needsInternet: false, source: pve1.source } as unknown as Workload);
  return next;
}

describe('power-protection on the two-node homelab', () => {
  const { model, analysis } = exampleModel('two-node-homelab.yaml');
  const result = design(model);
  const decision = ups(result);

  it('keeps ups1, with figures equal to the power analyzer and the calculators', () => {
    expect(decision.choice.optionId).toBe('keep');
    const load = analysis.byId.get('power/ups1/load')?.value as number;
    expect(value(decision, 'keep', 'load')).toBe(load);
    expect(value(decision, 'keep', 'runtime')).toBe(analysis.byId.get('power/ups1/runtime')?.value);
    expect(value(decision, 'keep', 'va-ratio')).toBeCloseTo(upsApparentLoadRatio(watts(load), voltAmperes(1500)), 12);
    expect(value(decision, 'ups-700va', 'runtime')).toBe(peukertUpsRuntime({ battery: wattHours(84), load: watts(load) }));
    expect(value(decision, 'keep', 'battery-needed')).toBe(peukertBatteryForRuntime(watts(load), seconds(TARGET)));
    expect(value(decision, 'keep', 'runtime-upper') as number).toBeGreaterThan(value(decision, 'keep', 'runtime') as number);
  });

  it('puts the critical hosts and their network path on battery, and keeps what is there', () => {
    expect(result.mappings?.filter((mapping) => !mapping.item.startsWith('shutdown') && !mapping.item.startsWith('yearly')).map((mapping) => mapping.item.split(' ')[0])).toEqual(['ap1', 'gw', 'pve1', 'pve2', 'sw1', 'nas']);
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('pve2'))?.item).toBe('pve2 (40 W): runs nextcloud');
  });

  it('shuts down in stages with the storage host as the NUT primary, and leaves no power finding', () => {
    expect(shutdownStages(result.target, ['nas', 'pve1', 'pve2']).map((stage) => [stage.stage, stage.members])).toEqual([
      ['guests', ['adguard', 'docker', 'homeassistant', 'jellyfin', 'nextcloud']],
      ['storage clients', ['pve1', 'pve2']],
      ['storage', ['nas']],
    ]);
    expect(result.target.power.ups[0]?.shutdown).toEqual({ automated: true, tool: 'nut', server: 'nas', after: 180, needed: TARGET - 180 });
    const after = findings(result.target);
    for (const rule of ['power/no-automated-shutdown', 'power/ups-runtime-too-short', 'power/critical-device-not-on-ups', 'observability/no-ups-monitoring']) expect(after).not.toContain(rule);
    expect(findings(model)).toContain('power/no-automated-shutdown');
  });

  it('states the yearly energy cost before and after from the power facts', () => {
    const cost = analysis.byId.get('power/site/yearly-cost')?.value as number;
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('yearly energy cost'))).toMatchObject({ from: `${cost.toFixed(2)} EUR`, to: `${cost.toFixed(2)} EUR` });
  });
});

describe('power-protection: the decisive facts', () => {
  const { model } = exampleModel('two-node-homelab.yaml');

  it('a smaller load gets a smaller UPS: without a UPS the protected 108 W fit the 700 VA class', () => {
    const result = design(withoutUps(model));
    expect(ups(result).options.map((option) => option.id)).toEqual(['ups-700va', 'ups-1000va', 'ups-1500va', 'ups-2200va']);
    expect(value(ups(result), 'ups-700va', 'load')).toBe(35 + 40 + 12 + 9 + 12);
    expect(ups(result).choice.optionId).toBe('ups-700va');
    expect(result.purchases.map((line) => [line.forEntity, line.cost.amount])).toEqual([['ups-700va', 90]]);
    expect(result.target.hosts.filter((host) => host.power?.feeds.includes('ups-700va')).map((host) => host.id)).toEqual(['pve1', 'pve2']);
    expect(checkReferences(result.target)).toEqual([]);
  });

  it('a larger load needs a larger class, and outgrows the current UPS, which it replaces', () => {
    const result = design(withBigHost(withoutUps(model)));
    expect(ups(result).choice.optionId).toBe('ups-2200va');
    expect(ups(result).options.find((option) => option.id === 'ups-1000va')?.whyNot.join(' ')).toContain('[power/ups-overloaded]');
    expect(ups(result).options.find((option) => option.id === 'ups-1500va')?.whyNot.join(' ')).toContain('[power/ups-runtime-too-short]');
    const replaced = design(withBigHost(model));
    expect(ups(replaced).options.find((option) => option.id === 'keep')?.viable).toBe(false);
    expect(ups(replaced).choice.optionId).toBe('ups-2200va');
    expect(replaced.target.power.ups.map((entry) => entry.id)).toEqual(['ups-2200va']);
    expect(checkReferences(replaced.target)).toEqual([]);
  });

  it('with Ceph, noout is set before the first node goes down', () => {
    const ceph = updateEntity<Ups>(exampleModel('three-node-ceph.yaml').model, 'power.ups', 'ups-rack', (entry) => ({ ...entry, shutdown: { automated: false } }));
    const result = design(ceph);
    expect(result.risks.map((risk) => risk.id)).toContain('power/ceph-noout');
    const plan = planMigration(ceph, result.target, { zeroDowntime: [], maintenanceWindows: [] }, failureImpact, { validation: result.validation });
    const nut = plan.steps.find((step) => step.id === 'nut-config.change/ups-rack');
    expect(nut?.action.commands.some((command) => command.on === 'pve1' && command.text.includes('ceph osd set noout'))).toBe(true);
    expect(nut?.title).toBe('Configure NUT for ups-rack: primary pbs, 3 secondaries, shutdown after 3 min on battery');
  });
});

describe('power-protection: the plan and the matcher', () => {
  it('plans the NUT configuration with primary, secondaries and the drill', () => {
    const { model, analysis } = exampleModel('two-node-homelab.yaml');
    const result = designTask(model, analysis, TASK);
    expect(result.designs.map((entry) => entry.blueprint)).toEqual(['power-protection']);
    const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });
    expect(plan.steps.map((step) => step.id)).toEqual(['prepare/baseline', 'monitoring-checks.change/monitoring', 'nut-config.change/ups1', 'verify/end-to-end']);
    const nut = plan.steps[2];
    expect(nut?.validation.at(-1)).toContain('upsmon -c fsd on nas');
    expect(plan.violations).toEqual([]);
  });

  const selected = (task: string) => matchTask(task).find((match) => match.blueprint === 'power-protection')?.selected;
  it.each([TASK, 'Our UPS does not shut anything down; set up NUT', 'What happens in a power outage? Plan the battery backup', 'Which loads should be on the UPS and how long will it last?'])('selects it for "%s"', (task) => expect(selected(task)).toBe(true));
  it.each(['Segment the network into VLANs', 'Design a backup strategy'])('does not select it for "%s"', (task) => expect(selected(task)).toBe(false));
});
