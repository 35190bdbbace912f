import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../src/intake/load-spec.js';
import { mapPve } from '../../../../src/intake/importers/proxmox/map-pve.js';
import type { PveSnapshot } from '../../../../src/intake/importers/proxmox/pve-snapshot.js';
import { renderYaml } from '../../../../src/intake/spec-writer/render-yaml.js';
import { PLANTED_PVE_SECRET, pveShapes, pveSnapshot } from '../../../helpers/import-fixtures.js';

const render = (snapshot: PveSnapshot) => {
  const result = mapPve(snapshot);
  return renderYaml(result.spec, result.annotations, [result.summary, ...result.questions, ...result.skipped]);
};
const load = async (shape: string) => {
  const result = mapPve(await pveSnapshot(shape));
  const text = renderYaml(result.spec, result.annotations, [result.summary, ...result.questions, ...result.skipped]);
  const loaded = parseSpec(`${shape}.yaml`, text);
  expect(loaded.diagnostics).toEqual([]);
  return { result, text, model: loaded.model! };
};

describe('mapPve on the fixture clusters', () => {
  it.each(pveShapes)('%s: the loader accepts the spec, and the planted token appears nowhere', async (shape) => {
    const { text } = await load(shape);
    expect(text).not.toContain(PLANTED_PVE_SECRET);
  });

  it('single node: ZFS mirrors from the vdev tree, guests on their pools, the template left out, a backup job with the storage retention', async () => {
    const { model, result } = await load('single-node');
    expect(result.summary).toBe('Proxmox VE 8.2.4 node "pve", 4 guests');
    expect(model.clusters.proxmox).toEqual([]);
    expect(model.hosts.map((host) => [host.id, host.cpu, host.memory])).toEqual([['pve', { model: '12th Gen Intel(R) Core(TM) i5-12500', sockets: 1, cores: 6, threads: 12 }, 67108864000]]);
    expect(model.storage.zfs.map((pool) => [pool.id, pool.vdevs])).toEqual([
      ['pve-rpool', [{ layout: 'mirror', disks: ['nvme0n1', 'nvme1n1'] }]],
      ['pve-tank', [{ layout: 'mirror', disks: ['sda', 'sdb'] }]],
    ]);
    expect(model.workloads.map((workload) => [workload.id, workload.kind, workload.vcpu, workload.memory, workload.disk, workload.storage, workload.vlans])).toEqual([
      ['homeassistant', 'vm', 2, 4 * 2 ** 30, 32 * 2 ** 30, 'pve-rpool', ['vlan30']],
      // 64G on local-zfs + 500G on tank; the ISO on the CD drive is not a disk.
      ['docker', 'vm', 4, 8 * 2 ** 30, 564 * 2 ** 30, 'pve-rpool', ['vlan20']],
      ['adguard', 'ct', 1, 512 * 2 ** 20, 8 * 2 ** 30, 'pve-rpool', []],
      // The bind mount /tank/media is a host path, not a volume.
      ['jellyfin', 'ct', 4, 4 * 2 ** 30, 16 * 2 ** 30, 'pve-tank', ['vlan20']],
    ]);
    expect(result.skipped).toEqual(['template qemu/9000: templates do not run, so they are not workloads']);
    expect(model.backups.jobs).toMatchObject([
      { id: 'backup-6a1b2c3d-4e5f', tool: 'vzdump', sources: ['homeassistant', 'docker', 'adguard', 'jellyfin'], target: 'usb-backup', retention: { daily: 7, weekly: 4, monthly: 3 }, encrypted: false },
    ]);
    expect(model.backups.targets).toMatchObject([{ id: 'usb-backup', kind: 'other', host: 'pve', offsite: false }]);
  });

  it('two nodes and a QDevice: votes, the QDevice stub, HA groups (7.x/8.x), ZFS replication as shared storage', async () => {
    const { model, result } = await load('two-node-qdevice');
    const cluster = model.clusters.proxmox[0]!;
    expect(cluster.nodes).toEqual([{ host: 'pve1', votes: 1 }, { host: 'pve2', votes: 1 }]);
    expect(cluster.qdevice).toEqual({ host: 'qdevice-192.168.1.5' });
    expect(model.hosts.find((host) => host.id === 'qdevice-192.168.1.5')).toMatchObject({ role: 'other' });
    expect(cluster.corosync?.links).toHaveLength(2);
    expect(cluster.ha).toEqual({ enabled: true, groups: [{ id: 'prefer-pve1', nodes: ['pve1', 'pve2'], restricted: false }] });
    expect(cluster.sharedStorage).toEqual([{ id: 'local-zfs', kind: 'zfs-replication', source: 'pve1-rpool', interval: 900 }]);
    expect(model.storage.zfs.map((pool) => [pool.id, pool.replicatedTo])).toEqual([['pve1-rpool', ['pve2']], ['pve2-rpool', ['pve1']]]);
    // Replicated guests sit on the replicated storage; jellyfin is not replicated, so it lives on its node's pool.
    expect(model.workloads.map((workload) => [workload.id, workload.storage, workload.ha])).toEqual([
      ['homeassistant', 'local-zfs', true],
      ['adguard', 'local-zfs', true],
      ['nextcloud', 'local-zfs', false],
      ['jellyfin', 'pve2-rpool', false],
    ]);
    expect(model.network.vlans.map((vlan) => [vlan.id, vlan.zone, vlan.subnet])).toEqual([
      ['vlan20', 'servers', undefined],
      ['vlan30', 'servers', undefined],
      ['vlan40', 'management', '10.40.0.0/24'],
    ]);
    expect(model.hosts[0]!.nics.map((nic) => [nic.id, nic.purpose, nic.vlans])).toEqual([
      ['enp1s0', 'general', ['vlan30', 'vlan40']],
      ['enp2s0', 'general', ['vlan30', 'vlan40']],
    ]);
    expect(model.backups.jobs.map((job) => [job.id, job.tool, job.target, job.retention])).toEqual([
      ['backup-1c2d3e4f-aa01', 'pbs', 'pbs', { daily: 7, weekly: 4, monthly: 6 }],
      ['backup-1c2d3e4f-aa02', 'vzdump', 'nas-nfs', { last: 4 }],
    ]);
    expect(result.skipped).toEqual(['backup job backup-1c2d3e4f-aa03: disabled']);
    expect(result.questions.some((question) => question.includes('QDevice at 192.168.1.5'))).toBe(true);
  });

  it('three nodes with Ceph and HA rules (9.x): monitors, OSDs by disk, pool data stored, rules as groups', async () => {
    const { model, result } = await load('three-node-ceph-ha');
    const ceph = model.storage.ceph[0]!;
    expect(ceph.cluster).toBe('lab');
    expect(ceph.monitors).toEqual(['pve1', 'pve2', 'pve3']);
    expect(ceph.osds).toHaveLength(6);
    expect(ceph.osds[0]).toEqual({ host: 'pve1', disk: 'nvme1n1' });
    // Ceph reports 8.7 TB raw for a size-3 pool: 2.9 TB of data.
    expect(ceph.pools).toEqual([{ id: 'vm-pool', type: 'replicated', size: 3, minSize: 2, pgs: 128, used: 2.9e12, failureDomain: 'host' }]);
    const cluster = model.clusters.proxmox[0]!;
    expect(cluster.ha).toEqual({ enabled: true, groups: [{ id: 'prefer-12', nodes: ['pve1', 'pve2', 'pve3'], restricted: false }] });
    expect(cluster.sharedStorage).toEqual([{ id: 'vm-pool-storage', kind: 'ceph', source: 'vm-pool' }]);
    expect(result.skipped).toContain('HA rule spread-k3s: resource-affinity rules are not modelled');
    const pve1 = model.hosts.find((host) => host.id === 'pve1')!;
    expect(pve1.managementVlan).toBe('vlan10');
    expect(pve1.nics.map((nic) => [nic.id, nic.purpose ?? null, nic.mtu ?? null])).toEqual([
      ['enp2s0f0np0', 'storage', 9000],
      ['enp2s0f1np1', 'general', null],
      ['enp87s0', 'corosync', null],
      ['enp90s0', null, null],
    ]);
    const unifi = model.workloads.find((workload) => workload.id === 'unifi')!;
    expect(unifi.storage).toBeUndefined();
    expect(model.workloads.filter((workload) => workload.ha).map((workload) => workload.id)).toEqual(['dc1', 'forgejo', 'postgres', 'k3s-1', 'k3s-2', 'k3s-3', 'monitoring']);
    expect(model.backups.jobs.map((job) => [job.id, job.encrypted, job.retention])).toEqual([
      ['backup-critical-hourly', true, { hourly: 24, daily: 14, weekly: 8, monthly: 6 }],
      ['backup-nightly', true, { daily: 7, weekly: 4, monthly: 3 }],
    ]);
  });

  it('does not depend on the order the API listed things in', async () => {
    const snapshot = await pveSnapshot('two-node-qdevice');
    const expected = render(snapshot);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T>(items: readonly T[]) => {
          const copy = [...items];
          let state = seed >>> 0;
          for (let index = copy.length - 1; index > 0; index--) {
            state = (state * 1103515245 + 12345) >>> 0;
            const other = state % (index + 1);
            [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
          }
          return copy;
        };
        const shuffled: PveSnapshot = {
          ...snapshot,
          nodes: shuffle(snapshot.nodes).map((node) => ({ ...node, disks: shuffle(node.disks), network: shuffle(node.network), zfs: shuffle(node.zfs) })),
          guests: shuffle(snapshot.guests),
          storage: shuffle(snapshot.storage),
          backupJobs: shuffle(snapshot.backupJobs),
          replication: shuffle(snapshot.replication),
          clusterStatus: shuffle(snapshot.clusterStatus),
        };
        expect(render(shuffled)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
