/**
 * Disk model lines and their recording technology. SMR (shingled) disks stall during ZFS resilvers,
 * so the model number matters: WD sold 2-6 TB "WD Red" disks as SMR (WD20EFAX, WD30EFAX, WD40EFAX,
 * WD60EFAX) beside CMR ones (EFRX), then renamed the CMR line "Red Plus". Rules are tried in order;
 * a plain "WD Red" without model number is left unknown and becomes an open question. A line the
 * vendor's own statement does not cover (Toshiba MG, Seagate Exos, which also ships host-managed
 * SMR models) is not listed: its SMR flag stays unknown rather than guessed.
 * Verification status of every rule: docs/hardware-catalog.md.
 */
import type { CatalogEntry, DiskFacts } from './catalog-entry.js';

/** WD's statement of April 2020: which WD Red disks are DM-SMR, and that Red Pro is CMR. */
const wdSmrStatement = 'https://blog.westerndigital.com/wd-red-nas-drives/';
const wdRedPlus = 'https://www.westerndigital.com/products/internal-drives/wd-red-plus-sata-3-5-hdd';
/** Seagate's list of which of its drive lines and models are CMR or SMR. */
const seagateList = 'https://www.seagate.com/products/cmr-smr-list/';

const hdd = (key: string, name: string, match: RegExp, smr: boolean, source: string): CatalogEntry<DiskFacts> => ({
  key,
  name,
  match,
  facts: { kind: 'hdd', smr: { value: smr, source } },
});

/** Disk model lines, most specific first. */
export const diskCatalog: readonly CatalogEntry<DiskFacts>[] = [
  hdd('wd-red-efax-smr', 'WD Red (EFAX, 2-6 TB, SMR)', /\bWD[2346]0EFAX\b/i, true, wdSmrStatement),
  // EFRX (the older Red line) and the 8 TB+ EFAX/EFZX models are the CMR ones of WD's statement.
  hdd('wd-red-cmr-model', 'WD Red / Red Plus (CMR model number)', /\bWD\d{2,3}EF(RX|ZX|AX)\b/i, false, wdSmrStatement),
  // EFZZ and EFPX came with the Red Plus line, after the statement: the Red Plus page is their source.
  hdd('wd-red-plus-model', 'WD Red Plus (CMR model number)', /\bWD\d{2,3}EF(ZZ|PX)\b/i, false, wdRedPlus),
  hdd('wd-red-plus', 'WD Red Plus (CMR)', /\bred\s*plus\b/i, false, wdRedPlus),
  hdd('wd-red-pro', 'WD Red Pro (CMR)', /\bred\s*pro\b|\bWD\d{2,3}KF[BG]X\b/i, false, wdSmrStatement),
  hdd('seagate-barracuda-smr', 'Seagate BarraCuda (SMR models)', /\bST(2000DM008|3000DM007|4000DM004|6000DM003|8000DM004)\b/i, true, seagateList),
  hdd('seagate-ironwolf', 'Seagate IronWolf / IronWolf Pro (CMR)', /\biron\s*wolf\b|\bST\d{3,5}(VN|NE)\d{3,4}\b/i, false, seagateList),
];

/** A plain "WD Red" (not Plus, not Pro) whose model number is not given: SMR or CMR cannot be told. */
export const ambiguousWdRed = /\bWD\s*Red\b(?!\s*(plus|pro))/i;
