/** Gateways, switches and access points common in homelabs: what they are and their built-in ports (sources: docs/hardware-catalog.md). */
import type { CatalogEntry, NetworkDeviceFacts } from './catalog-entry.js';

const unifi = (path: string) => `https://techspecs.ui.com/unifi/${path}`;

/** Network gear by model name. */
export const networkDeviceCatalog: readonly CatalogEntry<NetworkDeviceFacts>[] = [
  {
    key: 'unifi-ucg-ultra',
    name: 'UniFi Cloud Gateway Ultra (UCG-Ultra)',
    match: /\bucg[-\s]?ultra\b|\bcloud\s+gateway\s+ultra\b/i,
    facts: {
      kind: 'gateway',
      vendor: 'Ubiquiti',
      ports: {
        value: [
          { count: 1, speed: '2.5GbE' },
          { count: 4, speed: '1GbE' },
        ],
        source: unifi('cloud-gateways/ucg-ultra'),
      },
    },
  },
  {
    key: 'unifi-udm-pro',
    name: 'UniFi Dream Machine Pro (UDM Pro)',
    match: /\budm[-\s]?pro\b(?![-\s]?max)|\bdream\s+machine\s+pro\b(?!\s+max)/i,
    facts: {
      kind: 'gateway',
      vendor: 'Ubiquiti',
      ports: {
        value: [
          { count: 9, speed: '1GbE' },
          { count: 2, speed: '10GbE' },
        ],
        source: unifi('cloud-gateways/udm-pro'),
      },
    },
  },
  {
    key: 'unifi-usw-lite-8-poe',
    name: 'UniFi Switch Lite 8 PoE (USW-Lite-8-PoE)',
    match: /\busw[-\s]?lite[-\s]?8[-\s]?poe\b|\bswitch\s+lite\s+8\s+poe\b/i,
    facts: {
      kind: 'switch',
      vendor: 'Ubiquiti',
      ports: {
        value: [
          { count: 4, speed: '1GbE', poe: true },
          { count: 4, speed: '1GbE' },
        ],
        source: unifi('switching/usw-lite-8-poe'),
      },
    },
  },
  {
    key: 'unifi-u6-lite',
    name: 'UniFi U6 Lite',
    match: /\bu6[-\s]?lite\b/i,
    facts: { kind: 'access-point', vendor: 'Ubiquiti', ports: { value: [{ count: 1, speed: '1GbE' }], source: unifi('wifi/u6-lite') } },
  },
  {
    key: 'mikrotik-crs309',
    name: 'MikroTik CRS309-1G-8S+IN',
    match: /\bcrs309\b/i,
    facts: {
      kind: 'switch',
      vendor: 'MikroTik',
      ports: {
        value: [
          { count: 8, speed: '10GbE' },
          { count: 1, speed: '1GbE' },
        ],
        source: 'https://mikrotik.com/product/crs309_1g_8s_in',
      },
    },
  },
  {
    key: 'netgear-gs308e',
    name: 'Netgear GS308E',
    match: /\bgs308e\b/i,
    facts: {
      kind: 'switch',
      vendor: 'Netgear',
      ports: { value: [{ count: 8, speed: '1GbE' }], source: 'https://www.netgear.com/business/wired/switches/plus/gs308e/' },
    },
  },
];
