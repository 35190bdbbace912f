import { wattHours, type WattHours } from '../../model/quantities.js';
import { formatScaled } from './format-number.js';
import { type ParseResult } from './parse-result.js';
import { siScale } from './si-prefix.js';
import { parseSiQuantity, type SiQuantity } from './si-quantity.js';

const energyQuantity: SiQuantity = {
  expected: 'an energy such as "216 Wh" or "1.2 kWh"',
  symbols: ['wh', 'watt-hour', 'watt-hours'],
  unitList: 'Wh, kWh or MWh',
};

/** Reads an energy such as a battery's "216 Wh" or a yearly "1.2 kWh"; a number is watt-hours. */
export function parseEnergy(text: string | number): ParseResult<WattHours> {
  const result = parseSiQuantity(text, energyQuantity);
  return result.ok ? { ok: true, value: wattHours(result.value) } : result;
}

/** Prints an energy with up to two decimals in Wh, kWh or MWh: "216 Wh", "2.63 MWh". */
export function formatEnergy(value: WattHours): string {
  return formatScaled(value, siScale('Wh'), 2);
}
