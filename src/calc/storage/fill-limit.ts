/**
 * The fill level not to plan beyond. The sources disagree: the Solaris Internals ZFS Best Practices
 * Guide says keep pools under 80 %; Oracle Solaris 11.4 says below 90 % (95 % for write-once data)
 * and to monitor from 80 % for small-block rewrite workloads. OpenZFS publishes no number. Kestra
 * plans at 80 % unless the spec says otherwise.
 */
import { ratio, type Ratio } from '../../model/quantities.js';

export const DEFAULT_FILL_LIMIT: Ratio = ratio(0.8);

/** Where the 80 % default comes from, and the source that allows more. */
export const FILL_LIMIT_SOURCES = [
  'https://web.archive.org/web/20161028084224/http://www.solarisinternals.com/wiki/index.php/ZFS_Best_Practices_Guide',
  'https://docs.oracle.com/en/operating-systems/solaris/oracle-solaris/11.4/manage-zfs/storage-pool-practices-performance.html',
] as const;
