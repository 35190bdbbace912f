/**
 * Properties of every plan, over random combinations of target edits on the two-node example: each
 * step's prerequisites come earlier; no intermediate state refers to anything that does not exist
 * (nothing still referenced is removed, nothing is referenced before it is added); the last state is
 * the target; the plan does not depend on the order entities are listed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEntity, removeEntity, updateEntity, type Entity } from '../../src/model/collections.js';
import { checkReferences } from '../../src/model/cross-references.js';
import type { Model } from '../../src/model/types.js';
import { diff } from '../../src/plan/diff.js';
import { planMigration, planStates } from '../../src/plan/plan-migration.js';
import { exampleModel } from '../helpers/example-model.js';
import { fakeImpact } from '../helpers/fake-impact.js';
import { clusterWithHa, replaceGateway, testSource } from '../helpers/model-edits.js';

const { model } = exampleModel('two-node-homelab.yaml');
type Edit = { readonly name: string; readonly apply: (model: Model) => Model };
const update = (target: Model, collection: Parameters<typeof updateEntity>[1], id: string, change: (entity: Entity) => Entity) => updateEntity<Entity>(target, collection, id, change);
const wanDevice = (target: Model) => target.network.wan[0]?.device ?? 'gw';

const edits: readonly Edit[] = [
  { name: 'add VLAN', apply: (target) => addEntity(target, 'network.vlans', { id: 'lab', vid: 60, zone: 'servers', subnet: '10.0.60.0/24', gateway: wanDevice(target), dhcp: { server: wanDevice(target) }, source: testSource }) },
  { name: 'replace gateway', apply: (target) => (target.network.devices.some((device) => device.id === 'gw') ? replaceGateway(target) : target) },
  { name: 'cluster with HA', apply: clusterWithHa },
  {
    name: 'third node',
    apply: (target) => {
      let next = update(target, 'network.devices', 'sw1', (sw) => ({ ...sw, ports: [...(sw['ports'] as unknown[]), { id: 'port6' }] }));
      next = addEntity(next, 'hosts', { id: 'pve3', role: 'hypervisor', os: 'Proxmox VE 8.2', memory: 32 * 2 ** 30, disks: [], nics: [{ id: 'eno1', speed: 1e9, connectedTo: 'sw1:port6', source: testSource }], source: testSource });
      return update(next, 'clusters.proxmox', 'homelab', (cluster) => ({ ...cluster, nodes: [...(cluster['nodes'] as unknown[]), { host: 'pve3', votes: 1 }] }));
    },
  },
  { name: 'retire a service', apply: (target) => removeEntity(target, 'workloads', 'jellyfin-media') },
  {
    name: 'offsite backup',
    apply: (target) => {
      const next = addEntity(target, 'backups.targets', { id: 'b2', kind: 'cloud', offsite: true, immutable: true, offline: false, source: testSource });
      return addEntity(next, 'backups.jobs', { id: 'offsite', tool: 'restic', sources: ['nas-backups'], target: 'b2', schedule: { intervalSeconds: 86400, longestGapSeconds: 86400, description: 'every day at 04:00', cron: '0 4 * * *' }, encrypted: true, source: testSource });
    },
  },
  { name: 'firewall rules', apply: (target) => removeEntity(addEntity(target, 'network.firewall.rules', { from: 'guest', to: 'iot', action: 'deny', source: testSource }), 'network.firewall.rules', 'iot>trusted:deny') },
  { name: 'default deny', apply: (target) => ({ ...target, network: { ...target.network, firewall: { ...target.network.firewall, defaultPolicy: 'deny' } } }) },
  { name: 'prometheus', apply: (target) => addEntity(target, 'monitoring.systems', { id: 'prom', kind: 'prometheus', runsOn: 'docker', targets: ['pve1', 'pve2'], exporters: ['node'], source: testSource }) },
  {
    name: 'grow tank',
    apply: (target) => {
      const next = update(target, 'hosts', 'nas', (nas) => ({ ...nas, disks: [...(nas['disks'] as unknown[]), ...[5, 6, 7, 8].map((n) => ({ id: `hdd-${n}`, group: 'hdd2', size: 8e12, kind: 'hdd', source: testSource }))] }));
      return update(next, 'storage.zfs', 'tank', (pool) => ({ ...pool, vdevs: [...(pool['vdevs'] as unknown[]), { layout: 'raidz1', disks: ['hdd-5', 'hdd-6', 'hdd-7', 'hdd-8'] }] }));
    },
  },
  { name: 'move jellyfin', apply: (target) => update(target, 'workloads', 'jellyfin', (workload) => ({ ...workload, host: 'pve1', storage: 'local-zfs-pve1' })) },
  {
    name: 'retire uptime kuma',
    apply: (target) => removeEntity(removeEntity(removeEntity(target, 'monitoring.alerts', 'phone'), 'monitoring.systems', 'kuma'), 'workloads', 'uptime-kuma'),
  },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('plan properties', () => {
  it('hold for random combinations of edits', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...edits], { minLength: 1 }), fc.subarray(['iot', 'homeassistant', 'trusted']), fc.integer({ min: 1, max: 1000 }), (chosen, protect, seed) => {
        const target = chosen.reduce((current, edit) => edit.apply(current), model);
        fc.pre(checkReferences(target).length === 0);
        const plan = planMigration(model, target, { zeroDowntime: protect, maintenanceWindows: [] }, fakeImpact);
        const position = new Map(plan.steps.map((step, index) => [step.id, index]));
        for (const step of plan.steps) for (const need of step.requires) expect(position.get(need)).toBeLessThan(position.get(step.id) as number);
        const states = planStates(model, plan);
        states.forEach((state, index) => expect(checkReferences(state).map((problem) => `after step ${index}: ${problem.message}`)).toEqual([]));
        expect(diff(states[states.length - 1] as Model, target)).toEqual([]);
        const reordered: Model = { ...target, workloads: shuffled(target.workloads, seed), network: { ...target.network, vlans: shuffled(target.network.vlans, seed + 1) } };
        expect(JSON.stringify(planMigration(model, reordered, { zeroDowntime: protect, maintenanceWindows: [] }, fakeImpact))).toBe(JSON.stringify(plan));
      }),
      { numRuns: 40, seed: 6 },
    );
  });
});
