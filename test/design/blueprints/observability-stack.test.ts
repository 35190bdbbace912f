import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { prometheusBlockStorage, prometheusWalStorage, samplesPerSecond } from '../../../src/calc/observability/prometheus-storage.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { observabilityStack } from '../../../src/design/blueprints/observability-stack/index.js';
import { exporterPlan, plannedSeries } from '../../../src/design/blueprints/observability-stack/exporter-catalog.js';
import { survivesOn } from '../../../src/design/blueprints/observability-stack/placement-options.js';
import { PLANNED_RETENTION, PLANNED_SCRAPE_INTERVAL } from '../../../src/design/blueprints/observability-stack/stack-options.js';
import { designTask, matchTask } from '../../../src/design/design-task.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { removeEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { seconds } from '../../../src/model/quantities.js';
import type { Model } from '../../../src/model/types.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration } from '../../../src/plan/plan-migration.js';
import { runRules } from '../../../src/rules/engine.js';
import { builtInRules } from '../../../src/rules/registry.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Set up monitoring and alerting with Prometheus and Grafana for the homelab';
const design = (model: Model, task = TASK): Design => observabilityStack.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook() });
const decision = (result: Design, id: string) => result.decisions.find((entry) => entry.id === id) as Decision;
const value = (entry: Decision, option: string, column: string) => entry.options.find((candidate) => candidate.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;
const findings = (model: Model) => runRules({ model, analysis: runAnalysis(model, builtInAnalyzers), rules: builtInRules, date: '2026-01-01' }).findings.map((finding) => finding.ruleId);

/** The homelab without its NAS: no always-on host outside the cluster. */
function withoutNas(model: Model): Model {
  const next = removeEntity(model, 'workloads', 'jellyfin-media');
  return { ...next, hosts: next.hosts.filter((host) => host.id !== 'nas'), storage: { ...next.storage, zfs: next.storage.zfs.filter((pool) => pool.host !== 'nas'), shares: [] }, backups: { targets: [], jobs: [] }, monitoring: { ...next.monitoring, systems: next.monitoring.systems.map((system) => ({ ...system, targets: system.targets.filter((target) => target !== 'nas') })) } };
}

describe('observability-stack on the two-node homelab', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model);
  const stack = decision(result, 'stack');

  it('chooses Prometheus: the site has disks, pools and a UPS the light tools do not alert on', () => {
    expect(stack.choice.optionId).toBe('prometheus');
    expect(stack.options.find((option) => option.id === 'light')?.whyNot.join(' ')).toContain('disk SMART health, ZFS pool state, UPS on battery');
  });

  it('sizes storage from series, scrape interval and retention exactly as the calculator and the analyzer do', () => {
    const series = plannedSeries(exporterPlan(model));
    expect(value(stack, 'prometheus', 'series')).toBe(series);
    const rate = samplesPerSecond(series, PLANNED_SCRAPE_INTERVAL);
    const expected = prometheusBlockStorage(PLANNED_RETENTION, rate) + prometheusWalStorage(rate);
    expect(value(stack, 'prometheus', 'storage')).toBe(expected);
    const after = runAnalysis(result.target, builtInAnalyzers);
    expect(after.byId.get('observability/prometheus/storage-needed')?.value).toBe(expected);
  });

  it('has an exporter per component kind with its targets', () => {
    const byExporter = Object.fromEntries(exporterPlan(model).map((entry) => [entry.exporter, entry.targets]));
    expect(byExporter['nut']).toEqual(['ups1']);
    expect(byExporter['zfs']).toEqual(['local-zfs-pve1', 'local-zfs-pve2', 'tank']);
    expect(byExporter['smartctl']).toEqual(['nas', 'pve1', 'pve2']);
    expect(byExporter['snmp']).toEqual(['ap1', 'gw', 'sw1']);
    expect(result.target.monitoring.systems.find((system) => system.kind === 'prometheus')?.exporters).toEqual(['node', 'pve', 'smartctl', 'zfs', 'nut', 'blackbox', 'snmp']);
  });

  it('runs on the NAS, outside the cluster, so alerts leave when the cluster is down; every alert has a route', () => {
    const placement = decision(result, 'placement');
    expect(placement.choice.optionId).toBe('outside-host');
    expect(value(placement, 'outside-host', 'survives')).toBe(survivesOn(model, 'nas'));
    expect(value(placement, 'cluster-guest', 'survives')).toBe(false);
    expect(result.target.workloads.find((workload) => workload.id === 'monitoring')).toMatchObject({ kind: 'container', host: 'nas' });
    const after = runAnalysis(result.target, builtInAnalyzers);
    expect(after.byId.get('observability/site/alerts-survive-cluster-loss')?.value).toBe(true);
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('alert UpsOnBattery'))?.to).toBe('push (ntfy, outside the site)');
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('alert Watchdog'))?.to).toBe('deadman (webhook, outside the site)');
    expect(checkReferences(result.target)).toEqual([]);
  });

  it('clears the observability findings it set out to fix', () => {
    const before = findings(model);
    const after = findings(result.target);
    for (const rule of ['observability/alerting-depends-on-watched-hosts', 'observability/no-smart-monitoring', 'observability/no-ups-monitoring']) {
      expect(before).toContain(rule);
      expect(after).not.toContain(rule);
    }
    expect(after).not.toContain('observability/no-external-alert-route');
  });
});

