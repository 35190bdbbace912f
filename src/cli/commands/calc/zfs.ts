/**
 * `kestra calc zfs`: capacity of a ZFS pool of identical vdevs, as `zfs list` would show it, with the
 * RAIDZ allocation of one record, the deflate ratio, slop, planning capacity and fault tolerance.
 */
import { Command } from 'commander';
import { daysToFillLimit, fillRatio } from '../../../calc/storage/fill-forecast.js';
import { DEFAULT_FILL_LIMIT, FILL_LIMIT_SOURCES } from '../../../calc/storage/fill-limit.js';
import { formatOpenZfsVersion, parseOpenZfsVersion, slopRuleFor } from '../../../calc/zfs/openzfs-version.js';
import { raidzAllocation } from '../../../calc/zfs/raidz-allocation.js';
import { minimumVdevDisks, raidzParity, zfsVdevLayouts } from '../../../calc/zfs/vdev-layout.js';
import { zfsPoolCapacity } from '../../../calc/zfs/zfs-usable-capacity.js';
import { formatBytes, formatPercent, parseDiskGroup, parsePercent, parseSize } from '../../../intake/units/index.js';
import { bytes, KiB, MiB, ratio, type Bytes } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseChoiceFlag, parseFlag, parseIntegerFlag, parseOptionalFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The flags of `kestra calc zfs`; counts may be numbers when a typed caller gives them. */
export interface ZfsOptions {
  layout?: string;
  disks?: string;
  vdevs?: string | number;
  ashift?: string | number;
  recordsize?: string;
  zfsVersion?: string;
  used?: string;
  growth?: string;
  fillLimit?: string;
}

/** Reads "6x8TB" or "4x8TB,2x4TB" into one disk size per disk. */
export function parseDiskList(flag: string, text: string): Bytes[] {
  return text.split(',').flatMap((group) => {
    const parsed = parseFlag(flag, group.trim(), parseDiskGroup);
    return Array.from({ length: parsed.count }, () => parsed.bytes);
  });
}

/** "6 × 8 TB" or "4 × 8 TB, 2 × 4 TB": disk sizes grouped in order. */
export function describeDisks(sizes: readonly Bytes[]): string {
  const groups: { size: Bytes; count: number }[] = [];
  for (const size of sizes) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.size === size) last.count += 1;
    else groups.push({ size, count: 1 });
  }
  return groups.map((group) => `${group.count} × ${formatBytes(group.size, { both: false })}`).join(', ');
}

/** The `kestra calc zfs` command. */
export function zfsCalcCommand(io: Io): Command {
  return new Command('zfs')
    .description('ZFS pool capacity: raw, RAIDZ allocation and efficiency at the recordsize, deflate ratio, usable as zfs list shows it, slop, planning capacity, fault tolerance.')
    .option('--layout <layout>', `vdev layout: ${zfsVdevLayouts.join(', ')}`)
    .option('--disks <disks>', 'disks of one vdev, e.g. "6x8TB" or "4x8TB,2x4TB"')
    .option('--vdevs <count>', 'identical vdevs in the pool', '1')
    .option('--ashift <ashift>', 'log2 of the sector size', '12')
    .option('--recordsize <size>', 'recordsize or volblocksize to show the allocation of', '128K')
    .option('--zfs-version <version>', 'OpenZFS version, e.g. 2.2 (slop is capped at 128 GiB from 2.1)')
    .option('--used <size>', 'space used now, e.g. 10TB')
    .option('--growth <size>', 'growth per 30-day month, e.g. 200GB')
    .option('--fill-limit <percent>', 'fill level not to plan beyond (default 80%)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ kestra calc zfs --layout raidz2 --disks 6x8TB --ashift 12 --recordsize 128K --used 10TB --growth 200GB')
    .action((options: ZfsOptions & { json?: boolean }) => printCalcResult(io, zfsCalc(options), options.json === true));
}

