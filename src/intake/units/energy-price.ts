import type { Money } from '../../model/quantities.js';
import { decimalPattern, exact, multiply, readDecimal, toNumber, type ExactDecimal } from './decimal.js';
import { formatAmount, parseMoney } from './money.js';
import { resolveCurrency } from './currencies.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { maximumTextLength, problemHint } from './quantity-text.js';
import { siUnitFactor } from './si-prefix.js';

const priceExpected = 'a price per kWh such as "0.30 EUR/kWh", "€0.30/kWh" or "30 ct/kWh"';

/** The "/" or "per" between the money and the energy unit; a plain search, so long blank runs cannot make it slow. */
const perSeparator = /\/|\bper\b/iu;
/** Cents of the default currency: "30 ct", "30 cents". */
const cents = new RegExp(String.raw`^\s*(${decimalPattern})\s*(?:ct|cent|cents)\s*$`, 'iu');

/**
 * Reads an electricity price and returns the price of one kWh: "0.30 EUR/kWh", "€0.30/kWh",
 * "0.30 EUR per kWh", "300 EUR/MWh" (→ 0.30 per kWh), "30 ct/kWh" (cents of `defaultCurrency`).
 * Without a "/unit" the price is taken as per kWh, the unit every retail tariff uses.
 */
export function parseEnergyPrice(text: string | number, defaultCurrency?: string): ParseResult<Money> {
  if (typeof text === 'number') {
    const money = parseMoney(text, defaultCurrency);
    return money.ok ? money : fail(priceExpected, money.hint);
  }
  if (typeof text !== 'string') return fail(priceExpected, 'the value is not text or a number');
  if (text.trim() === '') return fail(priceExpected, problemHint('empty', text));
  if (text.length > maximumTextLength) return fail(priceExpected, problemHint('too-long', text));

  const separator = perSeparator.exec(text);
  const moneyText = separator === null ? text : text.slice(0, separator.index);
  const unitText = separator === null ? 'kWh' : text.slice(separator.index + separator[0].length).trim();
  const unit = siUnitFactor(unitText, ['wh']);
  if (unit === undefined) return fail(priceExpected, `${quote(text)} is priced per ${quote(unitText)}; give the price per kWh`);

  const perEnergyUnit = readPrice(text, moneyText, defaultCurrency);
  if (!perEnergyUnit.ok) {
    const hint = perEnergyUnit.hint.startsWith(quote(text)) ? perEnergyUnit.hint : `in ${quote(text)}, ${perEnergyUnit.hint}`;
    return fail(priceExpected, hint);
  }
  const { amount, currency } = perEnergyUnit.value;
  const perKilowattHour = toNumber(multiply(amount, exact(1n, 3 - unit.exponent)));
  if (!Number.isFinite(perKilowattHour)) return fail(priceExpected, problemHint('not-finite', text));
  return succeed({ amount: perKilowattHour, currency });
}

/** Reads the money part exactly, so the per-MWh conversion does not drift. */
function readPrice(
  text: string,
  moneyText: string,
  defaultCurrency: string | undefined,
): ParseResult<{ readonly amount: ExactDecimal; readonly currency: string }> {
  const centsMatch = cents.exec(moneyText);
  if (centsMatch !== null) {
    const currency = defaultCurrency === undefined ? undefined : resolveCurrency(defaultCurrency);
    if (currency === undefined) return fail(priceExpected, `${quote(text)} is in cents of no known currency; write it like "0.30 EUR/kWh"`);
    return succeed({ amount: multiply(readDecimal(centsMatch[1] ?? '0'), exact(1n, -2)), currency });
  }
  const money = parseMoney(moneyText, defaultCurrency);
  if (!money.ok) return money;
  // String() gives the shortest decimal that reads back as the same double: the digits typed.
  return succeed({ amount: readDecimal(String(money.value.amount)), currency: money.value.currency });
}

/** Prints a price per kWh with two to four decimals, since tariffs often quote tenths of a cent: "0.3012 EUR/kWh". */
export function formatEnergyPrice(value: Money): string {
  const four = formatAmount(value.amount, 4);
  const trimmed = four.includes('.') ? four.replace(/0{1,2}$/u, '') : four;
  return `${trimmed} ${value.currency}/kWh`;
}
