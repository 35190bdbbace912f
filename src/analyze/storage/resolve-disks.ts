/**
 * Resolves the disk references of a vdev, RAID array or OSD to the host's disks: a disk id names one
 * disk, a disk-entry id ("hdd" with count 4) names all the disks it expanded to.
 */
import type { Disk, Host } from '../../model/types.js';

/** The host's disks named by `refs`, in order, each once; unknown names are returned in `missing`. */
export function resolveDisks(host: Host | undefined, refs: readonly string[]): { readonly disks: readonly Disk[]; readonly missing: readonly string[] } {
  const disks: Disk[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const exact = host?.disks.filter((disk) => disk.id === ref) ?? [];
    const matched = exact.length > 0 ? exact : (host?.disks.filter((disk) => disk.group === ref) ?? []);
    if (matched.length === 0) missing.push(ref);
    for (const disk of matched) {
      if (seen.has(disk.id)) continue;
      seen.add(disk.id);
      disks.push(disk);
    }
  }
  return { disks, missing };
}
