/**
 * UPS models common in homelabs: VA and W ratings from the vendor page. Battery energy is not listed:
 * the replacement cartridges' volts and amp-hours could not be confirmed from a vendor page, so the reader asks for
 * it (an open question) instead of assuming it. `batteryWh` stays in the shape for a model whose
 * vendor datasheet states it. Verification status of every figure: docs/hardware-catalog.md.
 */
import type { CatalogEntry, UpsFacts } from './catalog-entry.js';

/** Schneider Electric's (APC's) product page of a commercial reference; `region` is ww for 230 V models, us for 120 V ones. */
const apc = (reference: string, region: 'ww' | 'us' = 'ww') => `https://www.se.com/${region}/en/product/${reference}/`;

/** UPS models by model number. */
export const upsCatalog: readonly CatalogEntry<UpsFacts>[] = [
  {
    key: 'apc-br1500gi',
    name: 'APC Back-UPS Pro BR1500GI',
    match: /\bbr1500gi\b/i,
    facts: {
      va: { value: '1500VA', source: apc('BR1500GI') },
      watts: { value: '865W', source: apc('BR1500GI') },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'apc-bx1500m',
    name: 'APC Back-UPS Pro BX1500M',
    match: /\bbx1500m\b/i,
    facts: {
      va: { value: '1500VA', source: apc('BX1500M', 'us') },
      watts: { value: '900W', source: apc('BX1500M', 'us') },
      chemistry: 'lead-acid',
    },
  },
  {
    key: 'apc-smt1500ic',
    name: 'APC Smart-UPS SMT1500IC',
    match: /\bsmt1500(ic|i)?\b/i,
    facts: {
      va: { value: '1500VA', source: apc('SMT1500IC') },
      watts: { value: '1000W', source: apc('SMT1500IC') },
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
