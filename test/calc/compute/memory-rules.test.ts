// Reference vectors A1–A7 (§1 "ARC default") and R2–R8 (§9) of /work/shared/reference/domain.md.
import { describe, expect, it } from 'vitest';
import { arcMax, openZfsArcMax, pveArcRuleOfThumb, pveInstallerArcMax } from '../../../src/calc/compute/zfs-arc-max.js';
import { autotunedOsdMemoryTarget, cephCpuCores, cephOsdMemory, CEPH_OSD_MEMORY_ADVISED, CEPH_OSD_MEMORY_TARGET } from '../../../src/calc/compute/ceph-osd-memory.js';
import { l2arcHeaderMemory, pbsMemory, trueNasMemory } from '../../../src/calc/compute/host-memory-rules.js';
import { guestMemoryCapacity, memoryCommitRatio, memoryHeadroom, overcommitRatio } from '../../../src/calc/compute/host-capacity.js';
import { bytes, GB, GiB, KiB, MiB, TiB } from '../../../src/model/quantities.js';

describe('ZFS ARC maximum', () => {
  it('A1: 32 GiB RAM → 16 GiB (≤ 2.2), 31 GiB (≥ 2.3)', () => {
    expect(openZfsArcMax(bytes(32 * GiB), 'openzfs-2.2-')).toBe(16 * GiB);
    expect(openZfsArcMax(bytes(32 * GiB), 'openzfs-2.3+')).toBe(31 * GiB);
  });

  it('A2: 2 GiB RAM, ≥ 2.3 → max(1 GiB, 1.25 GiB) = 1.25 GiB', () => {
    expect(openZfsArcMax(bytes(2 * GiB), 'openzfs-2.3+')).toBe(1.25 * GiB);
  });

  it('trap: the PVE docs\' "62.5 % on 2.3" is not the code\'s rule; RAM − 1 GiB wins above 2.67 GiB', () => {
    expect(openZfsArcMax(bytes(64 * GiB), 'openzfs-2.3+')).toBe(63 * GiB);
    expect(openZfsArcMax(bytes(64 * GiB), 'openzfs-2.3+')).not.toBe(40 * GiB);
  });

  it('below 1 GiB, 2.3 takes max(5/8 RAM, arc_c_min)', () => {
    expect(openZfsArcMax(bytes(512 * MiB), 'openzfs-2.3+')).toBe(320 * MiB);
  });

  it.each([
    ['A4', 64 * GiB, 6554 * MiB],
    ['A5', 256 * GiB, 16384 * MiB],
    ['A6', 512 * MiB, 64 * MiB],
  ])('%s: PVE installer rule', (_id, ram, expected) => {
    expect(pveInstallerArcMax(bytes(ram))).toBe(expected);
    expect(arcMax(bytes(ram), 'pve-installer')).toBe(expected);
  });

  it('A7: PVE rule of thumb, 8 TiB available → 10 GiB', () => {
    expect(pveArcRuleOfThumb(bytes(8 * TiB))).toBe(10 * GiB);
  });
});

describe('Ceph daemon sizing', () => {
  it('R2: 1 MON + 1 MGR + 6 OSDs → reserve 8 CPU cores', () => {
    expect(cephCpuCores({ monitors: 1, managers: 1, osds: 6 })).toBe(8);
  });

  it('R3: 251 GiB, 24 OSDs, ratio 0.7 → osd_memory_target 7,860,684,936 B', () => {
    expect(autotunedOsdMemoryTarget(bytes(251 * GiB), 24, 0.7)).toBe(7_860_684_936);
  });

  it('R4: 6 OSDs at the advised 8 GB → 48 GB; at the 4 GiB default → 24 GiB', () => {
    expect(cephOsdMemory(6, CEPH_OSD_MEMORY_ADVISED)).toBe(48 * GB);
    expect(cephOsdMemory(6)).toBe(24 * GiB);
    expect(CEPH_OSD_MEMORY_TARGET).toBe(4 * GiB);
  });
});

describe('appliance memory rules', () => {
  it('R5: TrueNAS with 12 drives, no dedup → 8 + 4 = 12 GB', () => {
    expect(trueNasMemory(12)).toBe(12 * GiB);
    expect(trueNasMemory(4)).toBe(8 * GiB);
  });

  it('R6: TrueNAS with 400 GB of L2ARC → + 8 GB', () => {
    expect(trueNasMemory(8, bytes(400 * GB)) - trueNasMemory(8)).toBe(8 * GiB);
  });

  it('R7: 480 GB of 4 KiB L2ARC blocks × 88 B = 9.60 GiB (10.31 GiB if read as GiB; the doc\'s "more than 10GiB" is ambiguous)', () => {
    expect(l2arcHeaderMemory(bytes(480 * GB), bytes(4 * KiB)) / GiB).toBeCloseTo(9.6, 2);
    expect(l2arcHeaderMemory(bytes(480 * GiB), bytes(4 * KiB)) / GiB).toBeCloseTo(10.31, 2);
  });

  it('R8 / B4: PBS with a 20 TiB datastore → 24 GiB', () => {
    expect(pbsMemory(bytes(20 * TiB))).toBe(24 * GiB);
  });
});

describe('host capacity', () => {
  it('vCPU overcommit: 4 VMs × 4 vCPU on 8 cores is 200 % (qm.adoc example)', () => {
    expect(overcommitRatio(16, 8)).toBe(2);
    expect(() => overcommitRatio(1, 0)).toThrow(RangeError);
  });

  it('capacity, headroom and commit ratio', () => {
    const capacity = guestMemoryCapacity(bytes(64 * GiB), bytes(10 * GiB));
    expect(capacity).toBe(54 * GiB);
    expect(memoryHeadroom(capacity, bytes(60 * GiB))).toBe(-6 * GiB);
    expect(memoryCommitRatio(bytes(48 * GiB), bytes(16 * GiB), bytes(64 * GiB))).toBe(1);
  });
});
