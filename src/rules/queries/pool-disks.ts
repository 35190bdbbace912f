/** Resolves the disks a ZFS vdev or RAID array names (a disk id, or a disk entry id for all its disks). */
import type { Disk, Model } from '../../model/types.js';

/** The host's disks that `names` refers to, each once, in the host's order. */
export function resolveDisks(model: Model, hostId: string, names: readonly string[]): Disk[] {
  const host = model.hosts.find((candidate) => candidate.id === hostId);
  return (host?.disks ?? []).filter((disk) => names.includes(disk.id) || names.includes(disk.group));
}
