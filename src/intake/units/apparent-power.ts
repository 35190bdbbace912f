import { voltAmperes, type VoltAmperes } from '../../model/quantities.js';
import { formatScaled } from './format-number.js';
import { type ParseResult } from './parse-result.js';
import { siScale } from './si-prefix.js';
import { parseSiQuantity, type SiQuantity } from './si-quantity.js';

const apparentPowerQuantity: SiQuantity = {
  expected: 'an apparent power such as "1500VA" or "1.5 kVA"',
  symbols: ['va', 'volt-ampere', 'volt-amperes'],
  unitList: 'VA or kVA',
};

/** Reads a UPS rating in volt-amperes such as "1500VA" or "1.5 kVA"; a number is volt-amperes. */
export function parseApparentPower(text: string | number): ParseResult<VoltAmperes> {
  const result = parseSiQuantity(text, apparentPowerQuantity);
  return result.ok ? { ok: true, value: voltAmperes(result.value) } : result;
}

/** Prints an apparent power with up to two decimals in VA or kVA: "1500 VA" is printed "1.5 kVA". */
export function formatApparentPower(value: VoltAmperes): string {
  return formatScaled(value, siScale('VA'), 2);
}
