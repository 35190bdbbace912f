import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voltAmperes, wattHours, watts } from '../../../src/model/quantities.js';
import { formatApparentPower, parseApparentPower } from '../../../src/intake/units/apparent-power.js';
import { formatEnergy, parseEnergy } from '../../../src/intake/units/energy.js';
import { formatPower, parsePower } from '../../../src/intake/units/power.js';
import type { ParseResult } from '../../../src/intake/units/parse-result.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

/** Power, apparent power and energy share one grammar (an SI-prefixed unit), so they share one table of cases. */
const units: readonly {
  readonly name: string;
  readonly parse: (text: string | number) => ParseResult<number>;
  readonly format: (value: number) => string;
  readonly readings: readonly (readonly [string, number])[];
  readonly printed: readonly (readonly [number, string])[];
}[] = [
  {
    name: 'power',
    parse: parsePower,
    format: (value) => formatPower(watts(value)),
    readings: [['65W', 65], ['65 W', 65], ['1.2kW', 1200], ['1.2 kw', 1200], ['1.2 KW', 1200], ['12.5 watts', 12.5], ['2 kilowatts', 2000], ['1 MW', 1e6], ['300', 300]],
    printed: [[65, '65 W'], [1200, '1.2 kW'], [12.345, '12.35 W'], [999.999, '1 kW'], [0, '0 W']],
  },
  {
    name: 'apparent power',
    parse: parseApparentPower,
    format: (value) => formatApparentPower(voltAmperes(value)),
    readings: [['1500VA', 1500], ['1500 va', 1500], ['1.5 kVA', 1500], ['1.5kva', 1500], ['900', 900]],
    printed: [[1500, '1.5 kVA'], [900, '900 VA']],
  },
  {
    name: 'energy',
    parse: parseEnergy,
    format: (value) => formatEnergy(wattHours(value)),
    readings: [['216 Wh', 216], ['216wh', 216], ['1.2 kWh', 1200], ['2.6 MWh', 2.6e6], ['1,000 kWh', 1e6], ['5', 5]],
    printed: [[216, '216 Wh'], [1200, '1.2 kWh'], [2_628_000, '2.63 MWh']],
  },
];

describe.each(units)('$name', ({ parse, format, readings, printed }) => {
  it.each(readings)('reads %j as %d', (text, value) => {
    expect(valueOf(parse(text))).toBe(value);
  });

  it.each(printed)('prints %d as %j', (value, text) => {
    expect(format(value)).toBe(text);
  });

  it.each(['', 'abc', '-65W', '5 mW', '65 W extra', '1e400', '12 A'])('rejects %j', (text) => {
    expectRejected(parse, text);
  });

  it('reads back what it prints, within the printed precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), (value) => {
        expect(near(valueOf(parse(format(value))), value, Math.max(0.005 * value, 0.005))).toBe(true);
      }),
    );
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parse);
    expectWellBehavedOnNumbers(parse);
  });
});

it('refuses lower-case "m", which would be milli', () => {
  expect(failureOf(parsePower('5 mW')).hint).toBe('"5 mW" has unknown unit "mW"; use W or kW');
});