describe('observability-stack: the decisive facts', () => {
  const { model } = exampleModel('two-node-homelab.yaml');

  it('without an always-on host outside the cluster the stack runs on the cluster, and the dead man\'s switch carries the bad news', () => {
    const result = design(withoutNas(model));
    const placement = decision(result, 'placement');
    expect(placement.options.find((option) => option.id === 'outside-host')?.viable).toBe(false);
    expect(placement.choice.optionId).toBe('cluster-guest');
    expect(result.target.workloads.find((workload) => workload.id === 'monitoring')).toMatchObject({ kind: 'ct', host: 'pve2' });
    expect(result.target.monitoring.checks.deadMansSwitch).toBe(true);
    expect(result.risks.map((risk) => risk.id)).toContain('observability/on-the-cluster');
    expect(runAnalysis(result.target, builtInAnalyzers).byId.get('observability/site/alerts-survive-cluster-loss')?.value).toBe(true);
  });

  it('a site with nothing only exporters can watch (no disks, pools, UPS or Ceph) gets the light pair', () => {
    const bare: Model = { ...model, hosts: model.hosts.map((host) => ({ ...host, disks: [] })), storage: { ...model.storage, zfs: [] }, power: { ...model.power, ups: [] } };
    const result = design(bare);
    expect(decision(result, 'stack').choice.optionId).toBe('light');
    expect(result.target.monitoring.systems.map((system) => [system.id, system.kind])).toEqual([['kuma', 'uptime-kuma'], ['beszel', 'other']]);
  });

  it('extends an existing Prometheus from its measured series and keeps it where it runs', () => {
    const ceph = exampleModel('three-node-ceph.yaml').model;
    const result = design(ceph);
    const series = value(decision(result, 'stack'), 'prometheus', 'series') as number;
    expect(series).toBeGreaterThan(48_000);
    expect(value(decision(result, 'stack'), 'prometheus', 'storage')).toBe(prometheusBlockStorage(seconds(30 * 86_400), samplesPerSecond(series, seconds(30))) + prometheusWalStorage(samplesPerSecond(series, seconds(30))));
    expect(decision(result, 'placement').choice.optionId).toBe('keep');
    expect(result.target.monitoring.systems.filter((system) => system.kind === 'prometheus')).toHaveLength(1);
  });

  it('keeps a running Zabbix instead of adding a second platform', () => {
    const result = design(exampleModel('small-office.yaml').model);
    expect(decision(result, 'stack').choice.optionId).toBe('keep');
    expect(result.target.monitoring.systems.map((system) => system.id)).toEqual(['zabbix']);
    expect(result.target.monitoring.alerts.map((route) => [route.id, route.from, route.external])).toEqual([['mail', 'zabbix', true], ['deadman', 'zabbix', true]]);
  });
});

describe('observability-stack: the plan and the matcher', () => {
  it('deploys the stack, its routes and the dead man\'s switch, each step validated and reversible', () => {
    const { model, analysis } = exampleModel('two-node-homelab.yaml');
    const result = designTask(model, analysis, TASK);
    expect(result.designs.map((entry) => entry.blueprint)).toEqual(['observability-stack']);
    const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });
    const ids = plan.steps.map((step) => step.id);
    expect(ids.indexOf('workload.add/monitoring')).toBeLessThan(ids.indexOf('monitoring-system.add/prometheus'));
    expect(plan.steps.find((step) => step.id === 'alert-route.add/deadman')?.title).toBe('Dead man\'s switch: alertmanager pings healthchecks.io');
    for (const step of plan.steps) expect(step.validation.length * step.rollback.length, step.id).toBeGreaterThan(0);
    expect(plan.violations).toEqual([]);
  });

  const selected = (task: string) => matchTask(task).find((match) => match.blueprint === 'observability-stack')?.selected;
  it.each([TASK, 'How do I get alerted when a disk fails or the cluster goes down?', 'Add Uptime Kuma or Netdata for the homelab', 'We need observability: metrics, logs and alerts'])('selects it for "%s"', (task) => expect(selected(task)).toBe(true));
  it.each(['Segment the network into VLANs', 'Size a UPS'])('does not select it for "%s"', (task) => expect(selected(task)).toBe(false));
});
