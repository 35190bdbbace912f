import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEnergyPrice, parseEnergyPrice } from '../../../src/intake/units/energy-price.js';
import { expectRejected, expectWellBehaved, failureOf, near, valueOf } from './parse-expectations.js';

describe('parseEnergyPrice', () => {
  it.each([
    ['0.30 EUR/kWh', 0.3, 'EUR'],
    ['€0.30/kWh', 0.3, 'EUR'],
    ['€0.30 / kWh', 0.3, 'EUR'],
    ['0.30 EUR per kWh', 0.3, 'EUR'],
    ['$0.17/kWh', 0.17, 'USD'],
    ['300 EUR/MWh', 0.3, 'EUR'],
    ['0.0003 EUR/Wh', 0.3, 'EUR'],
    ['0.30 EUR', 0.3, 'EUR'],
    ['0.2871 GBP/kWh', 0.2871, 'GBP'],
  ] as const)('reads %j as %d %s per kWh', (text, amount, currency) => {
    expect(valueOf(parseEnergyPrice(text))).toEqual({ amount, currency });
  });

  it('reads cents and bare amounts in the default currency', () => {
    expect(valueOf(parseEnergyPrice('30 ct/kWh', 'EUR'))).toEqual({ amount: 0.3, currency: 'EUR' });
    expect(valueOf(parseEnergyPrice('28.5 cents/kWh', 'USD'))).toEqual({ amount: 0.285, currency: 'USD' });
    expect(valueOf(parseEnergyPrice('0.30/kWh', 'EUR'))).toEqual({ amount: 0.3, currency: 'EUR' });
    expect(valueOf(parseEnergyPrice(0.3, 'EUR'))).toEqual({ amount: 0.3, currency: 'EUR' });
  });

  it.each(['', '€0.30/kg', '30 ct/kWh', '0.30/kWh', 'EUR/kWh', '-0.30 EUR/kWh', '0,30 €/kWh', 'cheap'])('rejects %j', (text) => {
    expectRejected(parseEnergyPrice, text);
  });

  it('asks for the currency of cents', () => {
    expect(failureOf(parseEnergyPrice('30 ct/kWh')).hint).toBe('"30 ct/kWh" is in cents of no known currency; write it like "0.30 EUR/kWh"');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved((text) => parseEnergyPrice(text));
    expectWellBehaved((text) => parseEnergyPrice(text, 'EUR'));
  });
});

describe('formatEnergyPrice', () => {
  it.each([
    [0.3, '0.30 EUR/kWh'],
    [0.2871, '0.2871 EUR/kWh'],
    [0.301, '0.301 EUR/kWh'],
    [1.5, '1.50 EUR/kWh'],
  ])('prints %d as %j', (amount, text) => {
    expect(formatEnergyPrice({ amount, currency: 'EUR' })).toBe(text);
  });

  it('reads back what it prints, to a hundredth of a cent', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (amount) => {
        const parsed = valueOf(parseEnergyPrice(formatEnergyPrice({ amount, currency: 'EUR' })));
        expect(near(parsed.amount, amount, 0.00005 + 1e-15)).toBe(true);
      }),
    );
  });
});
