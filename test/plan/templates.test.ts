/** Every change kind gets steps with validation and rollback, on a plausible change built from the examples. */
import { describe, expect, it } from 'vitest';
import { changeKinds, type ChangeKind } from '../../src/plan/change-kinds.js';
import { entitiesOf, type CollectionKey } from '../../src/model/collections.js';
import type { Change } from '../../src/plan/plan-types.js';
import { templateFor } from '../../src/plan/templates/registry.js';
import { exampleModel } from '../helpers/example-model.js';

const ceph = exampleModel('three-node-ceph.yaml').model;
const office = exampleModel('small-office.yaml').model;

const collectionOf: Readonly<Record<string, CollectionKey | undefined>> = {
  cluster: 'clusters.proxmox', 'cluster-node': 'clusters.proxmox', qdevice: 'clusters.proxmox', ha: 'clusters.proxmox', 'ha-group': 'clusters.proxmox', 'corosync-link': 'clusters.proxmox', 'migration-network': 'clusters.proxmox', 'shared-storage': 'clusters.proxmox',
  workload: 'workloads', 'replication-job': 'workloads', 'ha-resource': 'workloads',
  host: 'hosts', 'host-disk': 'hosts', 'host-nic': 'hosts', 'host-memory': 'hosts', 'host-power': 'hosts',
  'zfs-pool': 'storage.zfs', 'zfs-vdev': 'storage.zfs', 'zfs-disk': 'storage.zfs', 'zfs-support-vdev': 'storage.zfs',
  ceph: 'storage.ceph', 'ceph-osd': 'storage.ceph', 'ceph-monitor': 'storage.ceph', 'ceph-pool': 'storage.ceph',
  share: 'storage.shares', raid: 'storage.raid', 'backup-target': 'backups.targets', 'backup-job': 'backups.jobs',
  gateway: 'network.devices', 'network-device': 'network.devices', link: 'network.links', vlan: 'network.vlans', 'vlan-gateway': 'network.vlans', 'dhcp-scope': 'network.vlans',
  'firewall-rule': 'network.firewall.rules', wan: 'network.wan', 'port-forward': 'network.portForwards', vpn: 'network.vpns',
  'nic-vlans': 'hosts', 'link-vlans': 'network.links', 'workload-vlans': 'workloads', 'device-service': 'network.devices', 'device-power': 'network.devices',
  feed: 'power.feeds', ups: 'power.ups', 'nut-config': 'power.ups', pdu: 'power.pdus', 'monitoring-system': 'monitoring.systems', 'alert-route': 'monitoring.alerts', kubernetes: 'clusters.kubernetes',
};

function plausibleChange(kind: ChangeKind): Change {
  const family = kind.split('.')[0] as string;
  const collection = collectionOf[family];
  const model = [ceph, office].find((candidate) => collection !== undefined && entitiesOf(candidate, collection).length > 0) ?? ceph;
  const entity = collection !== undefined ? entitiesOf(model, collection)[0] : undefined;
  const subject = String(entity?.['id'] ?? 'firewall');
  return { id: `${kind}/${subject}`, kind, ...(collection !== undefined ? { collection } : {}), subject, item: '0', fields: [{ path: 'x', before: 1, after: 2 }], patches: [], ...(entity !== undefined ? { before: entity, after: entity } : {}) };
}

describe('step templates', () => {
  for (const kind of Object.keys(changeKinds) as ChangeKind[]) {
    it(`${kind}: steps with a title, validation and rollback`, () => {
      const change = plausibleChange(kind);
      const model = [ceph, office].find((candidate) => change.collection !== undefined && entitiesOf(candidate, change.collection).some((entity) => entity['id'] === change.subject)) ?? ceph;
      const drafts = templateFor(kind)(change, { current: model, target: model, changes: [change] });
      expect(drafts.length).toBeGreaterThan(0);
      for (const draft of drafts) {
        expect(draft.title).not.toBe('');
        expect(draft.validation.length).toBeGreaterThan(0);
        expect(draft.rollback.length).toBeGreaterThan(0);
        expect(draft.duration).toBeGreaterThan(0);
      }
    });
  }
});
