/**
 * `kestra calc ceph`: usable capacity of a replicated or erasure-coded pool over equal hosts at the
 * full, backfillfull and nearfull ratios, min_size, re-healing after a host loss and a PG count.
 */
import { Command } from 'commander';
import { CEPH_DEFAULT_RATIOS, CEPH_POOL_SOURCE, CEPH_RATIO_SOURCE } from '../../../calc/ceph/ceph-defaults.js';
import { checkRehealAfterHostLoss, equalHostLossUtilisationCeiling } from '../../../calc/ceph/ceph-host-loss.js';
import { defaultCephMinSize } from '../../../calc/ceph/ceph-min-size.js';
import { CEPH_MINIMUM_MONITORS, PVE_CEPH_MINIMUM_NODES, PVE_CEPH_MINIMUM_OSDS, cephMinimumFailureDomains } from '../../../calc/ceph/ceph-minimums.js';
import { cephOverhead, cephUsable, cephWidth, type CephRedundancy } from '../../../calc/ceph/ceph-pool-capacity.js';
import { suggestedPgCount } from '../../../calc/ceph/placement-groups.js';
import { formatBytes, formatPercent, parsePercent, parseSize } from '../../../intake/units/index.js';
import { bytes, ratio, type Ratio } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseIntegerFlag, parseOptionalFlag, parseOptionalIntegerFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';
import { describeDisks, parseDiskList } from './zfs.js';

/** The flags of `kestra calc ceph`; counts may be numbers when a typed caller gives them. */
export interface CephOptions {
  hosts?: string | number;
  osds?: string;
  size?: string | number;
  minSize?: string | number;
  k?: string | number;
  m?: string | number;
  used?: string;
  fullRatio?: string;
  backfillfullRatio?: string;
  nearfullRatio?: string;
}

/** The `kestra calc ceph` command. */
export function cephCalcCommand(io: Io): Command {
  return new Command('ceph')
    .description('Ceph pool capacity at the full/backfillfull/nearfull ratios, min_size, re-healing after losing a host, PG count.')
    .option('--hosts <count>', 'hosts with OSDs (failure domain host)')
    .option('--osds <disks>', 'OSD disks on each host, e.g. "2x4TB"')
    .option('--size <replicas>', 'replicas of a replicated pool (default 3)')
    .option('--min-size <replicas>', 'min_size (default: Ceph\'s size − size/2, or k + min(1, m − 1))')
    .option('--k <chunks>', 'data chunks of an erasure-coded pool')
    .option('--m <chunks>', 'coding chunks of an erasure-coded pool')
    .option('--used <size>', 'data stored before replication, e.g. 2TB')
    .option('--full-ratio <percent>', 'mon_osd_full_ratio (default 95%)')
    .option('--backfillfull-ratio <percent>', 'mon_osd_backfillfull_ratio (default 90%)')
    .option('--nearfull-ratio <percent>', 'mon_osd_nearfull_ratio (default 85%)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc ceph --hosts 3 --osds 2x4TB --size 3\n  $ kestra calc ceph --hosts 7 --osds 4x8TB --k 4 --m 2 --used 30TB')
    .action((options: CephOptions & { json?: boolean }) => printCalcResult(io, cephCalc(options), options.json === true));
}

