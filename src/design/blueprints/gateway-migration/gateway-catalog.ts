/**
 * Classes of gateway hardware the blueprint compares. A class is described by what can be checked on a
 * datasheet (ports, port speed, cores, clock, memory, disk); its idle draw is an assumption stated as
 * such, and its price comes from the price book (an assumption unless the user gives one).
 */
import type { BoxSpec } from './opnsense-sizing.js';

export interface GatewayClass extends BoxSpec {
  readonly id: string;
  /** Price-book id. */
  readonly price: string;
  readonly title: string;
  readonly ports: number;
  /** Speed of each port, bits per second. */
  readonly portSpeed: number;
  /** Idle draw at the wall, watts: an assumed planning figure. */
  readonly idleWatts: number;
}

export const GATEWAY_CLASSES: readonly GatewayClass[] = [
  { id: 'compact-2x1g', price: 'gateway-compact-2x1g', title: 'Compact appliance, 2 × 1GbE, dual-core, 32 GB eMMC', ports: 2, portSpeed: 1e9, cores: 2, ghz: 2, ramGiB: 4, diskGB: 32, idleWatts: 6 },
  { id: 'compact-4x2g5', price: 'gateway-compact-4x2g5', title: 'Compact appliance, 4 × 2.5GbE, quad-core, 128 GB SSD', ports: 4, portSpeed: 2.5e9, cores: 4, ghz: 2, ramGiB: 8, diskGB: 128, idleWatts: 10 },
  { id: 'rack-10g', price: 'gateway-rack-10g', title: '1U appliance, 2 × 10GbE SFP+ and 4 × 1GbE, 8-core, 256 GB SSD', ports: 6, portSpeed: 10e9, cores: 8, ghz: 2.2, ramGiB: 16, diskGB: 256, idleWatts: 25 },
];
