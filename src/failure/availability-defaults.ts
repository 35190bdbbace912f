/**
 * Default availability of each kind of component, for service availability. They are planning
 * figures, A = 1 − yearly downtime / 8760 h, not measurements; a spec overrides them per kind with
 * `settings.availability` (keys below, e.g. `switch: 99.99%`) and per entity with `availability`.
 */
import type { Model } from '../model/types.js';

const HOURS_PER_YEAR = 8760;
const fromDowntimeHours = (hours: number): number => 1 - hours / HOURS_PER_YEAR;

export interface DefaultAvailability {
  readonly value: number;
  /** How the figure was reached, with its source. */
  readonly basis: string;
}

/** Defaults by key; a component looks up its most specific key first (e.g. "hdd", then "disk"). */
export const defaultAvailabilities: Readonly<Record<string, DefaultAvailability>> = {
  feed: {
    value: fromDowntimeHours(7.8),
    basis: 'US customers averaged 7.8 h of interruptions in 2017 including major events (EIA, https://www.eia.gov/todayinenergy/detail.cfm?id=37652)',
  },
  ups: { value: 0.9999, basis: 'assumed ≈ 53 min/year: battery and inverter faults; batteries need replacing every 3–5 years' },
  pdu: { value: 0.99999, basis: 'assumed ≈ 5 min/year for a passive PDU' },
  host: {
    value: 0.9995,
    basis: '≈ 4.4 h/year: about 8 % of servers see a hardware fault per year, repaired in a day (Vishwanath & Nagappan, SoCC 2010, https://www.microsoft.com/en-us/research/publication/characterizing-cloud-computing-hardware-reliability/), plus update reboots',
  },
  switch: { value: 0.9999, basis: 'assumed ≈ 53 min/year: vendor MTBF of 200,000 h or more with a next-day replacement, plus firmware updates' },
  'access-point': { value: 0.9999, basis: 'assumed, as a switch' },
  gateway: { value: 0.9995, basis: 'assumed ≈ 4.4 h/year: firmware updates and reboots of a single router' },
  router: { value: 0.9995, basis: 'assumed, as a gateway' },
  firewall: { value: 0.9995, basis: 'assumed, as a gateway' },
  modem: { value: 0.9995, basis: 'assumed, as a gateway' },
  ont: { value: 0.9995, basis: 'assumed, as a gateway' },
  link: { value: 0.99999, basis: 'assumed ≈ 5 min/year for a cable and its two ports' },
  nic: { value: 0.99999, basis: 'assumed ≈ 5 min/year for a NIC, its cable and switch port' },
  disk: {
    value: 1 - (0.017 * 48) / HOURS_PER_YEAR,
    basis: 'annualised failure rate 1.7 % (Backblaze Drive Stats 2023, https://www.backblaze.com/blog/backblaze-drive-stats-for-2023/) × 48 h to replace and resilver',
  },
  wan: { value: 0.999, basis: 'assumed 8.76 h/year for a consumer or small-business uplink without an SLA' },
  workload: { value: 0.9995, basis: 'assumed ≈ 4.4 h/year: guest crashes and patch reboots' },
};

export interface ResolvedAvailability {
  readonly value: number;
  /** "spec" (the entity's own field), "settings.availability.<key>" or "default <key>". */
  readonly source: string;
}

/** Resolves a component's availability: its own field, then settings by key, then the defaults by key. */
export type AvailabilityResolver = (keys: readonly string[], own?: number) => ResolvedAvailability;

/** An availability resolver for `model`'s settings. */
export function availabilityResolver(model: Pick<Model, 'settings'>): AvailabilityResolver {
  const settings = model.settings.availability ?? {};
  return (keys, own) => {
    if (own !== undefined) return { value: own, source: 'spec' };
    for (const key of keys) {
      const configured = settings[key];
      if (configured !== undefined) return { value: configured, source: `settings.availability.${key}` };
    }
    for (const key of keys) {
      const fallback = defaultAvailabilities[key];
      if (fallback) return { value: fallback.value, source: `default ${key}` };
    }
    return { value: 1, source: 'none' };
  };
}
