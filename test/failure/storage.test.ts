import { describe, expect, it } from 'vitest';
import { buildFailureGraph, impact, singlePointsOfFailure } from '../../src/failure/index.js';
import { modelOf } from '../helpers/failure.js';

const zfsSpec = (layout: string, count: number) => `
version: 1
site: { name: z }
hosts:
  - { id: nas, role: nas, disks: [{ id: boot, size: 256GB, kind: ssd, boot: true }, { id: hdd, size: 8TB, kind: hdd, count: ${count} }] }
storage:
  zfs: [{ id: tank, host: nas, vdevs: [{ layout: ${layout}, disks: [hdd] }] }]
  shares: [{ id: files, host: nas, protocol: smb, pool: tank }]
workloads:
  - { id: smb, kind: service, host: nas, storage: files }
`;

const poolDown = (yaml: string, disks: number[]) => impact(buildFailureGraph(modelOf(yaml)), disks.map((disk) => `disk:nas/hdd-${disk}`)).byKind.pool?.includes('tank') ?? false;

describe('ZFS vdevs', () => {
  it('RAIDZ2 survives two failed disks and not three (OpenZFS: raidz2 tolerates two)', () => {
    const yaml = zfsSpec('raidz2', 6);
    expect(poolDown(yaml, [1])).toBe(false);
    expect(poolDown(yaml, [1, 6])).toBe(false);
    expect(poolDown(yaml, [1, 2, 6])).toBe(true);
  });

  it('RAIDZ1 survives one, a mirror all but one, a stripe none', () => {
    expect(poolDown(zfsSpec('raidz1', 4), [2])).toBe(false);
    expect(poolDown(zfsSpec('raidz1', 4), [2, 3])).toBe(true);
    expect(poolDown(zfsSpec('mirror', 3), [1, 2])).toBe(false);
    expect(poolDown(zfsSpec('mirror', 3), [1, 2, 3])).toBe(true);
    expect(poolDown(zfsSpec('stripe', 2), [2])).toBe(true);
  });

  it('a pool needs every vdev: two mirrors lose the pool when one mirror loses both disks', () => {
    const yaml = zfsSpec('mirror', 4).replace('vdevs: [{ layout: mirror, disks: [hdd] }]', 'vdevs: [{ layout: mirror, disks: [hdd-1, hdd-2] }, { layout: mirror, disks: [hdd-3, hdd-4] }]');
    expect(poolDown(yaml, [1, 3])).toBe(false);
    expect(poolDown(yaml, [3, 4])).toBe(true);
  });

  it('the services on a single-disk pool name that disk as a single point of failure, and the boot disk too', () => {
    const spofs = singlePointsOfFailure(buildFailureGraph(modelOf(zfsSpec('stripe', 1))));
    expect(spofs.map((spof) => spof.component)).toEqual(['disk:nas/boot', 'disk:nas/hdd', 'host:nas']);
    expect(spofs[0]?.mitigation).toMatch(/Mirror the boot disk/);
    expect(spofs[1]?.mitigation).toMatch(/zpool attach/);
  });
});

describe('RAID arrays', () => {
  const raidSpec = (level: string, count: number) => `
version: 1
site: { name: r }
hosts: [{ id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: ${count} }] }]
storage: { raid: [{ id: vol, host: nas, level: ${level}, disks: [hdd] }] }
`;
  const arrayDown = (yaml: string, disks: number[]) => impact(buildFailureGraph(modelOf(yaml)), disks.map((disk) => `disk:nas/hdd-${disk}`)).byKind.raid !== undefined;
  it('SHR survives one disk, SHR-2 two, RAID10 one per mirrored pair', () => {
    expect(arrayDown(raidSpec('shr', 4), [1])).toBe(false);
    expect(arrayDown(raidSpec('shr', 4), [1, 2])).toBe(true);
    expect(arrayDown(raidSpec('shr2', 4), [1, 2])).toBe(false);
    expect(arrayDown(raidSpec('raid10', 4), [1, 3])).toBe(false);
    expect(arrayDown(raidSpec('raid10', 4), [1, 2])).toBe(true);
  });
});

describe('Ceph', () => {
  const cephSpec = (pool: string, hosts = 3) => `
version: 1
site: { name: ceph }
hosts:
${Array.from({ length: hosts }, (_, i) => `  - { id: n${i + 1}, role: hypervisor, disks: [{ id: osd, size: 4TB, kind: nvme, count: 2 }] }`).join('\n')}
storage:
  ceph:
    - id: ceph
      monitors: [${Array.from({ length: hosts }, (_, i) => `n${i + 1}`).join(', ')}]
      osds: [${Array.from({ length: hosts }, (_, i) => `{ host: n${i + 1}, disk: osd-1 }, { host: n${i + 1}, disk: osd-2 }`).join(', ')}]
      pools: [${pool}]
`;
  const poolDown = (yaml: string, failed: string[]) => impact(buildFailureGraph(modelOf(yaml)), failed).byKind['ceph-pool'] !== undefined;

  it('size 3 / min_size 2 survives one host of three, not two (C11: min_size 2 for size 3)', () => {
    const yaml = cephSpec('{ id: rbd, size: 3, minSize: 2 }');
    expect(poolDown(yaml, ['host:n1'])).toBe(false);
    expect(poolDown(yaml, ['host:n1', 'host:n2'])).toBe(true);
  });

  it('an OSD disk failing counts against its host; OSDs on two hosts block PGs with min_size 2', () => {
    const yaml = cephSpec('{ id: rbd, size: 3 }');
    expect(poolDown(yaml, ['disk:n1/osd-1'])).toBe(false);
    expect(poolDown(yaml, ['disk:n1/osd-1', 'disk:n1/osd-2'])).toBe(false);
    expect(poolDown(yaml, ['disk:n1/osd-1', 'disk:n2/osd-2'])).toBe(true);
  });

  it('with five hosts and size 3 / min_size 2, one host may fail but two block some PGs', () => {
    const yaml = cephSpec('{ id: rbd, size: 3, minSize: 2 }', 5);
    expect(poolDown(yaml, ['host:n5'])).toBe(false);
    expect(poolDown(yaml, ['host:n4', 'host:n5'])).toBe(true);
  });

  it('size 2 / min_size 1 survives one of three hosts; the monitors keep quorum with 2 of 3', () => {
    const yaml = cephSpec('{ id: rbd, size: 2, minSize: 1 }');
    expect(poolDown(yaml, ['host:n2'])).toBe(false);
    const graph = buildFailureGraph(modelOf(yaml));
    expect(impact(graph, ['host:n1', 'host:n2']).byKind.ceph).toEqual(['ceph']);
  });

  it('erasure coding k=2, m=1 (min_size 2 by default, C12) survives one host of three', () => {
    const yaml = cephSpec('{ id: ec, type: erasure, k: 2, m: 1 }');
    expect(poolDown(yaml, ['host:n3'])).toBe(false);
    expect(poolDown(yaml, ['host:n2', 'host:n3'])).toBe(true);
  });
});
