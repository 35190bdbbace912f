/** The hardware catalog: every figure has a vendor source, every entry finds its own name, unknown models are not guessed. */
import { describe, expect, it } from 'vitest';
import {
  ambiguousWdRed,
  cpuCatalog,
  diskCatalog,
  findEntry,
  machineCatalog,
  networkDeviceCatalog,
  upsCatalog,
  type CatalogEntry,
} from '../../src/intake/hardware-catalog/index.js';
import { redactText } from '../../src/intake/secrets.js';
import { parseApparentPower, parseEnergy, parsePower, parseRate, parseSize } from '../../src/intake/units/index.js';

const catalogs: Record<string, readonly CatalogEntry<object>[]> = { cpuCatalog, machineCatalog, networkDeviceCatalog, upsCatalog, diskCatalog };

/**
 * The vendors whose own pages the catalog cites (docs/hardware-catalog.md). A figure sourced anywhere
 * else (a shop, a review, a forum, a search page) fails the test below.
 */
const vendorDomains = [
  'amd.com',
  'bee-link.com',
  'cyberpowersystems.com',
  'eaton.com',
  'hpe.com',
  'intel.com',
  'lenovo.com',
  'mikrotik.com',
  'minisforum.com',
  'netgear.com',
  'qnap.com',
  'se.com',
  'seagate.com',
  'synology.com',
  'ui.com',
  'westerndigital.com',
];

/** True when `url` is https on a vendor's domain (or a subdomain of it) and is not a search page. */
function isVendorSource(url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || parsed.protocol !== 'https:') return false;
  if (/search/i.test(parsed.pathname) || parsed.search !== '') return false;
  return vendorDomains.some((domain) => parsed.hostname === domain || parsed.hostname.endsWith(`.${domain}`));
}

/** Every `{ value, source }` in an entry's facts. */
function sourced(facts: object): { value: unknown; source: string }[] {
  const found: { value: unknown; source: string }[] = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    if ('source' in value && 'value' in value) found.push(value as { value: unknown; source: string });
    else for (const child of Object.values(value)) visit(child);
  };
  visit(facts);
  return found;
}

