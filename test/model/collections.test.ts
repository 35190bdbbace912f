import { describe, expect, it } from 'vitest';
import { addEntity, collectionKeys, declaredIds, entitiesOf, entityKey, findEntity, removeEntity, updateEntity } from '../../src/model/collections.js';
import type { Vlan } from '../../src/model/types.js';
import { exampleModel } from '../helpers/example-model.js';

const { model } = exampleModel('two-node-homelab.yaml');

describe('model collections', () => {
  it('reach every list of the model', () => {
    for (const key of collectionKeys) expect(Array.isArray(entitiesOf(model, key))).toBe(true);
    expect(entitiesOf(model, 'network.vlans').map((vlan) => entityKey('network.vlans', vlan))).toEqual(['lan', 'trusted', 'iot', 'guest']);
  });
  it('key items without ids by what identifies them, independent of cable direction', () => {
    expect(entityKey('network.links', { a: 'sw1:port8', b: 'gw:lan1' })).toBe(entityKey('network.links', { a: 'gw:lan1', b: 'sw1:port8' }));
    expect(entityKey('network.firewall.rules', { from: 'iot', to: 'trusted', action: 'deny' })).toBe('iot>trusted:deny');
    expect(entityKey('network.portForwards', { port: 443, protocol: 'tcp', to: 'web' })).toBe('tcp/443');
  });
  it('edit copies, never the model itself', () => {
    const added = addEntity(model, 'network.vlans', { id: 'cams', vid: 50, zone: 'cameras' });
    const updated = updateEntity<Vlan>(added, 'network.vlans', 'iot', (vlan) => ({ ...vlan, vid: 31 }));
    const removed = removeEntity(updated, 'network.vlans', 'guest');
    expect(entitiesOf(model, 'network.vlans')).toHaveLength(4);
    expect(findEntity(removed, 'network.vlans', 'iot')?.['vid']).toBe(31);
    expect(entitiesOf(removed, 'network.vlans').map((vlan) => vlan['id'])).toEqual(['lan', 'trusted', 'iot', 'cams']);
    expect(removed.network.firewall.rules).toBe(model.network.firewall.rules);
  });
  it('list nested ids that others refer to', () => {
    const ids = declaredIds(exampleModel('three-node-ceph.yaml').model);
    for (const id of ['pve1', 'vm-pool', 'ceph-vm', 'prefer-12', 'offsite-sync']) expect(ids.has(id)).toBe(true);
  });
});
