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
import { parseApparentPower, parseEnergy, parsePower, parseRate, parseSize } from '../../src/intake/units/index.js';

const catalogs: Record<string, readonly CatalogEntry<object>[]> = { cpuCatalog, machineCatalog, networkDeviceCatalog, upsCatalog, diskCatalog };

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
      for (const figure of figures) expect(figure.source, entry.key).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      if (catalog !== diskCatalog) expect(findEntry(catalog, entry.name)?.key, entry.name).toBe(entry.key);
    }
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
    expect(findEntry(diskCatalog, 'Toshiba MG08 16TB')?.facts.smr?.value).toBe(false);
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
