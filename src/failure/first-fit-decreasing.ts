/**
 * First-fit decreasing bin packing by memory: the guests to restart, largest first (ties by id), each
 * onto the first host (in the given order) that still has room. It is the classic 11/9·OPT heuristic;
 * the PVE CRM places recovered services by group priority and service count instead
 * (https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#ha_manager_fencing, "Recover Fenced
 * Services"), so a fit found here is a capacity statement, not a prediction of the chosen node.
 */
import { compareText } from '../intake/diagnostic.js';

export interface PackItem {
  readonly id: string;
  /** Bytes of memory; 0 when unknown. */
  readonly memory: number;
  /** Hosts the item may go to; all hosts when undefined. */
  readonly eligible?: readonly string[];
}

export interface PackBin {
  readonly host: string;
  /** Free bytes; Infinity when the host's capacity is unknown. */
  readonly free: number;
}

export interface PackResult {
  readonly placed: readonly { readonly id: string; readonly host: string; readonly memory: number }[];
  readonly unplaced: readonly { readonly id: string; readonly memory: number }[];
  /** Free memory per host after placing. */
  readonly free: ReadonlyMap<string, number>;
}

/** Packs `items` into `bins` first-fit decreasing by memory. */
export function firstFitDecreasing(items: readonly PackItem[], bins: readonly PackBin[]): PackResult {
  const free = new Map(bins.map((bin) => [bin.host, bin.free]));
  const order = [...items].sort((a, b) => b.memory - a.memory || compareText(a.id, b.id));
  const placed: { id: string; host: string; memory: number }[] = [];
  const unplaced: { id: string; memory: number }[] = [];
  for (const item of order) {
    const allowed = item.eligible ? new Set(item.eligible) : undefined;
    const bin = bins.find((candidate) => (!allowed || allowed.has(candidate.host)) && (free.get(candidate.host) ?? 0) >= item.memory);
    if (bin) {
      free.set(bin.host, (free.get(bin.host) ?? 0) - item.memory);
      placed.push({ id: item.id, host: bin.host, memory: item.memory });
    } else unplaced.push({ id: item.id, memory: item.memory });
  }
  return { placed, unplaced, free };
}
