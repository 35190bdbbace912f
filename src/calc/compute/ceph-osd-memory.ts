/**
 * Memory and CPU Ceph daemons take on a host.
 * - osd_memory_target defaults to 4 GiB ("4GB is the current default"); upstream advises ~8 GB per
 *   BlueStore OSD. https://docs.ceph.com/en/latest/start/hardware-recommendations/
 * - cephadm autotuning: osd_memory_target = RAM × autotune_memory_target_ratio / OSDs − other
 *   daemons; ratio 0.7 (0.2 hyper-converged).
 *   https://docs.ceph.com/en/latest/cephadm/services/osd/#automatically-tuning-osd-memory
 * - Proxmox VE: at least one CPU core (or thread) per Ceph service.
 *   https://pve.proxmox.com/pve-docs/chapter-pveceph.html
 */
import { bytes, GB, GiB, type Bytes } from '../../model/quantities.js';

export const CEPH_OSD_MEMORY_TARGET = bytes(4 * GiB);
export const CEPH_OSD_MEMORY_ADVISED = bytes(8 * GB);
export const CEPH_AUTOTUNE_RATIO = 0.7;
export const CEPH_AUTOTUNE_RATIO_HYPERCONVERGED = 0.2;

/** Memory `osds` OSDs take at `target` each. */
export function cephOsdMemory(osds: number, target: Bytes = CEPH_OSD_MEMORY_TARGET): Bytes {
  return bytes(osds * target);
}

/** cephadm's autotuned osd_memory_target, whole bytes. */
export function autotunedOsdMemoryTarget(ram: Bytes, osds: number, ratio: number = CEPH_AUTOTUNE_RATIO, otherDaemons: Bytes = bytes(0)): Bytes {
  if (!Number.isInteger(osds) || osds < 1) throw new RangeError(`OSDs must be ≥ 1, got ${osds}`);
  return bytes(Math.floor((ram * ratio) / osds - otherDaemons));
}

/** CPU cores to reserve for Ceph: one per service (monitor, manager, OSD, MDS). */
export function cephCpuCores(services: { readonly monitors?: number; readonly managers?: number; readonly osds?: number; readonly mds?: number }): number {
  return (services.monitors ?? 0) + (services.managers ?? 0) + (services.osds ?? 0) + (services.mds ?? 0);
}
