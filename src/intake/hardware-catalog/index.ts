/**
 * The hardware catalog: a small table per category of what a model name implies, each figure with
 * its vendor source. `findEntry` never guesses: a model it does not know returns undefined.
 */
import type { CatalogEntry } from './catalog-entry.js';

export type { CatalogEntry, CpuFacts, DiskFacts, MachineFacts, NetworkDeviceFacts, PortGroup, Sourced, UpsFacts } from './catalog-entry.js';
export { cpuCatalog } from './cpus.js';
export { machineCatalog } from './machines.js';
export { networkDeviceCatalog } from './network-devices.js';
export { upsCatalog } from './ups-units.js';
export { ambiguousWdRed, diskCatalog } from './disks.js';

/** The first entry of `catalog` whose pattern matches `text`, or undefined. */
export function findEntry<Facts>(catalog: readonly CatalogEntry<Facts>[], text: string | undefined): CatalogEntry<Facts> | undefined {
  if (text === undefined || text.length === 0 || text.length > 2000) return undefined;
  return catalog.find((entry) => entry.match.test(text));
}
