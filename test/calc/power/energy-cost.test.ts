import { describe, expect, it } from 'vitest';
import { energyCost, yearlyEnergyKwh } from '../../../src/calc/power/energy-cost.js';
import { psuEfficiency, wallDraw } from '../../../src/calc/power/psu-efficiency.js';
import { ratio, watts } from '../../../src/model/quantities.js';

describe('energy and cost (domain.md §6)', () => {
  it('P1: 100 W all year is 876 kWh; $131.40 at $0.15/kWh; €262.80 at €0.30/kWh', () => {
    const kwh = yearlyEnergyKwh(watts(100));
    expect(kwh).toBeCloseTo((100 * 8760) / 1000, 12);
    expect(energyCost(kwh, { amount: 0.15, currency: 'USD' }).amount.toFixed(2)).toBe('131.40');
    expect(energyCost(kwh, { amount: 0.3, currency: 'EUR' })).toEqual({ amount: expect.closeTo(262.8, 9), currency: 'EUR' });
  });

  it('scales with hours per day', () => {
    expect(yearlyEnergyKwh(watts(100), 12)).toBeCloseTo(438, 12);
    expect(() => yearlyEnergyKwh(watts(100), 25)).toThrow(RangeError);
  });

  it('P3: 500 W DC from 600 W at the wall is 83.3 % efficient', () => {
    expect((psuEfficiency(watts(500), watts(600)) * 100).toFixed(1)).toBe('83.3');
    expect(wallDraw(watts(500), ratio(500 / 600))).toBeCloseTo(600, 9);
  });
});
