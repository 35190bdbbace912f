/**
 * Prices used in designs. Kestra never invents a price as a fact: a price is either the user's
 * (designTask's `prices` option, or a host's `cost` in the spec) or a stated assumption from the table
 * below, which the report lists under Assumptions with "enter your own quote". Assumed prices are
 * rounded street prices for new hardware in EUR as of 2025 and are deliberately round numbers.
 */
import type { Money } from '../model/quantities.js';
import type { Assumption } from '../model/types.js';

export interface PriceEntry {
  readonly id: string;
  readonly item: string;
  readonly price: Money;
  readonly source: 'input' | 'assumed';
  readonly note: string;
}

/** Assumed prices, EUR. Each is a planning figure, not a quote. */
export const ASSUMED_PRICES: Readonly<Record<string, { readonly item: string; readonly amount: number }>> = {
  'qdevice-sbc': { item: 'Raspberry Pi 5 (4 GB) with case, power supply and 32 GB card, for corosync-qnetd', amount: 90 },
  'usb-nic-2g5': { item: 'USB 3 2.5GbE adapter (Realtek RTL8156B)', amount: 25 },
  'patch-cable': { item: 'Cat6 patch cable', amount: 5 },
  'switch-small': { item: '5-port unmanaged gigabit switch', amount: 25 },
  'mini-pc-node': { item: 'Mini PC like the existing nodes (6 cores, 32 GB RAM, 1 TB NVMe)', amount: 450 },
  'nic-10g': { item: 'Dual-port 10GbE SFP+ network card', amount: 80 },
  'switch-10g': { item: '4/8-port SFP+ 10GbE switch', amount: 200 },
  'dac-10g': { item: 'SFP+ direct-attach copper cable', amount: 20 },
  'hdd-per-tb': { item: 'NAS hard disk, per TB of capacity', amount: 20 },
  'ssd-per-tb': { item: 'SATA SSD, per TB of capacity', amount: 70 },
  'nvme-per-tb': { item: 'NVMe SSD, per TB of capacity', amount: 60 },
  'gateway-compact-2x1g': { item: 'Compact x86 firewall appliance, 2 × 1GbE, dual-core, 4 GB RAM, 32 GB eMMC', amount: 150 },
  'gateway-compact-4x2g5': { item: 'Compact x86 firewall appliance, 4 × 2.5GbE (Intel i226), quad-core, 8 GB RAM, 128 GB SSD', amount: 300 },
  'gateway-rack-10g': { item: '1U x86 firewall appliance, 2 × 10GbE SFP+ and 4 × 1GbE, 8-core, 16 GB RAM, 256 GB SSD', amount: 800 },
  'pbs-box': { item: 'Small-form-factor PC for Proxmox Backup Server (quad-core, 16 GB RAM) without data disks', amount: 250 },
  'usb-disk-per-tb': { item: 'External USB hard disk for an offline copy, per TB', amount: 25 },
  'cloud-storage-tb-year': { item: 'Object storage with object lock, per TB-year', amount: 75 },
  'switch-managed-8': { item: '8-port managed gigabit switch with 802.1Q VLANs', amount: 40 },
  'access-point': { item: 'Wi-Fi 6 access point with PoE injector', amount: 100 },
  'vps-year': { item: 'Small VPS (1 vCPU, 1 GB RAM) for one year', amount: 60 },
  'sbc-monitoring': { item: 'Raspberry Pi 5 (8 GB) with NVMe SSD, case and power supply, for monitoring', amount: 150 },
  'ups-700va': { item: 'Line-interactive UPS, 700 VA / 390 W, 1 × 12 V 7 Ah battery (84 Wh)', amount: 90 },
  'ups-1000va': { item: 'Line-interactive UPS, 1000 VA / 600 W, 2 × 12 V 7 Ah batteries (168 Wh)', amount: 160 },
  'ups-1500va': { item: 'Line-interactive UPS, 1500 VA / 900 W, 2 × 12 V 9 Ah batteries (216 Wh)', amount: 250 },
  'ups-2200va': { item: 'Line-interactive UPS, 2200 VA / 1320 W, 2 × 12 V 18 Ah batteries (432 Wh)', amount: 650 },
};

/** Where the assumed prices are explained, for the report. */
export const ASSUMED_PRICE_NOTE = 'assumed street price (EUR, 2025, new hardware); not a quote — enter your own';

export interface PriceBook {
  /** The price of `id`: the user's when given, else the stated assumption. */
  price(id: string): PriceEntry;
  /** The assumption to list for every assumed price used so far. */
  assumptions(used: readonly PriceEntry[]): Assumption[];
}

/** A price book over the assumed table with the user's `overrides` (Money per price id). */
export function priceBook(overrides: Readonly<Record<string, Money>> = {}): PriceBook {
  return {
    price(id) {
      const known = ASSUMED_PRICES[id];
      const given = overrides[id];
      if (given !== undefined) return { id, item: known?.item ?? id, price: given, source: 'input', note: 'price given as input' };
      if (known === undefined) throw new Error(`no price for "${id}"; add it to ASSUMED_PRICES or pass it in prices`);
      return { id, item: known.item, price: { amount: known.amount, currency: 'EUR' }, source: 'assumed', note: ASSUMED_PRICE_NOTE };
    },
    assumptions(used) {
      const assumed = [...new Map(used.filter((entry) => entry.source === 'assumed').map((entry) => [entry.id, entry])).values()];
      if (assumed.length === 0) return [];
      const list = assumed
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => `${entry.item}: ${entry.price.amount} ${entry.price.currency}`)
        .join('; ');
      return [{ id: 'design/assumed-prices', text: `Prices not given were assumed (${ASSUMED_PRICE_NOTE}): ${list}.`, sources: [] }];
    },
  };
}
