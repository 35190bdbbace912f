/**
 * The ZFS ARC's default maximum size, which differs by OpenZFS version and by who wrote
 * /etc/modprobe.d/zfs.conf.
 * - OpenZFS ≥ 2.3 (Linux and FreeBSD): max(RAM − 1 GiB, 5/8 RAM); below 1 GiB of RAM: max(5/8 RAM, arc_c_min).
 *   openzfs/zfs module/os/linux/zfs/arc_os.c arc_default_max(), PR #15437
 *   (https://github.com/openzfs/zfs/pull/15437).
 * - OpenZFS ≤ 2.2 on Linux: max(RAM / 2, arc_c_min).
 *   https://github.com/openzfs/zfs/blob/zfs-2.2.0/module/os/linux/zfs/arc_os.c
 * - arc_c_min = max(RAM / 32, 32 MiB): openzfs/zfs module/zfs/arc.c arc_init().
 * - Proxmox VE installer ≥ 8.1 with ZFS root: clamp(round(RAM MiB × 0.1), 64 MiB, 16384 MiB).
 *   proxmox/pve-installer Proxmox/Install/RunEnv.pm default_zfs_arc_max();
 *   https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_zfs_limit_memory_usage
 * - Proxmox VE rule of thumb: 2 GiB base + 1 GiB per TiB of storage (same page).
 * The PVE docs' "62.5 % starting on ZFS 2.3.0" is not the code's rule; the code's rule is used.
 */
import { bytes, GiB, MiB, TiB, type Bytes } from '../../model/quantities.js';

export type ArcRule = 'openzfs-2.3+' | 'openzfs-2.2-' | 'pve-installer';

/** arc_c_min: 1/32 of RAM, at least 32 MiB (2 × SPA_MAXBLOCKSIZE). */
export function arcMin(ram: Bytes): Bytes {
  return bytes(Math.max(Math.floor(ram / 32), 32 * MiB));
}

/** ARC maximum by the OpenZFS default of the given version rule. */
export function openZfsArcMax(ram: Bytes, rule: 'openzfs-2.3+' | 'openzfs-2.2-'): Bytes {
  const minimum = arcMin(ram);
  if (rule === 'openzfs-2.2-') return bytes(Math.max(Math.floor(ram / 2), minimum));
  const size = ram >= GiB ? ram - GiB : minimum;
  return bytes(Math.max(Math.floor((ram * 5) / 8), size));
}

/** PVE installer: 10 % of RAM in MiB, rounded as Perl's sprintf('%.0f') does, clamped to [64, 16384] MiB. */
export const PVE_INSTALLER_ARC_PERCENT = 0.1;
export const PVE_INSTALLER_ARC_MIN_MIB = 64;
export const PVE_INSTALLER_ARC_MAX_MIB = 16 * 1024;

/** The zfs_arc_max the Proxmox VE installer writes, in bytes. */
export function pveInstallerArcMax(ram: Bytes): Bytes {
  const mib = roundHalfEven((ram / MiB) * PVE_INSTALLER_ARC_PERCENT);
  return bytes(Math.min(Math.max(mib, PVE_INSTALLER_ARC_MIN_MIB), PVE_INSTALLER_ARC_MAX_MIB) * MiB);
}

/** Proxmox VE's sizing advice: 2 GiB base + 1 GiB per TiB of storage. */
export function pveArcRuleOfThumb(storage: Bytes): Bytes {
  return bytes(Math.round(2 * GiB + (storage / TiB) * GiB));
}

/** The ARC maximum under `rule`. */
export function arcMax(ram: Bytes, rule: ArcRule): Bytes {
  return rule === 'pve-installer' ? pveInstallerArcMax(ram) : openZfsArcMax(ram, rule);
}

/** How each rule reads as a formula. */
export const ARC_RULE_FORMULA: Readonly<Record<ArcRule, string>> = {
  'openzfs-2.3+': 'OpenZFS ≥ 2.3 default: max(RAM − 1 GiB, 5/8 × RAM)',
  'openzfs-2.2-': 'OpenZFS ≤ 2.2 default (Linux): max(RAM / 2, RAM / 32)',
  'pve-installer': 'Proxmox VE ≥ 8.1 installer: clamp(10 % of RAM, 64 MiB, 16 GiB)',
};

/** C's printf("%.0f") rounding of a double: to nearest, ties to even. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