/** Computes `kestra calc ceph` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function cephCalc(options: CephOptions): CalcResult {
  if (options.hosts === undefined) throw new UsageError('--hosts is required', 'give the number of hosts with OSDs, e.g. --hosts 3');
  if (options.osds === undefined) throw new UsageError('--osds is required', 'give the OSD disks on each host, e.g. --osds 2x4TB');
  const hosts = parseIntegerFlag('--hosts', options.hosts, 1, 10_000);
  const osdSizes = parseDiskList('--osds', options.osds);
  const redundancy = readRedundancy(options);
  const width = cephWidth(redundancy);
  const minSize = parseOptionalIntegerFlag('--min-size', options.minSize, 1, width) ?? defaultCephMinSize(redundancy);
  const used = parseOptionalFlag('--used', options.used, (text) => parseSize(text, 'disk'))?.bytes;
  const readRatio = (flag: string, text: string | undefined, fallback: Ratio): Ratio => parseOptionalFlag(flag, text, parsePercent) ?? fallback;
  const full = readRatio('--full-ratio', options.fullRatio, CEPH_DEFAULT_RATIOS.full);
  const backfillfull = readRatio('--backfillfull-ratio', options.backfillfullRatio, CEPH_DEFAULT_RATIOS.backfillfull);
  const nearfull = readRatio('--nearfull-ratio', options.nearfullRatio, CEPH_DEFAULT_RATIOS.nearfull);

  const hostRaw = osdSizes.reduce((sum, size) => sum + size, 0);
  const raw = bytes(hostRaw * hosts);
  const osds = osdSizes.length * hosts;
  const overhead = cephOverhead(redundancy);
  const scheme = redundancy.kind === 'replicated' ? `size ${redundancy.size}` : `EC ${redundancy.k}+${redundancy.m}`;
  const usableAt = (limit: Ratio, name: string): CalcLine => ({ key: `usable-at-${name}`, label: `Usable at ${name} (${formatPercent(limit)})`, value: formatBytes(cephUsable(raw, limit, redundancy)), amount: cephUsable(raw, limit, redundancy), unit: 'bytes', formula: `raw × ${name} ratio / ${redundancy.kind === 'replicated' ? 'size' : '((k + m) / k)'}` });
  const check = checkRehealAfterHostLoss(Array.from({ length: hosts }, () => bytes(hostRaw)), bytes((used ?? 0) * overhead), width, backfillfull);
  const maxStored = (backfillfull * check.rawAfterLoss) / overhead;
  const domains = cephMinimumFailureDomains(redundancy);
  const pgs = suggestedPgCount(osds, width);
  const lines: CalcLine[] = [
    { key: 'raw', label: 'Raw capacity', value: formatBytes(raw), amount: raw, unit: 'bytes', formula: 'hosts × Σ OSD sizes per host' },
    { key: 'overhead', label: 'Raw bytes per byte stored', value: String(Math.round(overhead * 1000) / 1000), amount: overhead, unit: 'ratio', formula: redundancy.kind === 'replicated' ? 'size' : '(k + m) / k' },
    usableAt(full, 'full'),
    usableAt(backfillfull, 'backfillfull'),
    usableAt(nearfull, 'nearfull'),
    { key: 'min-size', label: 'min_size', value: String(minSize), amount: minSize, unit: 'count', formula: options.minSize !== undefined ? 'given' : redundancy.kind === 'replicated' ? 'size − ⌊size / 2⌋ (Ceph default)' : 'k + min(1, m − 1) (Ceph default)' },
    { key: 'failure-domains', label: 'Hosts needed', value: `${domains.toPlace} to place every copy, ${domains.toHeal} to re-heal after a loss`, amount: domains.toHeal, unit: 'count', formula: 'width (size or k + m), + 1 to heal' },
    { key: 'max-raw-utilisation-for-host-loss', label: 'Max raw use to survive a host loss', value: formatPercent(equalHostLossUtilisationCeiling(hosts, backfillfull)), amount: equalHostLossUtilisationCeiling(hosts, backfillfull), unit: 'ratio', formula: 'backfillfull × (N − 1) / N' },
    { key: 'max-stored-for-host-loss', label: 'Most data stored that still re-heals', value: check.hasSpareHost ? formatBytes(bytes(maxStored)) : 'none: no spare host', amount: check.hasSpareHost ? maxStored : 0, unit: 'bytes', formula: 'backfillfull × raw of N − 1 hosts / overhead' },
    { key: 'can-reheal-after-host-loss', label: 'Re-heals after losing a host', value: rehealText(check.hasSpareHost, used === undefined ? undefined : check.fits, hosts, width), amount: used === undefined && check.hasSpareHost ? 'unknown' : check.canReheal, unit: 'boolean', formula: 'N − 1 ≥ width and stored × overhead ≤ backfillfull × raw of N − 1 hosts' },
    { key: 'pgs-suggested', label: 'Suggested pg_num', value: `${pgs.pgs} (${osds} OSDs × 100 / ${width} = ${pgs.raw})`, amount: pgs.pgs, unit: 'count', formula: '(OSDs × 100) / width, rounded up to a power of two' },
    { key: 'pve-minimums', label: 'Proxmox VE minimum (3 nodes, 12 OSDs)', value: hosts >= PVE_CEPH_MINIMUM_NODES && osds >= PVE_CEPH_MINIMUM_OSDS ? 'met' : `not met (${hosts} nodes, ${osds} OSDs)`, amount: hosts >= PVE_CEPH_MINIMUM_NODES && osds >= PVE_CEPH_MINIMUM_OSDS, unit: 'boolean', formula: `nodes ≥ ${PVE_CEPH_MINIMUM_NODES}, OSDs ≥ ${PVE_CEPH_MINIMUM_OSDS}, monitors ≥ ${CEPH_MINIMUM_MONITORS}` },
  ];
  if (used !== undefined) {
    const usable = cephUsable(raw, full, redundancy);
    lines.push({ key: 'fill', label: 'Fill', value: formatPercent(ratio(used / usable)), amount: used / usable, unit: 'ratio', formula: 'stored / usable at full' });
  }
  const notes = [
    ...(options.fullRatio === undefined || options.backfillfullRatio === undefined || options.nearfullRatio === undefined ? ['Ratios not given are the upstream defaults 0.95 / 0.90 / 0.85; Red Hat ODF ships 0.85 / 0.80 / 0.75.'] : []),
    ...(redundancy.kind === 'replicated' && options.size === undefined ? ['Pool size not given: Ceph\'s default size 3.'] : []),
    ...(minSize === 1 && width > 1 ? ['min_size 1 accepts writes with a single copy; Proxmox VE says "Do not set a min_size of 1".'] : []),
    'Hosts are taken as equal; pools share the raw space, so each figure assumes the pool has the cluster to itself.',
  ];
  return {
    title: `Ceph pool: ${scheme} over ${hosts} hosts × ${osdSizes.length} OSDs`,
    lines,
    inputs: [
      { name: 'hosts', value: String(hosts) },
      { name: 'OSDs per host', value: describeDisks(osdSizes) },
      { name: 'redundancy', value: scheme },
      { name: 'ratios (full / backfillfull / nearfull)', value: [full, backfillfull, nearfull].map((value) => formatPercent(value)).join(' / ') },
      ...(used !== undefined ? [{ name: 'stored', value: formatBytes(used) }] : []),
    ],
    notes,
    sources: [CEPH_RATIO_SOURCE, CEPH_POOL_SOURCE, 'https://docs.ceph.com/en/latest/rados/operations/erasure-code/', 'https://docs.ceph.com/en/latest/rados/operations/placement-groups/', 'https://pve.proxmox.com/pve-docs/chapter-pveceph.html'],
  };
}

/** Replicated by --size, or erasure-coded by --k and --m (both needed, not with --size). */
function readRedundancy(options: CephOptions): CephRedundancy {
  const k = parseOptionalIntegerFlag('--k', options.k, 1, 64);
  const m = parseOptionalIntegerFlag('--m', options.m, 1, 64);
  if (k === undefined && m === undefined) return { kind: 'replicated', size: parseOptionalIntegerFlag('--size', options.size, 1, 10) ?? 3 };
  if (k === undefined || m === undefined) throw new UsageError('--k and --m go together', 'an erasure-coded pool needs both, e.g. --k 4 --m 2');
  if (options.size !== undefined) throw new UsageError('--size is for replicated pools; --k/--m for erasure-coded ones', 'give either --size or --k and --m');
  return { kind: 'erasure', k, m };
}

function rehealText(hasSpareHost: boolean, fits: boolean | undefined, hosts: number, width: number): string {
  if (!hasSpareHost) return `no: ${hosts - 1} hosts left < ${width} needed`;
  if (fits === undefined) return 'yes while the data fits (give --used to check)';
  return fits ? 'yes' : 'no: the data does not fit under backfillfull on the remaining hosts';
}
