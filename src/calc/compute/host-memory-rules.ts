/**
 * Memory a host's own software needs, by the vendors' published rules.
 * - Proxmox VE: "minimum 2 GB for OS and Proxmox VE services" (read as GiB).
 *   https://pve.proxmox.com/wiki/System_Requirements (proxmox/pve-docs pve-system-requirements.adoc)
 * - Proxmox Backup Server: "minimum 4 GiB for the OS, filesystem cache and Proxmox Backup Server
 *   daemons. Add at least another GiB per TiB storage space."
 *   https://pbs.proxmox.com/docs/system-requirements.html
 * - TrueNAS: 8 GB minimum, "+1 GB for each drive added after eight", "~1 GB of RAM… for every 50 GB
 *   of L2ARC". https://www.truenas.com/docs/references/hardwareguide/ (truenas/documentation TNHardwareGuide.md)
 */
import { bytes, GB, GiB, TiB, type Bytes } from '../../model/quantities.js';

export const PVE_BASE_MEMORY = bytes(2 * GiB);
export const PBS_BASE_MEMORY = bytes(4 * GiB);
export const TRUENAS_BASE_MEMORY = bytes(8 * GiB);
/** Drives TrueNAS's 8 GB minimum covers before each extra drive adds 1 GB. */
export const TRUENAS_DRIVES_IN_BASE = 8;
/** L2ARC bytes per GiB of RAM for its headers (TrueNAS: 1 GB per 50 GB). */
export const TRUENAS_L2ARC_PER_GIB = 50 * GB;

/** PBS: 4 GiB + 1 GiB per TiB of datastore. */
export function pbsMemory(datastore: Bytes): Bytes {
  return bytes(Math.round(PBS_BASE_MEMORY + (datastore / TiB) * GiB));
}

/** TrueNAS: 8 GiB + 1 GiB per drive beyond eight + 1 GiB per 50 GB of L2ARC. */
export function trueNasMemory(drives: number, l2arc: Bytes = bytes(0)): Bytes {
  const extraDrives = Math.max(0, drives - TRUENAS_DRIVES_IN_BASE);
  return bytes(Math.round(TRUENAS_BASE_MEMORY + extraDrives * GiB + (l2arc / TRUENAS_L2ARC_PER_GIB) * GiB));
}

/** Bytes of ARC each L2ARC block header takes (TrueNAS hardware guide). */
export const L2ARC_HEADER_BYTES = 88;

/** RAM the headers of an L2ARC device filled with `blockSize` blocks take: l2arc / blockSize × 88 B. */
export function l2arcHeaderMemory(l2arc: Bytes, blockSize: Bytes): Bytes {
  return bytes(Math.round((l2arc / blockSize) * L2ARC_HEADER_BYTES));
}
