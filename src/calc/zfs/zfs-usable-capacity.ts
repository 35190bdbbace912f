/**
 * Usable capacity of a ZFS pool as `zfs list` reports it (USED + AVAIL): the sum of each data vdev's
 * deflated space, less slop space. Labels, partitioning and metaslab rounding are not modelled, so
 * a real pool shows about 1–2 % less.
 * Sources: openzfs/zfs vdev.c (deflate ratio), spa_misc.c (slop), vdev_raidz.c (allocation);
 * https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html
 */
import { bytes, type Bytes } from '../../model/quantities.js';
import { deflateRatio, deflatedSpace } from './deflate-ratio.js';
import { slopSpace, type SlopRule } from './slop-space.js';
import { poolFaultTolerance } from './vdev-fault-tolerance.js';
import { minimumVdevDisks, type ZfsVdevLayout } from './vdev-layout.js';

/** A data vdev: its layout and the size of each of its disks. */
export interface ZfsVdevSpec {
  readonly layout: ZfsVdevLayout;
  readonly diskSizes: readonly Bytes[];
}

/** One top-level vdev's figures. A stripe vdev of n disks counts as n single-disk vdevs. */
export interface ZfsVdevCapacity {
  readonly layout: ZfsVdevLayout;
  readonly disks: number;
  /** Sum of the disk sizes. */
  readonly raw: Bytes;
  /** Space the vdev allocates from: every disk counts as large as the smallest (mirror: one disk). */
  readonly allocatable: Bytes;
  /** Deflate ratio in 1/512 units. */
  readonly deflateRatio: number;
  /** Space the vdev reports to `zfs list`. */
  readonly dspace: Bytes;
}

export interface ZfsPoolCapacity {
  readonly vdevs: readonly ZfsVdevCapacity[];
  /** Sum of all data-vdev disk sizes. */
  readonly raw: Bytes;
  /** Σ vdev dspace. */
  readonly dspace: Bytes;
  readonly slop: Bytes;
  /** dspace − slop: what `zfs list` shows as USED + AVAIL. */
  readonly usable: Bytes;
  /** Disks the weakest data vdev can lose. */
  readonly faultTolerance: number;
}

/** Capacity of one vdev at `ashift`. */
export function zfsVdevCapacity(layout: ZfsVdevLayout, diskSizes: readonly Bytes[], ashift: number): ZfsVdevCapacity {
  const disks = diskSizes.length;
  if (disks < minimumVdevDisks(layout)) throw new RangeError(`a ${layout} vdev needs at least ${minimumVdevDisks(layout)} disk(s), got ${disks}`);
  const smallest = Math.min(...diskSizes);
  const raw = bytes(diskSizes.reduce((sum, size) => sum + size, 0));
  // A mirror stores one copy's worth; RAIDZ uses every column, each as large as the smallest disk.
  const allocatable = bytes(layout === 'mirror' ? smallest : smallest * disks);
  const ratio = deflateRatio(layout, disks, ashift);
  return { layout, disks, raw, allocatable, deflateRatio: ratio, dspace: deflatedSpace(allocatable, ratio) };
}

/** Capacity of a pool of `vdevs` at `ashift` under the given slop rule. */
export function zfsPoolCapacity(vdevs: readonly ZfsVdevSpec[], ashift: number, slopRule: SlopRule = 'openzfs-2.1+'): ZfsPoolCapacity {
  if (vdevs.length === 0) throw new RangeError('a pool needs at least one data vdev');
  const topLevel = vdevs.flatMap((vdev) =>
    vdev.layout === 'stripe' ? vdev.diskSizes.map((size) => zfsVdevCapacity('stripe', [size], ashift)) : [zfsVdevCapacity(vdev.layout, vdev.diskSizes, ashift)],
  );
  const raw = bytes(topLevel.reduce((sum, vdev) => sum + vdev.raw, 0));
  const dspace = bytes(topLevel.reduce((sum, vdev) => sum + vdev.dspace, 0));
  const slop = slopSpace(dspace, slopRule);
  return {
    vdevs: topLevel,
    raw,
    dspace,
    slop,
    usable: bytes(dspace - slop),
    faultTolerance: poolFaultTolerance(topLevel),
  };
}
