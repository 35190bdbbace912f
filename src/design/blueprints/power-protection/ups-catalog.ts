/**
 * Classes of line-interactive UPS the blueprint compares, by what a datasheet states (VA, W, battery
 * pack); each price comes from the price book (an assumption unless the user gives one). Battery
 * energy is the pack's nominal N × 12 V × Ah.
 */
export interface UpsClass {
  readonly id: string;
  /** Price-book id. */
  readonly price: string;
  readonly va: number;
  readonly watts: number;
  readonly batteryWh: number;
  readonly chemistry: 'lead-acid' | 'lithium';
}

export const UPS_CLASSES: readonly UpsClass[] = [
  { id: 'ups-700va', price: 'ups-700va', va: 700, watts: 390, batteryWh: 1 * 12 * 7, chemistry: 'lead-acid' },
  { id: 'ups-1000va', price: 'ups-1000va', va: 1000, watts: 600, batteryWh: 2 * 12 * 7, chemistry: 'lead-acid' },
  { id: 'ups-1500va', price: 'ups-1500va', va: 1500, watts: 900, batteryWh: 2 * 12 * 9, chemistry: 'lead-acid' },
  { id: 'ups-2200va', price: 'ups-2200va', va: 2200, watts: 1320, batteryWh: 2 * 12 * 18, chemistry: 'lead-acid' },
];
