import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { zfsPoolCapacity } from '../../../src/calc/zfs/zfs-usable-capacity.js';
import { relativeRandomIops } from '../../../src/calc/zfs/relative-iops.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { storageLayout } from '../../../src/design/blueprints/storage-layout/index.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { bytes } from '../../../src/model/quantities.js';
import type { Host, Model } from '../../../src/model/types.js';
import { diff } from '../../../src/plan/diff.js';
import { exampleModel } from '../../helpers/example-model.js';
import { testSource } from '../../helpers/model-edits.js';

const design = (model: Model, task: string): Design => storageLayout.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook() });
const value = (decision: Decision, option: string, column: string) => decision.options.find((entry) => entry.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;

describe('storage-layout', () => {
  it('compares the layouts of tank with the ZFS calculators and keeps RAIDZ1 when nothing else fits', () => {
    const result = design(exampleModel('two-node-homelab.yaml').model, 'Choose the ZFS layout for tank');
    const layout = result.decisions[0] as Decision;
    expect(layout.options.map((option) => option.id)).toEqual(['mirror', 'raidz1', 'raidz2']);
    expect(value(layout, 'raidz2', 'usable')).toBe(zfsPoolCapacity([{ layout: 'raidz2', diskSizes: [8e12, 8e12, 8e12, 8e12].map(bytes) }], 12).usable);
    expect(value(layout, 'mirror', 'read-iops')).toBe(relativeRandomIops([{ layout: 'mirror', disks: 2 }, { layout: 'mirror', disks: 2 }]).read);
    expect(layout.options.find((option) => option.id === 'raidz1')?.whyNot.join(' ')).toContain('[storage/raidz1-large-disks]');
    expect(layout.choice.optionId).toBe('raidz1');
    expect(layout.choice.rationale).toContain('add disks');
    expect(result.target).toBe(result.target);
    expect(diff(exampleModel('two-node-homelab.yaml').model, result.target)).toEqual([]);
  });

  it('lays out free disks: six 8 TB disks make RAIDZ2 the choice, and the new pool is valid', () => {
    let model = exampleModel('two-node-homelab.yaml').model;
    model = updateEntity<Host>(model, 'hosts', 'pve2', (host) => ({ ...host, disks: [...host.disks, ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `new-${n}`, group: 'new', size: bytes(8e12), kind: 'hdd' as const, source: testSource }))] }));
    const result = design(model, 'How should I lay out the new disks?');
    const layout = result.decisions[0] as Decision;
    expect(layout.options.map((option) => option.id)).toEqual(['mirror', 'raidz1', 'raidz2', 'raidz3', 'ceph']);
    expect(layout.choice.optionId).toBe('raidz2');
    expect(result.target.storage.zfs.find((pool) => pool.id === 'pve2-data')?.vdevs).toEqual([{ layout: 'raidz2', disks: ['new-1', 'new-2', 'new-3', 'new-4', 'new-5', 'new-6'] }]);
    expect(checkReferences(result.target)).toEqual([]);
    expect(layout.options.find((option) => option.id === 'ceph')?.viable).toBe(false);
  });

  it('keeps a layout that meets the rules rather than rebuild it', () => {
    const layout = design(exampleModel('small-office.yaml').model, 'Which raidz layout for the data pool?').decisions[0] as Decision;
    expect(layout.choice.optionId).toBe('raidz2');
    expect(layout.choice.rationale).toContain('already meets the rules');
  });
});
