import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from '../../../src/intake/units/money.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

describe('parseMoney', () => {
  it.each([
    ['€500', 500, 'EUR'],
    ['€ 500', 500, 'EUR'],
    ['500€', 500, 'EUR'],
    ['500 EUR', 500, 'EUR'],
    ['500 eur', 500, 'EUR'],
    ['$1,200', 1200, 'USD'],
    ['0.30 EUR', 0.3, 'EUR'],
    ['£20', 20, 'GBP'],
    ['CHF 30', 30, 'CHF'],
    ['30 USD', 30, 'USD'],
    ['1,234,567.89 SEK', 1_234_567.89, 'SEK'],
  ] as const)('reads %j as %d %s', (text, amount, currency) => {
    expect(valueOf(parseMoney(text))).toEqual({ amount, currency });
  });

  it('gives a bare amount the default currency', () => {
    expect(valueOf(parseMoney('500', 'EUR'))).toEqual({ amount: 500, currency: 'EUR' });
    expect(valueOf(parseMoney(500, 'eur'))).toEqual({ amount: 500, currency: 'EUR' });
    expect(valueOf(parseMoney('500', '€'))).toEqual({ amount: 500, currency: 'EUR' });
  });

  it('keeps an explicit currency over the default', () => {
    expect(valueOf(parseMoney('$5', 'EUR'))).toEqual({ amount: 5, currency: 'USD' });
  });

  it('asks for a currency when there is no default', () => {
    expect(failureOf(parseMoney('500')).hint).toBe('"500" has no currency; write it like "500 EUR"');
    expect(failureOf(parseMoney(500)).hint).toContain('500');
  });

  it('rejects a default currency that is not a code', () => {
    expect(failureOf(parseMoney('500', 'euro')).hint).toContain('"euro" is not an ISO 4217 code');
  });

  it.each(['', 'abc', '-€5', '€-5', '1.200,50 €', '0,30 EUR', '500 ERU', '$1,200 USD', '€', '5 € extra', '1e400 EUR', '€1,00'])('rejects %j', (text) => {
    expectRejected(parseMoney, text);
  });

  it('explains decimal commas and unknown currencies', () => {
    expect(failureOf(parseMoney('1.200,50 €')).hint).toContain('decimal comma');
    expect(failureOf(parseMoney('500 ERU')).hint).toContain('unknown currency "ERU"');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved((text) => parseMoney(text));
    expectWellBehaved((text) => parseMoney(text, 'EUR'));
    expectWellBehavedOnNumbers((value) => parseMoney(value, 'EUR'));
  });
});

describe('formatMoney', () => {
  it.each([
    [131.4, 'EUR', '131.40 EUR'],
    [1200, 'USD', '1,200.00 USD'],
    [0.3, 'EUR', '0.30 EUR'],
    [1_234_567.891, 'GBP', '1,234,567.89 GBP'],
    [0, 'CHF', '0.00 CHF'],
    [-12.5, 'EUR', '-12.50 EUR'],
  ] as const)('prints %d %s as %j', (amount, currency, text) => {
    expect(formatMoney({ amount, currency })).toBe(text);
  });

  it('reads back what it prints, to the cent', () => {
    const currencies = fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'JPY');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), currencies, (amount, currency) => {
        const parsed = valueOf(parseMoney(formatMoney({ amount, currency })));
        expect(parsed.currency).toBe(currency);
        expect(near(parsed.amount, amount, 0.005 + amount * 1e-15)).toBe(true);
      }),
    );
  });

  it('reads back whole cents exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (cents) => {
        const amount = Number(`${cents}e-2`);
        expect(valueOf(parseMoney(formatMoney({ amount, currency: 'EUR' }))).amount).toBe(amount);
      }),
    );
  });
});
