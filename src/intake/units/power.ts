import { watts, type Watts } from '../../model/quantities.js';
import { formatScaled } from './format-number.js';
import { type ParseResult } from './parse-result.js';
import { siScale } from './si-prefix.js';
import { parseSiQuantity, type SiQuantity } from './si-quantity.js';

const powerQuantity: SiQuantity = {
  expected: 'a power such as "65W" or "1.2 kW"',
  symbols: ['w', 'watt', 'watts'],
  unitList: 'W or kW',
};

/** Reads an electrical power draw such as "65W", "65 W" or "1.2kW"; a number is watts. */
export function parsePower(text: string | number): ParseResult<Watts> {
  const result = parseSiQuantity(text, powerQuantity);
  return result.ok ? { ok: true, value: watts(result.value) } : result;
}

/** Prints a power with up to two decimals in W, kW or MW: "65 W", "1.2 kW". */
export function formatPower(value: Watts): string {
  return formatScaled(value, siScale('W'), 2);
}
