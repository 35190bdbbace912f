/**
 * Processors common in homelab machines: physical cores and hardware threads, each from the
 * processor's own vendor page (Intel's product specification page by SKU id, AMD's product page).
 * Entries are matched on the model number, so "i5-8500T", "Core i5 8500T" and
 * "Intel(R) Core(TM) i5-8500T" all find the same row. A processor whose vendor page could not be
 * located is not listed: its cores and threads stay as the inventory gives them (or unknown).
 * Verification status of every row: docs/hardware-catalog.md.
 */
import type { CatalogEntry, CpuFacts } from './catalog-entry.js';

/** Intel's specification page for a SKU id and the page's name. */
const intelSku = (id: number, slug: string) => `https://www.intel.com/content/www/us/en/products/sku/${id}/${slug}/specifications.html`;

function intel(name: string, sku: string, cores: number, threads: number, source: string): CatalogEntry<CpuFacts> {
  return cpu(`Intel ${name}`, sku, cores, threads, source);
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
  intel('Core i3-8100T', 'i3-8100T', 4, 4, intelSku(129944, 'intel-core-i38100t-processor-6m-cache-3-10-ghz')),
  intel('Core i5-8400T', 'i5-8400T', 6, 6, intelSku(129940, 'intel-core-i58400t-processor-9m-cache-up-to-3-30-ghz')),
  intel('Core i5-8500T', 'i5-8500T', 6, 6, intelSku(129941, 'intel-core-i58500t-processor-9m-cache-up-to-3-50-ghz')),
  intel('Core i7-8700T', 'i7-8700T', 6, 12, intelSku(129948, 'intel-core-i78700t-processor-12m-cache-up-to-4-00-ghz')),
  intel('Core i5-9500T', 'i5-9500T', 6, 6, intelSku(191052, 'intel-core-i59500t-processor-9m-cache-up-to-3-70-ghz')),
  intel('Core i7-9700T', 'i7-9700T', 8, 8, intelSku(191048, 'intel-core-i79700t-processor-12m-cache-up-to-4-30-ghz')),
  intel('Core i5-10500T', 'i5-10500T', 6, 12, intelSku(199275, 'intel-core-i510500t-processor-12m-cache-up-to-3-80-ghz')),
  intel('Core i5-1135G7', 'i5-1135G7', 4, 8, intelSku(208658, 'intel-core-i51135g7-processor-8m-cache-up-to-4-20-ghz')),
  intel('Core i7-1165G7', 'i7-1165G7', 4, 8, intelSku(208662, 'intel-core-i71165g7-processor-12m-cache-up-to-4-70-ghz')),
  // Hybrid parts: total cores = performance + efficient cores; only performance cores run two threads.
  intel('Core i5-1240P', 'i5-1240P', 12, 16, intelSku(132221, 'intel-core-i51240p-processor-12m-cache-up-to-4-40-ghz')),
  intel('Core i7-1260P', 'i7-1260P', 12, 16, intelSku(226254, 'intel-core-i71260p-processor-18m-cache-up-to-4-70-ghz')),
  intel('Core i5-1340P', 'i5-1340P', 12, 16, intelSku(232126, 'intel-core-i51340p-processor-12m-cache-up-to-4-60-ghz')),
  intel('Core i9-12900H', 'i9-12900H', 14, 20, intelSku(132214, 'intel-core-i912900h-processor-24m-cache-up-to-5-00-ghz')),
  intel('Processor N100', 'N100', 4, 4, intelSku(231803, 'intel-processor-n100-6m-cache-up-to-3-40-ghz')),
  intel('Processor N95', 'N95', 4, 4, intelSku(231800, 'intel-processor-n95-6m-cache-up-to-3-40-ghz')),
  intel('Core i3-N305', 'i3-N305', 8, 8, intelSku(231805, 'intel-core-i3n305-processor-6m-cache-up-to-3-80-ghz')),
  intel('Celeron N5095', 'N5095', 4, 4, intelSku(212322, 'intel-celeron-processor-n5095-4m-cache-up-to-2-90-ghz')),
  intel('Celeron N5105', 'N5105', 4, 4, intelSku(212328, 'intel-celeron-processor-n5105-4m-cache-up-to-2-90-ghz')),
  intel('Celeron J4025', 'J4025', 2, 2, intelSku(197307, 'intel-celeron-processor-j4025-4m-cache-up-to-2-90-ghz')),
  intel('Celeron J4105', 'J4105', 4, 4, 'https://ark.intel.com/content/www/us/en/ark/products/128989/intel-celeron-processor-j4105.html'),
  intel('Celeron J4125', 'J4125', 4, 4, intelSku(197305, 'intel-celeron-processor-j4125-4m-cache-up-to-2-70-ghz')),
  intel('Xeon E-2224', 'E-2224', 4, 4, intelSku(191036, 'intel-xeon-e2224-processor-8m-cache-3-40-ghz')),
  // AMD publishes the embedded R1000 parts on one series page with a row per model.
  cpu('AMD Ryzen Embedded R1600', 'R1600', 2, 4, 'https://www.amd.com/en/products/embedded/ryzen/ryzen-r1000-series.html'),
  cpu('AMD Ryzen 5 5600G', '5600G', 6, 12, 'https://www.amd.com/en/products/apu/amd-ryzen-5-5600g'),
  cpu('AMD Ryzen 7 5800U', '5800U', 8, 16, 'https://www.amd.com/en/products/apu/amd-ryzen-7-5800u'),
];
