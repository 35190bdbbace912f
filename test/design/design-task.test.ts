import { describe, expect, it } from 'vitest';
import { defineBlueprint, type Blueprint, type Design, type DesignContext } from '../../src/design/blueprint.js';
import { blueprintOf, blueprintSource } from '../../src/design/blueprint-source.js';
import { designTask, matchTask, targetFromSpec } from '../../src/design/design-task.js';
import { matchKeywords } from '../../src/design/keyword-match.js';
import { addEntity, updateEntity } from '../../src/model/collections.js';
import type { Host, Vlan, ZfsPool } from '../../src/model/types.js';
import { exampleModel } from '../helpers/example-model.js';

const { model, analysis } = exampleModel('two-node-homelab.yaml');

function fakeDesign(id: string, context: DesignContext, edit: (context: DesignContext) => Design['target']): Design {
  return { blueprint: id, title: id, summary: '', decisions: [], target: edit(context), purchases: [], risks: [], validation: [`check ${id}`], rollback: [`undo ${id}`], assumptions: [], openQuestions: [] };
}

/** Adds a disk-backed mirror pool to pve1: changes storage facts. */
const storageFake = defineBlueprint({
  id: 'fake-storage',
  title: 'Fake storage',
  summary: 'adds a pool',
  example: 'add a pool',
  keywords: [{ term: 'pool', weight: 3 }],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context: DesignContext) {
    return fakeDesign('fake-storage', context, ({ model: current }) => {
      const withDisks = updateEntity<Host>(current, 'hosts', 'pve1', (host) => ({
        ...host,
        disks: [...host.disks, { id: 'new-1', group: 'new', size: 4e12, kind: 'ssd', source: blueprintSource('fake-storage') }, { id: 'new-2', group: 'new', size: 4e12, kind: 'ssd', source: blueprintSource('fake-storage') }] as Host['disks'],
      }));
      const pool = { id: 'fast', host: 'pve1', vdevs: [{ layout: 'mirror', disks: ['new-1', 'new-2'] }], ashift: 12, source: blueprintSource('fake-storage') } as unknown as ZfsPool;
      return addEntity(withDisks, 'storage.zfs', pool);
    });
  },
});

/** Sees the pool the storage fake added, proving blueprints compose in registry order. */
const networkFake = defineBlueprint({
  id: 'fake-network',
  title: 'Fake network',
  summary: 'adds a VLAN',
  example: 'add a vlan',
  keywords: [{ term: 'vlan', weight: 3 }],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context: DesignContext) {
    const sawPool = context.model.storage.zfs.some((pool) => pool.id === 'fast');
    return { ...fakeDesign('fake-network', context, ({ model: current }) => addEntity(current, 'network.vlans', { id: sawPool ? 'after-pool' : 'alone', vid: 99, zone: 'servers', source: blueprintSource('fake-network') } as unknown as Vlan)), protect: ['lan'] };
  },
});

const fakes: readonly Blueprint[] = [storageFake, networkFake];

describe('designTask', () => {
  it('selects every blueprint whose score reaches the threshold and applies them in registry order', () => {
    const result = designTask(model, analysis, 'a VLAN and a pool', { blueprints: fakes });
    expect(result.mode).toBe('blueprint');
    expect(result.matches.filter((match) => match.selected).map((match) => match.blueprint)).toEqual(['fake-storage', 'fake-network']);
    expect(result.designs.map((design) => design.blueprint)).toEqual(['fake-storage', 'fake-network']);
    expect(result.target.network.vlans.map((vlan) => vlan.id)).toContain('after-pool');
    expect(result.validation).toEqual(['check fake-storage', 'check fake-network']);
  });

  it('re-runs the analyzers on the target so the new pool has facts and appears in the before/after figures', () => {
    const result = designTask(model, analysis, 'a pool', { blueprints: fakes });
    expect(result.targetAnalysis.byId.get('storage/fast/usable')?.status).toBe('known');
    expect(analysis.byId.has('storage/fast/usable')).toBe(false);
    const delta = result.beforeAfter.find((entry) => entry.factId === 'storage/fast/usable');
    expect(delta).toMatchObject({ before: null, unit: 'bytes' });
    expect(result.beforeAfter.every((entry) => entry.before !== entry.after)).toBe(true);
  });

  it('merges the spec\'s, the task\'s and the designs\' protected scopes', () => {
    const result = designTask(model, analysis, 'a VLAN with zero downtime for the IoT VLAN', { blueprints: fakes });
    expect(result.constraints.zeroDowntime).toEqual(['homeassistant', 'iot', 'lan']);
    expect(result.constraints.budget).toEqual({ amount: 600, currency: 'EUR' });
  });

  it('answers a task no blueprint understands with what is supported, and reviews the current state', () => {
    const result = designTask(model, analysis, 'make coffee', { blueprints: fakes });
    expect(result.mode).toBe('review');
    expect(result.designs).toEqual([]);
    expect(result.target).toBe(model);
    expect(result.unsupported?.supported.map((entry) => entry.blueprint)).toEqual(['fake-storage', 'fake-network']);
    expect(result.unsupported?.message).toContain('No blueprint understands the task "make coffee"');
    expect(result.unsupported?.message).toContain('fake-network (adds a VLAN)');
  });

  it('lists unresolved protected scopes as open questions', () => {
    const result = designTask(model, analysis, 'a VLAN with zero downtime for the printers', { blueprints: fakes });
    expect(result.openQuestions.map((question) => question.id)).toEqual(['design/unresolved-scope/the-printers']);
  });
});

describe('matchTask', () => {
  it('orders by score, then registry order, and marks what is selected', () => {
    expect(matchTask('pool', fakes).map((match) => [match.blueprint, match.score, match.selected])).toEqual([
      ['fake-storage', 3, true],
      ['fake-network', 0, false],
    ]);
  });
});

describe('targetFromSpec', () => {
  it('takes the user\'s target as is and analyses it', () => {
    const target = exampleModel('three-node-ceph.yaml').model;
    const result = targetFromSpec(target, { model, analysis });
    expect(result.mode).toBe('user-target');
    expect(result.target).toBe(target);
    expect(result.targetAnalysis.byId.get('storage/ceph/raw')?.status).toBe('known');
    expect(result.designs).toEqual([]);
  });
});

describe('blueprintSource', () => {
  it('points new entities at their blueprint', () => {
    expect(blueprintSource('proxmox-cluster')).toEqual({ file: 'blueprint:proxmox-cluster', line: 0, column: 0, pointer: '' });
    expect(blueprintOf(blueprintSource('gateway-migration'))).toBe('gateway-migration');
    expect(blueprintOf(model.hosts[0]?.source)).toBeUndefined();
  });
});
