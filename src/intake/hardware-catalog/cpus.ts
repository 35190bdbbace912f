/**
 * Processors common in homelab machines: physical cores and hardware threads. Intel figures are
 * from Intel ARK (the search link opens the processor's specification page); AMD figures from AMD's
 * product specifications. Entries are matched on the model number, so "i5-8500T", "Core i5 8500T"
 * and "Intel(R) Core(TM) i5-8500T" all find the same row.
 */
import type { CatalogEntry, CpuFacts } from './catalog-entry.js';

const ark = (sku: string) => `https://ark.intel.com/content/www/us/en/ark/search.html?q=${sku}`;
const amd = 'https://www.amd.com/en/products/specifications/processors.html';

function intel(name: string, sku: string, cores: number, threads: number): CatalogEntry<CpuFacts> {
  return cpu(`Intel ${name}`, sku, cores, threads, ark(sku));
}

function cpu(name: string, sku: string, cores: number, threads: number, source: string): CatalogEntry<CpuFacts> {
  const pattern = sku.replace(/[-\s]/g, '[-\\s]?');
  return {
    key: sku.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    match: new RegExp(`(^|[^a-z0-9])${pattern}($|[^a-z0-9])`, 'i'),
    facts: { cores: { value: cores, source }, threads: { value: threads, source } },
  };
}

/** Processors by model number. */
export const cpuCatalog: readonly CatalogEntry<CpuFacts>[] = [
  intel('Core i3-8100T', 'i3-8100T', 4, 4),
  intel('Core i5-8400T', 'i5-8400T', 6, 6),
  intel('Core i5-8500T', 'i5-8500T', 6, 6),
  intel('Core i5-8600T', 'i5-8600T', 6, 6),
  intel('Core i7-8700T', 'i7-8700T', 6, 12),
  intel('Core i5-9500T', 'i5-9500T', 6, 6),
  intel('Core i7-9700T', 'i7-9700T', 8, 8),
  intel('Core i5-10500T', 'i5-10500T', 6, 12),
  intel('Core i7-10700T', 'i7-10700T', 8, 16),
  intel('Core i3-1115G4', 'i3-1115G4', 2, 4),
  intel('Core i5-1135G7', 'i5-1135G7', 4, 8),
  intel('Core i7-1165G7', 'i7-1165G7', 4, 8),
  intel('Core i5-1240P', 'i5-1240P', 12, 16),
  intel('Core i7-1260P', 'i7-1260P', 12, 16),
  intel('Core i5-1340P', 'i5-1340P', 12, 16),
  intel('Core i7-1360P', 'i7-1360P', 12, 16),
  intel('Core i5-12600H', 'i5-12600H', 12, 16),
  intel('Core i9-12900H', 'i9-12900H', 14, 20),
  intel('Core i9-13900H', 'i9-13900H', 14, 20),
  intel('Processor N100', 'N100', 4, 4),
  intel('Processor N95', 'N95', 4, 4),
  intel('Core i3-N305', 'i3-N305', 8, 8),
  intel('Celeron N5095', 'N5095', 4, 4),
  intel('Celeron N5105', 'N5105', 4, 4),
  intel('Pentium Silver N6005', 'N6005', 4, 4),
  intel('Celeron J4025', 'J4025', 2, 2),
  intel('Celeron J4105', 'J4105', 4, 4),
  intel('Celeron J4125', 'J4125', 4, 4),
  intel('Pentium Gold G5420', 'G5420', 2, 4),
  intel('Xeon E-2224', 'E-2224', 4, 4),
  intel('Xeon E-2314', 'E-2314', 4, 4),
  cpu('AMD Ryzen Embedded R1600', 'R1600', 2, 4, amd),
  cpu('AMD Ryzen Embedded V1500B', 'V1500B', 4, 8, amd),
  cpu('AMD Ryzen 5 5600X', '5600X', 6, 12, amd),
  cpu('AMD Ryzen 5 5600G', '5600G', 6, 12, amd),
  cpu('AMD Ryzen 7 5700U', '5700U', 8, 16, amd),
  cpu('AMD Ryzen 7 5800U', '5800U', 8, 16, amd),
  cpu('AMD Ryzen 7 7840HS', '7840HS', 8, 16, amd),
];
