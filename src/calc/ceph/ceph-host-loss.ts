/**
 * Whether a Ceph cluster heals itself after losing its largest host (failure domain host): the pools
 * must have a spare host to backfill to (hosts ≥ width + 1: size + 1, or k + m + 1) and the raw data
 * must fit under the backfillfull ratio on the hosts that remain. For equal hosts the raw utilisation
 * ceiling is r × (N−1)/N. https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/
 * ("Storage Capacity"), https://docs.ceph.com/en/latest/rados/operations/erasure-code/
 */
import type { Bytes, Ratio } from '../../model/quantities.js';
import { ratio } from '../../model/quantities.js';

/** Raw utilisation a cluster may run at and still re-fit its data under `limit` after losing the largest host. */
export function hostLossUtilisationCeiling(hostRaw: readonly Bytes[], limit: Ratio): Ratio {
  const total = hostRaw.reduce((sum, raw) => sum + raw, 0);
  if (!(total > 0)) return ratio(0);
  const largest = Math.max(...hostRaw);
  return ratio((limit * (total - largest)) / total);
}

/** r × (N−1)/N: the ceiling for N equal hosts. */
export function equalHostLossUtilisationCeiling(hosts: number, limit: Ratio): Ratio {
  if (!Number.isInteger(hosts) || hosts < 1) throw new RangeError(`hosts must be ≥ 1, got ${hosts}`);
  return ratio((limit * (hosts - 1)) / hosts);
}

export interface RehealCheck {
  /** Hosts left after the largest fails. */
  readonly hostsAfterLoss: number;
  /** The widest pool's width: size, or k + m. */
  readonly widestPool: number;
  /** True when hostsAfterLoss ≥ widestPool, so every PG has a host to backfill to. */
  readonly hasSpareHost: boolean;
  /** Raw bytes left after the largest host fails. */
  readonly rawAfterLoss: number;
  /** True when the stored raw data fits under `limit` × rawAfterLoss. */
  readonly fits: boolean;
  readonly canReheal: boolean;
}

/** Checks re-healing after losing the largest host, given each host's raw bytes and the raw bytes stored. */
export function checkRehealAfterHostLoss(hostRaw: readonly Bytes[], storedRaw: Bytes, widestPool: number, limit: Ratio): RehealCheck {
  const total = hostRaw.reduce((sum, raw) => sum + raw, 0);
  const largest = hostRaw.length > 0 ? Math.max(...hostRaw) : 0;
  const hostsAfterLoss = Math.max(0, hostRaw.length - 1);
  const rawAfterLoss = total - largest;
  const hasSpareHost = hostsAfterLoss >= widestPool;
  const fits = storedRaw <= limit * rawAfterLoss;
  return { hostsAfterLoss, widestPool, hasSpareHost, rawAfterLoss, fits, canReheal: hasSpareHost && fits };
}
