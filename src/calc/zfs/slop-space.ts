/**
 * Slop space: the part of a pool normal writes may not use, so that deletes and administrative
 * changes still work on a full pool.
 * Source: openzfs/zfs module/zfs/spa_misc.c spa_get_slop_space()
 * (https://github.com/openzfs/zfs/blob/master/module/zfs/spa_misc.c); the 128 GiB upper bound came
 * with openzfs/zfs PR #11023 (OpenZFS 2.1, openzfs-docs PR #253).
 */
import { bytes, GiB, MiB, type Bytes } from '../../model/quantities.js';

/** spa_slop_shift: 1/32 (3.125 %) of the pool. */
export const SPA_SLOP_SHIFT = 5;
/** spa_min_slop: 128 MiB (never more than half the pool). */
export const SPA_MIN_SLOP = bytes(128 * MiB);
/** spa_max_slop: 128 GiB, OpenZFS ≥ 2.1. */
export const SPA_MAX_SLOP = bytes(128 * GiB);

/** Which spa_get_slop_space() applies: OpenZFS ≥ 2.1 caps slop at 128 GiB, 0.7–2.0 do not. */
export type SlopRule = 'openzfs-2.1+' | 'openzfs-0.7-2.0';

/**
 * Slop space of a pool whose normal class reports `dspace` bytes. The embedded-log adjustment of
 * OpenZFS ≥ 2.1 is not modelled: it moves part of the reserve into ZIL metaslabs that are already
 * outside `dspace`, so the total reserve stays about the same.
 */
export function slopSpace(dspace: Bytes, rule: SlopRule = 'openzfs-2.1+'): Bytes {
  const fraction = Math.floor(dspace / 2 ** SPA_SLOP_SHIFT);
  const floor = Math.min(Math.floor(dspace / 2), SPA_MIN_SLOP);
  if (rule === 'openzfs-0.7-2.0') return bytes(Math.max(fraction, floor));
  return bytes(Math.max(Math.min(fraction, SPA_MAX_SLOP), floor));
}
