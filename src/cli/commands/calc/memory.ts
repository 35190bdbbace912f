/**
 * `kestra calc memory`: what a Proxmox VE host keeps for itself (base, ZFS ARC maximum, Ceph OSD
 * memory targets) and what is left for guests, with the alternative ARC rules side by side.
 */
import { Command } from 'commander';
import { CEPH_OSD_MEMORY_TARGET, cephOsdMemory } from '../../../calc/compute/ceph-osd-memory.js';
import { guestMemoryCapacity, memoryCommitRatio, memoryHeadroom, overcommitRatio } from '../../../calc/compute/host-capacity.js';
import { PVE_BASE_MEMORY } from '../../../calc/compute/host-memory-rules.js';
import { ARC_RULE_FORMULA, arcMax, pveArcRuleOfThumb, type ArcRule } from '../../../calc/compute/zfs-arc-max.js';
import { formatOpenZfsVersion, isAtLeast, parseOpenZfsVersion } from '../../../calc/zfs/openzfs-version.js';
import { formatBytes, formatMemory, formatPercent, parseSize } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseChoiceFlag, parseFlag, parseOptionalFlag, parseOptionalIntegerFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The flags of `kestra calc memory`; counts may be numbers when a typed caller gives them. */
export interface MemoryOptions {
  ram?: string;
  zfsPoolSize?: string;
  zfsVersion?: string;
  arcRule?: string;
  osds?: string | number;
  osdTarget?: string;
  guests?: string;
  vcpus?: string | number;
  threads?: string | number;
}

const arcRuleChoices = ['openzfs', 'pve-installer'] as const;

const OTHER_RULE_LABEL: Readonly<Record<ArcRule, string>> = {
  'openzfs-2.3+': 'ARC with the OpenZFS ≥ 2.3 default',
  'openzfs-2.2-': 'ARC with the OpenZFS ≤ 2.2 default',
  'pve-installer': 'ARC as the PVE installer sets it',
};

/** The `kestra calc memory` command. */
export function memoryCalcCommand(io: Io): Command {
  return new Command('memory')
    .description('Proxmox VE host memory: reservations (base, ZFS ARC, Ceph OSDs), guest capacity, headroom and overcommit.')
    .option('--ram <size>', 'installed memory, e.g. 64GB (read as GiB)')
    .option('--zfs-pool-size <size>', 'ZFS storage on the host, e.g. 16TB (counts the ARC; sizes the PVE rule of thumb)')
    .option('--zfs-version <version>', 'OpenZFS version, e.g. 2.3 (ARC default: ≥ 2.3 RAM − 1 GiB, ≤ 2.2 half of RAM)')
    .option('--arc-rule <rule>', `which ARC maximum applies: ${arcRuleChoices.join(' or ')} (the PVE ≥ 8.1 installer's 10 %)`)
    .option('--osds <count>', 'Ceph OSDs on the host')
    .option('--osd-target <size>', 'osd_memory_target per OSD (default 4GiB)')
    .option('--guests <size>', 'memory assigned to guests, e.g. 48GB')
    .option('--vcpus <count>', 'vCPUs assigned to guests')
    .option('--threads <count>', 'hardware threads of the host')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ kestra calc memory --ram 64GB --zfs-pool-size 16TB --osds 2 --zfs-version 2.3 --guests 48GB')
    .action((options: MemoryOptions & { json?: boolean }) => printCalcResult(io, memoryCalc(options), options.json === true));
}

