/**
 * A host's capacity for guests: overcommit ratios, memory left after reservations, and headroom.
 * Proxmox VE notes vCPU overcommit is "perfectly safe" in moderation (qm.adoc, "CPU"); memory is the
 * resource that runs out. https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_cpu
 */
import { bytes, ratio, type Bytes, type Ratio } from '../../model/quantities.js';

/** allocated / physical (1.5 means 150 %). */
export function overcommitRatio(allocated: number, physical: number): Ratio {
  if (!(physical > 0)) throw new RangeError(`physical capacity must be positive, got ${physical}`);
  return ratio(allocated / physical);
}

/** Memory guests may use: physical − reserved. */
export function guestMemoryCapacity(physical: Bytes, reserved: Bytes): Bytes {
  return bytes(physical - reserved);
}

/** Memory left for more guests: capacity − allocated (negative means overcommitted). */
export function memoryHeadroom(capacity: Bytes, allocated: Bytes): Bytes {
  return bytes(capacity - allocated);
}

/** (allocated + reserved) / physical. */
export function memoryCommitRatio(allocated: Bytes, reserved: Bytes, physical: Bytes): Ratio {
  return overcommitRatio(allocated + reserved, physical);
}
