import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { backupRpo } from '../../../src/calc/backup/recovery-point.js';
import { retentionStorage } from '../../../src/calc/backup/retention-storage.js';
import { tcpGoodput } from '../../../src/calc/network/ethernet-goodput.js';
import { transferTime } from '../../../src/calc/network/transfer-time.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { backupStrategy } from '../../../src/design/blueprints/backup-strategy/index.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { bitsPerSecond, bytes, seconds } from '../../../src/model/quantities.js';
import type { Model } from '../../../src/model/types.js';
import { exampleModel } from '../../helpers/example-model.js';

const design = (model: Model, task: string, prices = {}): Design => backupStrategy.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook(prices) });
const decision = (result: Design, id: string) => result.decisions.find((entry) => entry.id === id) as Decision;
const value = (entry: Decision, option: string, column: string) => entry.options.find((candidate) => candidate.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;

describe('backup-strategy on the two-node homelab', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model, 'Design a backup strategy');

  it('sizes retention, RPO and seeding with the backup and network calculators', () => {
    const retention = retentionStorage({ model: 'incremental', policy: { daily: 7, weekly: 4, monthly: 6 }, fullSize: bytes(210e9), changePerDay: bytes(210e9 * 0.02), runInterval: seconds(86_400) }).storage;
    expect(value(decision(result, 'tool'), 'pbs', 'storage')).toBe(retention);
    expect(value(decision(result, 'schedule'), 'daily', 'rpo')).toBe(backupRpo({ longestGap: seconds(86_400), duration: seconds(3600) })); // B5: 25 h
    expect(value(decision(result, 'copies'), 'cloud', 'seed')).toBe(transferTime(bytes(retention + (14.2e12 - 9.8e12 - 1.1e12)), tcpGoodput(bitsPerSecond(100e6))));
  });

  it('picks PBS, a schedule that meets the 24 h RPO targets and the cheapest copy that meets 3-2-1', () => {
    expect(decision(result, 'tool').choice.optionId).toBe('pbs');
    expect(decision(result, 'schedule').choice.optionId).toBe('every-6h');
    expect(decision(result, 'copies').options.find((option) => option.id === 'none')?.viable).toBe(false);
    expect(decision(result, 'copies').choice.optionId).toBe('usb-rotation');
    expect(checkReferences(result.target)).toEqual([]);
    expect(result.target.backups.jobs.map((job) => job.id)).toEqual(['pbs-guests', 'offsite-copy']);
  });

  it('asks for an immutable copy with 3-2-1-1-0 and drops the remote PBS', () => {
    const strict = design(model, 'backup strategy following 3-2-1-1-0');
    expect(decision(strict, 'copies').options.find((option) => option.id === 'offsite-pbs')?.whyNot.join(' ')).toContain('no immutable or offline copy');
  });

  it('goes to immutable cloud storage when rotated disks would break the budget', () => {
    const cloudy = design(model, 'Design a backup strategy following 3-2-1-1-0', { 'usb-disk-per-tb': { amount: 100, currency: 'EUR' } });
    expect(decision(cloudy, 'copies').options.find((option) => option.id === 'usb-rotation')?.whyNot.join(' ')).toContain('over the budget');
    expect(decision(cloudy, 'copies').choice.optionId).toBe('cloud');
  });
});
