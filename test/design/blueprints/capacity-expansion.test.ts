import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { daysToFillLimit } from '../../../src/calc/storage/fill-forecast.js';
import { zfsPoolCapacity } from '../../../src/calc/zfs/zfs-usable-capacity.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { capacityExpansion } from '../../../src/design/blueprints/capacity-expansion/index.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { bytes, ratio } from '../../../src/model/quantities.js';
import type { Host, Model } from '../../../src/model/types.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration } from '../../../src/plan/plan-migration.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'tank is filling up: plan the capacity expansion';
const design = (model: Model, prices = {}): Design => capacityExpansion.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task: TASK, intent: readTaskIntent(TASK, model), prices: priceBook(prices) });
const value = (decision: Decision, option: string, column: string) => decision.options.find((entry) => entry.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;

describe('capacity-expansion on tank', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model);
  const decision = result.decisions[0] as Decision;

  it('forecasts with the fill-forecast calculator and compares cost per usable TB', () => {
    const after = zfsPoolCapacity([{ layout: 'raidz1', diskSizes: [8e12, 8e12, 8e12, 8e12].map(bytes) }, { layout: 'raidz1', diskSizes: [8e12, 8e12, 8e12, 8e12].map(bytes) }], 12).usable;
    expect(value(decision, 'add-vdev', 'usable')).toBe(after);
    expect(value(decision, 'add-vdev', 'days')).toBe(Math.round(daysToFillLimit(bytes(14.2e12), after, ratio(0.8), bytes(180e9)) as number));
    expect(value(decision, 'add-vdev', 'cost')).toBe(4 * 8 * 20);
    expect(decision.options.find((option) => option.id === 'raidz-expansion')?.whyNot).toEqual(['RAIDZ expansion needs OpenZFS 2.3; nas runs 2.2']);
  });

  it('reports the budget the cheapest expansion breaks, at its step', () => {
    expect(decision.options.every((option) => !option.viable)).toBe(true);
    expect(decision.choice.optionId).toBe('add-vdev');
    const plan = planMigration(model, result.target, { zeroDowntime: [], maintenanceWindows: [], budget: { amount: 600, currency: 'EUR' } }, failureImpact, { purchases: result.purchases });
    expect(plan.violations.map((violation) => [violation.constraint, violation.stepId])).toEqual([['budget', 'host-disk.add/nas']]);
    expect(checkReferences(result.target)).toEqual([]);
  });

  it('chooses RAIDZ expansion once the host runs OpenZFS 2.3', () => {
    const newer = updateEntity<Host>(model, 'hosts', 'nas', (host) => ({ ...host, zfsVersion: '2.3' }));
    const expanded = design(newer);
    expect(expanded.decisions[0]?.choice.optionId).toBe('raidz-expansion');
    expect(expanded.target.storage.zfs.find((pool) => pool.id === 'tank')?.vdevs).toEqual([{ layout: 'raidz1', disks: ['hdd', 'tank-new-1', 'tank-new-2'] }]);
    const plan = planMigration(newer, expanded.target, { zeroDowntime: [], maintenanceWindows: [] }, failureImpact);
    expect(plan.steps.find((step) => step.id === 'zfs-disk.replace/tank/0')?.action.commands.map((command) => command.text)[0]).toContain('zpool attach tank raidz1-0');
  });
});
