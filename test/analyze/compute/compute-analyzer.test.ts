// The compute analyzer on inline specs: reservations by the ARC rules (domain.md §1 A1, A4), the PVE base,
// Ceph OSD targets and the PBS rule (§9 R4, R8), guests placed by `host`, and unknown facts with questions.
import { describe, expect, it } from 'vitest';
import { computeAnalyzer } from '../../../src/analyze/compute/compute-analyzer.js';
import { storageAnalyzer } from '../../../src/analyze/storage/storage-analyzer.js';
import { GiB, MiB, TiB } from '../../../src/model/quantities.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const analyzers = [computeAnalyzer, storageAnalyzer];
const head = `version: 1
site: { name: Test }
`;

describe('compute analyzer', () => {
  const analysis = analyzeYaml(
    `${head}hosts:
  - id: pve1
    role: hypervisor
    os: Proxmox VE 8.2
    cpu: { cores: 6, threads: 12 }
    memory: 64GB
    zfsVersion: "2.2"
    disks: [{ id: ssd, size: 1TB, kind: ssd, count: 2 }, { id: osd, size: 4TB, kind: nvme, count: 2 }]
  - id: pve2
    role: hypervisor
    cpu: { cores: 4 }
    disks: [{ id: osd, size: 4TB, kind: nvme, count: 2 }]
  - id: pve3
    role: hypervisor
    os: Proxmox VE 8.3
    cpu: { cores: 8, threads: 16 }
    memory: 32GB
    zfsVersion: "2.3"
    disks: [{ id: data, size: 2TB, kind: ssd }]
storage:
  zfs:
    - { id: local-zfs, name: rpool, host: pve1, vdevs: [{ layout: mirror, disks: [ssd] }] }
    - { id: tank3, host: pve3, vdevs: [{ layout: stripe, disks: [data] }] }
  ceph:
    - id: ceph
      osds: [{ host: pve1, disk: osd-1 }, { host: pve1, disk: osd-2 }, { host: pve2, disk: osd-1 }, { host: pve2, disk: osd-2 }]
workloads:
  - { id: vm1, kind: vm, host: pve1, vcpu: 8, memory: 16GB }
  - { id: docker, kind: vm, host: pve1, vcpu: 4, memory: 8GB }
  - { id: app, kind: container, host: pve1, runsOn: docker, memory: 2GB, vcpu: 2 }
  - { id: dns, kind: ct, host: pve1, vcpu: 1, memory: 512MB }
  - { id: web, kind: vm, host: pve2, vcpu: 2 }
  - { id: big, kind: vm, host: pve3, vcpu: 20, memory: 30GB }
`,
    analyzers,
  );

  it('pve1: guests in the host count, containers inside the Docker VM do not', () => {
    expect(fact(analysis, 'compute/pve1/vcpu-allocated')).toMatchObject({ value: 13, unit: 'count' });
    expect(fact(analysis, 'compute/pve1/vcpu-overcommit')).toMatchObject({ value: 13 / 12, unit: 'ratio' });
    expect(fact(analysis, 'compute/pve1/memory-allocated')).toMatchObject({ value: 24.5 * GiB, unit: 'bytes' });
  });

  it('pve1 (PVE 8.2, rpool): ARC by the installer rule (A4: 64 GiB → 6554 MiB); reserved = 2 GiB + ARC + 2 OSDs × 4 GiB', () => {
    expect(fact(analysis, 'compute/pve1/arc-max')).toMatchObject({ value: 6554 * MiB, unit: 'bytes' });
    const reserved = 2 * GiB + 6554 * MiB + 8 * GiB;
    expect(fact(analysis, 'compute/pve1/memory-reserved')).toMatchObject({ value: reserved, unit: 'bytes' });
    expect(fact(analysis, 'compute/pve1/guest-memory-capacity')).toMatchObject({ value: 64 * GiB - reserved, unit: 'bytes' });
    expect(fact(analysis, 'compute/pve1/memory-headroom')).toMatchObject({ value: 64 * GiB - reserved - 24.5 * GiB, unit: 'bytes' });
    expect(value(analysis, 'compute/pve1/memory-commit-ratio')).toBeCloseTo((24.5 * GiB + reserved) / (64 * GiB), 12);
    expect(analysis.assumptions.map((assumption) => assumption.id)).toContain('compute/arc-pve-installer');
    expect(analysis.assumptions.map((assumption) => assumption.id)).toContain('compute/ceph-osd-memory-4gib');
  });

  it('pve3 (OpenZFS 2.3, pool not rpool): ARC = RAM − 1 GiB (A1 rule); overcommitted memory gives negative headroom', () => {
    expect(value(analysis, 'compute/pve3/arc-max')).toBe(31 * GiB);
    expect(value(analysis, 'compute/pve3/memory-reserved')).toBe(33 * GiB);
    expect(value(analysis, 'compute/pve3/memory-headroom')).toBe(32 * GiB - 33 * GiB - 30 * GiB);
    expect(value(analysis, 'compute/pve3/vcpu-overcommit')).toBe(20 / 16);
  });

  it('pve2: missing memory and threads give unknown facts with the questions that settle them', () => {
    const capacity = fact(analysis, 'compute/pve2/guest-memory-capacity');
    expect(capacity).toMatchObject({ status: 'unknown', value: null, unit: 'bytes' });
    expect(capacity.status === 'unknown' && capacity.question).toBe('pve2 memory is not given; its guest memory capacity cannot be computed (add "memory" to host pve2).');
    const overcommit = fact(analysis, 'compute/pve2/vcpu-overcommit');
    expect(overcommit.status === 'unknown' && overcommit.question).toBe('pve2 CPU threads are not given; its vCPU overcommit cannot be computed (add "cpu.threads" to host pve2).');
    const allocated = fact(analysis, 'compute/pve2/memory-allocated');
    expect(allocated.status === 'unknown' && allocated.question).toBe('web memory is not given; the memory allocated on pve2 cannot be computed (add "memory").');
    expect(value(analysis, 'compute/pve2/memory-reserved')).toBe(2 * GiB + 8 * GiB);
    expect(value(analysis, 'compute/pve2/arc-max')).toBe(0);
    expect(fact(analysis, 'compute/pve2/memory-headroom').status).toBe('unknown');
    expect(analysis.openQuestions.map((question) => question.id).filter((id) => id.startsWith('compute/'))).toEqual([
      'compute/pve2/guest-memory-capacity',
      'compute/pve2/memory-allocated',
      'compute/pve2/memory-commit-ratio',
      'compute/pve2/memory-headroom',
      'compute/pve2/vcpu-overcommit',
    ]);
  });

  it('without zfsVersion the ARC uses the ≤ 2.2 rule (A1: 32 GiB → 16 GiB) and says so', () => {
    const result = analyzeYaml(`${head}hosts:
  - { id: h, role: hypervisor, memory: 32GB, disks: [{ id: d, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: tank, host: h, vdevs: [{ layout: mirror, disks: [d] }] }]
`, analyzers);
    expect(value(result, 'compute/h/arc-max')).toBe(16 * GiB);
    expect(result.assumptions.find((assumption) => assumption.id === 'compute/arc-openzfs-2.2-assumed')?.text).toContain('OpenZFS ≤ 2.2');
    expect(result.assumptions.find((assumption) => assumption.id === 'compute/hypervisor-is-proxmox')).toBeDefined();
  });

  it('a Proxmox Backup Server reserves 4 GiB + 1 GiB per TiB of its datastore (R8), read from the storage facts', () => {
    const result = analyzeYaml(`${head}hosts:
  - { id: pbs, role: backup-server, os: Proxmox Backup Server 3.3, memory: 32GB, disks: [{ id: d, size: 12TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: store, host: pbs, vdevs: [{ layout: mirror, disks: [d] }], ashift: 12 }]
`, analyzers);
    const usable = value(result, 'storage/store/usable') as number;
    expect(value(result, 'compute/pbs/memory-reserved')).toBeCloseTo(4 * GiB + (usable / TiB) * GiB, 3);
    expect(fact(result, 'compute/pbs/memory-reserved').formula).toContain('PBS 4 GiB');
  });
});