/** Computes `kestra calc zfs` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function zfsCalc(options: ZfsOptions): CalcResult {
  if (options.layout === undefined) throw new UsageError('--layout is required', `give one of ${zfsVdevLayouts.join(', ')}, e.g. --layout raidz2`);
  if (options.disks === undefined) throw new UsageError('--disks is required', 'give the disks of one vdev, e.g. --disks 6x8TB');
  const layout = parseChoiceFlag('--layout', options.layout, zfsVdevLayouts);
  const disks = parseDiskList('--disks', options.disks);
  if (disks.length < minimumVdevDisks(layout)) {
    throw new UsageError(`--disks gives ${disks.length} disk(s); a ${layout} vdev needs at least ${minimumVdevDisks(layout)}`, `write e.g. --disks ${minimumVdevDisks(layout)}x4TB`);
  }
  const vdevCount = parseIntegerFlag('--vdevs', options.vdevs ?? 1, 1, 1000);
  const ashift = parseIntegerFlag('--ashift', options.ashift ?? 12, 9, 16);
  const recordsizeText = options.recordsize ?? '128K';
  const recordsize = parseFlag('--recordsize', recordsizeText, (text) => parseSize(text, 'memory')).bytes;
  if (recordsize < 512 || recordsize > 16 * MiB) throw new UsageError(`--recordsize ${recordsizeText} is outside 512 B…16 MiB`, 'write e.g. --recordsize 128K or --recordsize 16K');
  const version = options.zfsVersion === undefined ? undefined : parseOpenZfsVersion(options.zfsVersion);
  if (options.zfsVersion !== undefined && version === undefined) throw new UsageError(`--zfs-version ${JSON.stringify(options.zfsVersion)} is not a version`, 'write e.g. --zfs-version 2.2');
  const used = parseOptionalFlag('--used', options.used, (text) => parseSize(text, 'disk'))?.bytes;
  const growth = parseOptionalFlag('--growth', options.growth, (text) => parseSize(text, 'disk'))?.bytes;
  const fillLimit = options.fillLimit === undefined ? DEFAULT_FILL_LIMIT : parseFlag('--fill-limit', options.fillLimit, parsePercent);
  if (!(fillLimit > 0)) throw new UsageError('--fill-limit must be above 0 %', 'write e.g. --fill-limit 80%');

  const slopRule = version === undefined ? 'openzfs-2.1+' : slopRuleFor(version);
  const pool = zfsPoolCapacity(Array.from({ length: vdevCount }, () => ({ layout, diskSizes: disks })), ashift, slopRule);
  const parity = raidzParity(layout);
  const vdev = pool.vdevs[0];
  const lines: CalcLine[] = [
    { key: 'raw', label: 'Raw capacity', value: formatBytes(pool.raw), amount: pool.raw, unit: 'bytes', formula: 'Σ disk sizes' },
  ];
  if (parity > 0) {
    const allocation = raidzAllocation(recordsize, ashift, disks.length, parity);
    lines.push(
      {
        key: 'block-allocation',
        label: `Allocation of one ${formatKiB(recordsize)} block`,
        value: `${formatKiB(allocation.asize)} (${allocation.dataSectors} data + ${allocation.paritySectors} parity + ${allocation.paddingSectors} padding sectors)`,
        amount: allocation.asize,
        unit: 'bytes',
        formula: 'data sectors + p × ⌈data / (n − p)⌉, rounded up to a multiple of p + 1',
      },
      { key: 'block-efficiency', label: 'Efficiency at that block size', value: formatPercent(ratio(allocation.efficiency)), amount: allocation.efficiency, unit: 'ratio', formula: 'block size / allocation' },
    );
  }
  const deflate = vdev?.deflateRatio ?? 512;
  lines.push(
    { key: 'deflate-ratio', label: 'Deflate ratio', value: `${deflate}/512 = ${formatPercent(ratio(deflate / 512))}`, amount: deflate, unit: 'count', formula: '⌊131072 / (asize(128 KiB) >> 9)⌋, fixed at 128 KiB whatever the recordsize' },
    { key: 'dspace', label: 'Deflated space', value: formatBytes(pool.dspace), amount: pool.dspace, unit: 'bytes', formula: 'Σ vdev (raw >> 9) × deflate ratio' },
    { key: 'slop', label: 'Slop space', value: formatBytes(pool.slop), amount: pool.slop, unit: 'bytes', formula: slopRule === 'openzfs-2.1+' ? 'max(min(dspace / 32, 128 GiB), min(dspace / 2, 128 MiB))' : 'max(dspace / 32, min(dspace / 2, 128 MiB))' },
    { key: 'usable', label: 'Usable (zfs list USED + AVAIL)', value: formatBytes(pool.usable), amount: pool.usable, unit: 'bytes', formula: 'deflated space − slop' },
    { key: 'planning-capacity', label: `Planning capacity at ${formatPercent(fillLimit)}`, value: formatBytes(bytes(pool.usable * fillLimit)), amount: pool.usable * fillLimit, unit: 'bytes', formula: 'usable × fill limit' },
    { key: 'fault-tolerance', label: 'Fault tolerance', value: `${pool.faultTolerance} disk(s) per vdev`, amount: pool.faultTolerance, unit: 'count', formula: 'mirror n − 1, raidzP P, stripe 0' },
  );
  if (used !== undefined) {
    lines.push({ key: 'fill', label: 'Fill', value: formatPercent(fillRatio(used, pool.usable)), amount: fillRatio(used, pool.usable), unit: 'ratio', formula: 'used / usable' });
    if (growth !== undefined) {
      const days = daysToFillLimit(used, pool.usable, fillLimit, growth);
      lines.push({ key: 'days-to-fill-limit', label: `Days until ${formatPercent(fillLimit)} full`, value: typeof days === 'number' ? `${Math.round(days * 10) / 10} days` : 'never', amount: days, unit: 'days', formula: '(usable × fill limit − used) / (growth per month / 30)' });
    }
  }
  const notes = [
    'Usable is what zfs list reports; vdev labels, partitioning and metaslab rounding are not modelled, so a real pool shows about 1–2 % less.',
    ...(version === undefined ? ['OpenZFS version not given: slop uses the ≥ 2.1 rule (capped at 128 GiB); pass --zfs-version for older releases.'] : []),
    ...(options.fillLimit === undefined ? ['Fill limit 80 % (default): the Solaris Internals ZFS Best Practices Guide says keep pools under 80 %; Oracle Solaris 11.4 allows up to 90 %; OpenZFS gives no number.'] : []),
  ];
  return {
    title: `ZFS pool: ${vdevCount} × ${layout} of ${disks.length} disks, ashift ${ashift}`,
    lines,
    inputs: [
      { name: 'layout', value: layout },
      { name: 'disks per vdev', value: describeDisks(disks) },
      { name: 'vdevs', value: String(vdevCount) },
      { name: 'ashift', value: `${ashift} (${2 ** ashift}-byte sectors)` },
      { name: 'recordsize', value: formatKiB(recordsize) },
      { name: 'OpenZFS version', value: version === undefined ? 'not given (≥ 2.1 assumed)' : formatOpenZfsVersion(version) },
      { name: 'fill limit', value: formatPercent(fillLimit) },
      ...(used !== undefined ? [{ name: 'used', value: formatBytes(used) }] : []),
      ...(growth !== undefined ? [{ name: 'growth per month', value: formatBytes(growth) }] : []),
    ],
    notes,
    sources: [
      'https://github.com/openzfs/zfs/blob/master/module/zfs/vdev_raidz.c (vdev_raidz_asize)',
      'https://github.com/openzfs/zfs/blob/master/module/zfs/vdev.c (vdev_set_deflate_ratio)',
      'https://github.com/openzfs/zfs/blob/master/module/zfs/spa_misc.c (spa_get_slop_space)',
      'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html',
      FILL_LIMIT_SOURCES[0],
    ],
  };
}

/** "128 KiB", "4 KiB", "1.5 KiB": block sizes read best in KiB. */
function formatKiB(value: number): string {
  return `${Math.round((value / KiB) * 100) / 100} KiB`;
}
