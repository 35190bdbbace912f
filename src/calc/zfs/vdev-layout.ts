/**
 * ZFS data vdev layouts and their parity. A "stripe" vdev is a single disk; several stripe disks are
 * several single-disk top-level vdevs.
 */

export const zfsVdevLayouts = ['stripe', 'mirror', 'raidz1', 'raidz2', 'raidz3'] as const;
export type ZfsVdevLayout = (typeof zfsVdevLayouts)[number];

/** Parity sectors per RAIDZ row: 1, 2 or 3 for raidz1/2/3, 0 for stripe and mirror. */
export function raidzParity(layout: ZfsVdevLayout): number {
  switch (layout) {
    case 'raidz1':
      return 1;
    case 'raidz2':
      return 2;
    case 'raidz3':
      return 3;
    default:
      return 0;
  }
}

/** True for RAIDZ layouts, whose allocation is padded to multiples of parity + 1 sectors. */
export function isRaidz(layout: ZfsVdevLayout): boolean {
  return raidzParity(layout) > 0;
}

/**
 * Fewest disks `zpool create` accepts for one vdev of the layout: RAIDZ-p needs p + 1 disks,
 * a mirror 2. https://openzfs.github.io/openzfs-docs/man/master/7/zpoolconcepts.7.html
 */
export function minimumVdevDisks(layout: ZfsVdevLayout): number {
  if (layout === 'mirror') return 2;
  return raidzParity(layout) + 1;
}
