/** Hand-made target edits of the example models, for planner tests independent of blueprints. */
import { addEntity, removeEntity, updateEntity, type Entity } from '../../src/model/collections.js';
import type { Model, Source } from '../../src/model/types.js';

export const testSource: Source = { file: 'blueprint:test', line: 0, column: 0, pointer: '' };

type Edit = (model: Model) => Model;
const update = (collection: Parameters<typeof updateEntity>[1], id: string, change: (entity: Entity) => Entity): Edit => (model) => updateEntity<Entity>(model, collection, id, change);

/** Replaces the two-node homelab's UniFi gateway with an OPNsense box: every VLAN, the WAN and the VPN move, the old box goes. */
export function replaceGateway(model: Model, newId = 'opnsense'): Model {
  let target = addEntity(model, 'network.devices', { id: newId, kind: 'firewall', platform: 'OPNsense 25.1', services: ['routing', 'nat', 'dhcp', 'dns', 'vpn-server', 'ids'], ports: [{ id: 'igc0' }, { id: 'igc1' }], managementVlan: 'lan', source: testSource });
  target = update('network.devices', 'sw1', (sw) => ({ ...sw, ports: [...(sw['ports'] as unknown[]), { id: 'port5' }] }))(target);
  target = addEntity(target, 'network.links', { a: `${newId}:igc1`, b: 'sw1:port5', source: testSource });
  for (const vlan of target.network.vlans) {
    target = update('network.vlans', vlan.id, (entity) => ({ ...entity, gateway: newId, ...(entity['dhcp'] ? { dhcp: { ...(entity['dhcp'] as object), server: newId } } : {}) }))(target);
  }
  target = update('network.wan', 'isp', (wan) => ({ ...wan, device: newId }))(target);
  target = update('network.vpns', 'wg-home', (vpn) => ({ ...vpn, endpoint: newId }))(target);
  target = removeEntity(target, 'network.links', 'gw:lan1~sw1:port8');
  return removeEntity(target, 'network.devices', 'gw');
}

/** Gives the two-node cluster a QDevice on the NAS, ZFS replication and HA for the critical guests. */
export function clusterWithHa(model: Model): Model {
  let target = update('clusters.proxmox', 'homelab', (cluster) => ({
    ...cluster,
    qdevice: { host: 'nas' },
    ha: { enabled: true, groups: [{ id: 'prefer-pve1', nodes: ['pve1', 'pve2'] }] },
    sharedStorage: [{ id: 'local-zfs', kind: 'zfs-replication', source: 'local-zfs-pve1', interval: 900 }],
  }))(model);
  target = update('storage.zfs', 'local-zfs-pve1', (pool) => ({ ...pool, replicatedTo: ['pve2'] }))(target);
  target = update('storage.zfs', 'local-zfs-pve2', (pool) => ({ ...pool, replicatedTo: ['pve1'] }))(target);
  for (const id of ['homeassistant', 'adguard']) target = update('workloads', id, (workload) => ({ ...workload, ha: true, storage: 'local-zfs' }))(target);
  return target;
}
