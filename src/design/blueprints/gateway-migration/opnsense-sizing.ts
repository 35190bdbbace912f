/**
 * Gateway sizing from the OPNsense hardware guide (https://docs.opnsense.org/manual/hardware.html,
 * "Hardware requirements" and "Throughput"): a throughput tier names the specification it needs.
 * Intrusion detection and prevention need disk writes (its alert database), which the guide's
 * "minimum" specification excludes, so IDS needs at least the "reasonable" one. The guide's last
 * tier is "350–750+ Mbps"; above 750 Mbps it gives no figure, so Kestra asks for a measurement.
 * Vendors publish no IPS throughput Kestra can verify: the build step measures it.
 */

export const OPNSENSE_HARDWARE_GUIDE = 'https://docs.opnsense.org/manual/hardware.html';

export interface GuideTier {
  readonly id: 'minimum' | 'reasonable' | 'recommended';
  /** Highest WAN rate the tier is listed for, bits per second. */
  readonly upTo: number;
  readonly cores: number;
  readonly ghz: number;
  readonly ramGiB: number;
  /** Install target size, GB; 0 where a memory card suffices. */
  readonly diskGB: number;
  readonly ids: boolean;
}

/** The guide's tiers, smallest first. */
export const GUIDE_TIERS: readonly GuideTier[] = [
  { id: 'minimum', upTo: 150e6, cores: 1, ghz: 0.5, ramGiB: 0.5, diskGB: 4, ids: false },
  { id: 'reasonable', upTo: 350e6, cores: 2, ghz: 1, ramGiB: 1, diskGB: 40, ids: true },
  { id: 'recommended', upTo: 750e6, cores: 2, ghz: 1.5, ramGiB: 4, diskGB: 120, ids: true },
];

export interface BoxSpec {
  readonly cores: number;
  readonly ghz: number;
  readonly ramGiB: number;
  readonly diskGB: number;
}

/** The tier a WAN rate needs (with IDS at least "reasonable"); undefined above the guide's last tier. */
export function requiredTier(wanDown: number, ids: boolean): GuideTier | undefined {
  return GUIDE_TIERS.find((tier) => wanDown <= tier.upTo && (!ids || tier.ids));
}

/** The highest tier whose specification `box` meets, or undefined below the minimum. */
export function tierOf(box: BoxSpec): GuideTier | undefined {
  return [...GUIDE_TIERS].reverse().find((tier) => box.cores >= tier.cores && box.ghz >= tier.ghz && box.ramGiB >= tier.ramGiB && box.diskGB >= tier.diskGB);
}