describe('hardware catalog', () => {
  it.each(Object.entries(catalogs))('%s: keys unique, every figure has an https vendor source, every entry matches its own name', (_, catalog) => {
    expect(new Set(catalog.map((entry) => entry.key)).size).toBe(catalog.length);
    for (const entry of catalog) {
      const figures = sourced(entry.facts);
      expect(figures.length, entry.key).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(isVendorSource(figure.source), `${entry.key}: ${figure.source}`).toBe(true);
        // A source the output redaction mistakes for a token would reach the user as "[redacted]".
        expect(redactText(figure.source), `${entry.key}: ${figure.source}`).toBe(figure.source);
      }
      if (catalog !== diskCatalog) expect(findEntry(catalog, entry.name)?.key, entry.name).toBe(entry.key);
    }
  });

  it('the source check refuses what is not a vendor page', () => {
    expect(isVendorSource('https://www.intel.com/content/www/us/en/products/sku/208658/intel-core-i51135g7-processor-8m-cache-up-to-4-20-ghz/specifications.html')).toBe(true);
    expect(isVendorSource('http://www.intel.com/content/www/us/en/products/sku/208658/')).toBe(false);
    expect(isVendorSource('https://ark.intel.com/content/www/us/en/ark/search.html?q=i5-8500T')).toBe(false);
    expect(isVendorSource('https://www.notebookcheck.net/Intel-Core-i5-1135G7.497141.0.html')).toBe(false);
    expect(isVendorSource('https://evil-intel.com/specs')).toBe(false);
    expect(isVendorSource('https://intel.com.example.org/specs')).toBe(false);
    expect(isVendorSource('not a url')).toBe(false);
  });

  it('holds the verified figures (docs/hardware-catalog.md)', () => {
    const cpu = (name: string) => findEntry(cpuCatalog, name)?.facts;
    expect(cpu('i3-8100T')).toMatchObject({ cores: { value: 4 }, threads: { value: 4 } });
    expect(cpu('i5-8500T')).toMatchObject({ cores: { value: 6 }, threads: { value: 6 } });
    expect(cpu('i7-8700T')).toMatchObject({ cores: { value: 6 }, threads: { value: 12 } });
    expect(cpu('i7-9700T')).toMatchObject({ cores: { value: 8 }, threads: { value: 8 } });
    expect(cpu('i5-10500T')).toMatchObject({ cores: { value: 6 }, threads: { value: 12 } });
    expect(cpu('i5-1135G7')?.cores.source).toContain('/products/sku/208658/');
    expect(cpu('i7-1260P')).toMatchObject({ cores: { value: 12 }, threads: { value: 16 } });
    expect(cpu('i9-12900H')).toMatchObject({ cores: { value: 14 }, threads: { value: 20 } });
    expect(cpu('J4025')).toMatchObject({ cores: { value: 2 }, threads: { value: 2 } });
    expect(cpu('AMD Ryzen Embedded R1600')).toMatchObject({ cores: { value: 2 }, threads: { value: 4 } });
    // Removed: no vendor page located for these, so they stay unknown instead of assumed.
    for (const name of ['Xeon E-2314', 'i7-10700T', 'i5-8600T', 'Pentium Gold G5420', 'Ryzen 7 7840HS']) expect(findEntry(cpuCatalog, name), name).toBeUndefined();
    // The EQ12 name covers several CPUs: no CPU is implied.
    expect(findEntry(machineCatalog, 'Beelink EQ12')?.facts.cpu).toBeUndefined();
    expect(findEntry(machineCatalog, 'Intel NUC 11 Pro')?.facts.maxMemory?.source).toBe('https://ark.intel.com/products/205594');
    // No UPS battery energy is assumed: the cartridges' figures were not confirmed from a vendor page.
    for (const entry of upsCatalog) expect(entry.facts.batteryWh, entry.key).toBeUndefined();
    expect(findEntry(upsCatalog, 'APC BR1500GI')?.facts).toMatchObject({ va: { value: '1500VA' }, watts: { value: '865W' } });
  });

  it('figures parse with the unit parsers', () => {
    for (const entry of machineCatalog) {
      if (entry.facts.maxMemory) expect(parseSize(entry.facts.maxMemory.value, 'memory').ok, entry.key).toBe(true);
      for (const group of entry.facts.nics?.value ?? []) expect(parseRate(group.speed).ok, entry.key).toBe(true);
      if (entry.facts.cpu) expect(findEntry(cpuCatalog, entry.facts.cpu.value), `${entry.key} CPU ${entry.facts.cpu.value} is in the CPU catalog`).toBeDefined();
    }
    for (const entry of upsCatalog) {
      expect(parseApparentPower(entry.facts.va.value).ok).toBe(true);
      expect(parsePower(entry.facts.watts.value).ok).toBe(true);
      if (entry.facts.batteryWh) expect(parseEnergy(entry.facts.batteryWh.value).ok).toBe(true);
      const va = parseApparentPower(entry.facts.va.value);
      const watts = parsePower(entry.facts.watts.value);
      if (va.ok && watts.ok) expect(watts.value, `${entry.key}: W <= VA`).toBeLessThanOrEqual(va.value);
    }
    for (const entry of cpuCatalog) expect(entry.facts.threads.value).toBeGreaterThanOrEqual(entry.facts.cores.value);
  });

  it('WD Red: the four documented EFAX SMR models, CMR for every other model number, unknown without one', () => {
    for (const model of ['WD20EFAX', 'WD30EFAX', 'WD40EFAX', 'WD60EFAX']) expect(findEntry(diskCatalog, `WD Red 4TB ${model}`)?.facts.smr?.value, model).toBe(true);
    for (const model of ['WD80EFAX', 'WD40EFRX', 'WD40EFZX', 'WD80EFZZ', 'WD101EFAX']) expect(findEntry(diskCatalog, model)?.facts.smr?.value, model).toBe(false);
    expect(findEntry(diskCatalog, 'WD Red Plus 4TB')?.facts.smr?.value).toBe(false);
    expect(findEntry(diskCatalog, 'WD Red 4TB')).toBeUndefined();
    expect(ambiguousWdRed.test('WD Red 4TB')).toBe(true);
    expect(ambiguousWdRed.test('WD Red Plus 4TB')).toBe(false);
    expect(findEntry(diskCatalog, 'Seagate IronWolf 8TB')?.facts.smr?.value).toBe(false);
    expect(findEntry(diskCatalog, 'ST8000DM004')?.facts.smr?.value).toBe(true);
    expect(findEntry(diskCatalog, 'WD80EFZZ')?.facts.smr?.source).toContain('westerndigital.com/products/');
    // Lines no vendor statement covers are not guessed.
    expect(findEntry(diskCatalog, 'Toshiba MG08 16TB')).toBeUndefined();
    expect(findEntry(diskCatalog, 'Seagate Exos X18 16TB')).toBeUndefined();
  });

  it('does not guess unknown models', () => {
    expect(findEntry(machineCatalog, 'Some Brand X100 mini PC')).toBeUndefined();
    expect(findEntry(cpuCatalog, 'Intel Core i5-99999Z')).toBeUndefined();
    expect(findEntry(upsCatalog, 'APC Back-UPS 700')).toBeUndefined();
    expect(findEntry(networkDeviceCatalog, 'UniFi USW-Pro-24')).toBeUndefined();
    expect(findEntry(cpuCatalog, 'i5-8500')).toBeUndefined();
    expect(findEntry(cpuCatalog, 'Intel Core i5-8500T')?.facts.cores.value).toBe(6);
  });
});