/** Computes `kestra calc memory` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function memoryCalc(options: MemoryOptions): CalcResult {
  if (options.ram === undefined) throw new UsageError('--ram is required', 'give the installed memory, e.g. --ram 64GB');
  const ram = parseFlag('--ram', options.ram, (text) => parseSize(text, 'memory')).bytes;
  if (!(ram > 0)) throw new UsageError('--ram must be more than 0', 'write e.g. --ram 64GB');
  const poolSize = parseOptionalFlag('--zfs-pool-size', options.zfsPoolSize, (text) => parseSize(text, 'disk'))?.bytes;
  const version = options.zfsVersion === undefined ? undefined : parseOpenZfsVersion(options.zfsVersion);
  if (options.zfsVersion !== undefined && version === undefined) throw new UsageError(`--zfs-version ${JSON.stringify(options.zfsVersion)} is not a version`, 'write e.g. --zfs-version 2.3');
  const arcChoice = options.arcRule === undefined ? undefined : parseChoiceFlag('--arc-rule', options.arcRule, arcRuleChoices);
  const osds = parseOptionalIntegerFlag('--osds', options.osds, 0, 1000) ?? 0;
  const osdTarget = parseOptionalFlag('--osd-target', options.osdTarget, (text) => parseSize(text, 'memory'))?.bytes ?? CEPH_OSD_MEMORY_TARGET;
  const guests = parseOptionalFlag('--guests', options.guests, (text) => parseSize(text, 'memory'))?.bytes;
  const vcpus = parseOptionalIntegerFlag('--vcpus', options.vcpus, 0, 100_000);
  const threads = parseOptionalIntegerFlag('--threads', options.threads, 1, 100_000);

  const hasZfs = poolSize !== undefined || version !== undefined || arcChoice !== undefined;
  const versionRule: ArcRule = version !== undefined && isAtLeast(version, 2, 3) ? 'openzfs-2.3+' : 'openzfs-2.2-';
  const rule: ArcRule = arcChoice === 'pve-installer' ? 'pve-installer' : versionRule;
  const arc = hasZfs ? arcMax(ram, rule) : bytes(0);
  const osdMemory = cephOsdMemory(osds, osdTarget);
  const reserved = bytes(PVE_BASE_MEMORY + arc + osdMemory);
  const capacity = guestMemoryCapacity(ram, reserved);
  const lines: CalcLine[] = [
    { key: 'pve-base', label: 'Proxmox VE base', value: formatMemory(PVE_BASE_MEMORY), amount: PVE_BASE_MEMORY, unit: 'bytes', formula: 'documented minimum for the OS and PVE services' },
    { key: 'arc-max', label: 'ZFS ARC maximum', value: hasZfs ? formatMemory(arc) : '0 (no ZFS: give --zfs-pool-size or --zfs-version)', amount: arc, unit: 'bytes', formula: hasZfs ? ARC_RULE_FORMULA[rule] : 'no ZFS on this host' },
  ];
  if (hasZfs) {
    for (const other of ['openzfs-2.3+', 'openzfs-2.2-', 'pve-installer'] as const) {
      if (other !== rule) lines.push({ key: `arc-max-${other.replace(/[+-]$/u, '')}`, label: `  ${OTHER_RULE_LABEL[other]}`, value: formatMemory(arcMax(ram, other)), amount: arcMax(ram, other), unit: 'bytes', formula: ARC_RULE_FORMULA[other] });
    }
    if (poolSize !== undefined) lines.push({ key: 'arc-rule-of-thumb', label: '  ARC by the PVE rule of thumb', value: formatMemory(pveArcRuleOfThumb(poolSize)), amount: pveArcRuleOfThumb(poolSize), unit: 'bytes', formula: '2 GiB + 1 GiB per TiB of storage (set zfs_arc_max to it)' });
  }
  lines.push(
    { key: 'osd-memory', label: 'Ceph OSD memory', value: `${formatMemory(osdMemory)} (${osds} × ${formatMemory(osdTarget)})`, amount: osdMemory, unit: 'bytes', formula: 'OSDs × osd_memory_target' },
    { key: 'memory-reserved', label: 'Memory reserved', value: formatMemory(reserved), amount: reserved, unit: 'bytes', formula: 'base + ARC maximum + OSD memory' },
    { key: 'guest-memory-capacity', label: 'Guest memory capacity', value: formatMemory(capacity), amount: capacity, unit: 'bytes', formula: 'RAM − reserved' },
  );
  if (guests !== undefined) {
    const headroom = memoryHeadroom(capacity, guests);
    lines.push(
      { key: 'memory-headroom', label: 'Memory headroom', value: headroom < 0 ? `${formatMemory(bytes(-headroom))} short (overcommitted)` : formatMemory(headroom), amount: headroom, unit: 'bytes', formula: 'guest capacity − guest memory' },
      { key: 'memory-commit-ratio', label: 'Memory commit', value: formatPercent(memoryCommitRatio(guests, reserved, ram)), amount: memoryCommitRatio(guests, reserved, ram), unit: 'ratio', formula: '(guest memory + reserved) / RAM' },
    );
  }
  if (vcpus !== undefined && threads !== undefined) {
    lines.push({ key: 'vcpu-overcommit', label: 'vCPU overcommit', value: formatPercent(overcommitRatio(vcpus, threads)), amount: overcommitRatio(vcpus, threads), unit: 'ratio', formula: 'vCPUs / hardware threads' });
  }
  const notes = [
    ...(hasZfs && version === undefined && rule !== 'pve-installer' ? ['OpenZFS version not given: the ARC uses the ≤ 2.2 default (half of RAM); ≥ 2.3 allows RAM − 1 GiB.'] : []),
    ...(hasZfs ? ['The ARC gives memory back under pressure, but not as fast as guests can claim it; Proxmox VE advises capping zfs_arc_max.'] : []),
    ...(hasZfs && poolSize !== undefined && pveArcRuleOfThumb(poolSize) < arc
      ? [`With zfs_arc_max set to the PVE rule of thumb (${formatMemory(pveArcRuleOfThumb(poolSize))}), guest memory capacity would be ${formatMemory(guestMemoryCapacity(ram, bytes(PVE_BASE_MEMORY + pveArcRuleOfThumb(poolSize) + osdMemory)))}.`]
      : []),
    ...(osds > 0 && options.osdTarget === undefined ? ['osd_memory_target 4 GiB is the Ceph default; Ceph advises about 8 GB per BlueStore OSD.'] : []),
    ...(vcpus !== undefined && threads === undefined ? ['--vcpus needs --threads to give the overcommit.'] : []),
  ];
  return {
    title: `Host memory: ${formatMemory(ram)} RAM`,
    lines,
    inputs: [
      { name: 'RAM', value: formatMemory(ram) },
      { name: 'ZFS', value: hasZfs ? `${poolSize !== undefined ? formatBytes(poolSize) : 'size not given'}, OpenZFS ${version === undefined ? 'version not given' : formatOpenZfsVersion(version)}` : 'none' },
      { name: 'ARC rule', value: hasZfs ? rule : 'none' },
      { name: 'Ceph OSDs', value: String(osds) },
      ...(guests !== undefined ? [{ name: 'guest memory', value: formatMemory(guests) }] : []),
      ...(vcpus !== undefined ? [{ name: 'guest vCPUs', value: String(vcpus) }] : []),
      ...(threads !== undefined ? [{ name: 'threads', value: String(threads) }] : []),
    ],
    notes,
    sources: [
      'https://pve.proxmox.com/wiki/System_Requirements',
      'https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_zfs_limit_memory_usage',
      'https://github.com/openzfs/zfs/blob/master/module/os/linux/zfs/arc_os.c (arc_default_max)',
      'https://docs.ceph.com/en/latest/start/hardware-recommendations/',
    ],
  };
}

