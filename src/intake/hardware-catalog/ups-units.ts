/**
 * UPS models common in homelabs: VA and W ratings from the vendor page, and the nominal energy of
 * the replacement battery cartridge (volts × amp-hours). Nominal Wh overstates what a battery
 * delivers at high load; the power analyzer applies Peukert's law to it.
 */
import type { CatalogEntry, UpsFacts } from './catalog-entry.js';

const apc = (slug: string) => `https://www.apc.com/shop/us/en/products/${slug}`;

/** UPS models by model number. */
export const upsCatalog: readonly CatalogEntry<UpsFacts>[] = [
  {
    key: 'apc-br1500gi',
    name: 'APC Back-UPS Pro BR1500GI',
    match: /\bbr1500gi\b/i,
    facts: {
      va: { value: '1500VA', source: apc('P-BR1500GI') },
      watts: { value: '865W', source: apc('P-BR1500GI') },
      // APCRBC124: two 12 V 9 Ah lead-acid blocks.
      batteryWh: { value: '216Wh', source: apc('P-APCRBC124') },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'apc-bx1500m',
    name: 'APC Back-UPS Pro BX1500M',
    match: /\bbx1500m\b/i,
    facts: {
      va: { value: '1500VA', source: apc('P-BX1500M') },
      watts: { value: '900W', source: apc('P-BX1500M') },
      batteryWh: { value: '216Wh', source: apc('P-APCRBC124') },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'apc-smt1500ic',
    name: 'APC Smart-UPS SMT1500IC',
    match: /\bsmt1500(ic|i)?\b/i,
    facts: {
      va: { value: '1500VA', source: apc('P-SMT1500IC') },
      watts: { value: '1000W', source: apc('P-SMT1500IC') },
      // RBC7: two 12 V 18 Ah lead-acid blocks.
      batteryWh: { value: '432Wh', source: apc('P-RBC7') },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'eaton-5p-1550',
    name: 'Eaton 5P 1550',
    match: /\b5p\s*1550/i,
    facts: {
      va: { value: '1550VA', source: 'https://www.eaton.com/us/en-us/catalog/backup-power-ups-surge-it-power-distribution/eaton-5p-ups.html' },
      watts: { value: '1100W', source: 'https://www.eaton.com/us/en-us/catalog/backup-power-ups-surge-it-power-distribution/eaton-5p-ups.html' },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'cyberpower-cp1500pfclcd',
    name: 'CyberPower CP1500PFCLCD',
    match: /\bcp1500pfclcd\b/i,
    facts: {
      va: { value: '1500VA', source: 'https://www.cyberpowersystems.com/product/ups/pfc-sinewave/cp1500pfclcd/' },
      watts: { value: '1000W', source: 'https://www.cyberpowersystems.com/product/ups/pfc-sinewave/cp1500pfclcd/' },
      chemistry: 'lead-acid',
    },
  },
];
