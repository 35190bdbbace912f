/**
 * Upstream Ceph defaults Kestra uses when a spec does not say.
 * - Ratios: mon_osd_full_ratio .95, mon_osd_backfillfull_ratio .90, mon_osd_nearfull_ratio .85
 *   (https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/). Red Hat ODF ships
 *   .85/.80/.75, so the spec may override them.
 * - osd_pool_default_size 3 (https://docs.ceph.com/en/latest/rados/configuration/pool-pg-config-ref/).
 * - mon_target_pg_per_osd 100 (https://docs.ceph.com/en/latest/rados/operations/placement-groups/).
 */
import { ratio, type Ratio } from '../../model/quantities.js';

export interface CephRatios {
  readonly full: Ratio;
  readonly backfillfull: Ratio;
  readonly nearfull: Ratio;
}

export const CEPH_DEFAULT_RATIOS: CephRatios = { full: ratio(0.95), backfillfull: ratio(0.9), nearfull: ratio(0.85) };
export const CEPH_DEFAULT_POOL_SIZE = 3;
export const CEPH_TARGET_PGS_PER_OSD = 100;
export const CEPH_RATIO_SOURCE = 'https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/';
export const CEPH_POOL_SOURCE = 'https://docs.ceph.com/en/latest/rados/configuration/pool-pg-config-ref/';
