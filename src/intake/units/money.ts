import type { Money } from '../../model/quantities.js';
import { decimalPattern, readDecimal, toNumber } from './decimal.js';
import { resolveCurrency } from './currencies.js';
import { groupThousands } from './format-number.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { maximumTextLength, problemHint } from './quantity-text.js';

const moneyExpected = 'an amount such as "€500", "500 EUR" or "$1,200"';

const currency = String.raw`[€$£]|[a-z]{3}`;
const sign = String.raw`([-\u2212]\s*)?`;
const currencyFirst = new RegExp(String.raw`^\s*${sign}(${currency})\s*${sign}(${decimalPattern})\s*$`, 'iu');
const currencyLast = new RegExp(String.raw`^\s*${sign}(${decimalPattern})\s*(${currency})\s*$`, 'iu');
const amountOnly = new RegExp(String.raw`^\s*${sign}(${decimalPattern})\s*$`, 'iu');
/** "1.200,50" or "0,30": a decimal comma, which Kestra does not read, so the hint can say so. */
const decimalComma = /\d,\d{1,2}(?!\d)|\d\.\d{3},/u;

/**
 * Reads an amount of money: "€500", "500 EUR", "$1,200", "0.30 EUR", "£20", "CHF 30", "30 USD".
 * Decimals use a dot and commas only group thousands. € $ £ mean EUR, USD, GBP. A bare number
 * takes `defaultCurrency`, and fails with a hint when there is none.
 */
export function parseMoney(text: string | number, defaultCurrency?: string): ParseResult<Money> {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text < 0) return fail(moneyExpected, problemHint(text < 0 ? 'negative' : 'not-finite', text));
    return withDefaultCurrency(text, text + 0, defaultCurrency);
  }
  if (typeof text !== 'string') return fail(moneyExpected, 'the value is not text or a number');
  if (text.trim() === '') return fail(moneyExpected, problemHint('empty', text));
  if (text.length > maximumTextLength) return fail(moneyExpected, problemHint('too-long', text));

  const first = currencyFirst.exec(text);
  const last = first === null ? currencyLast.exec(text) : null;
  const bare = first === null && last === null ? amountOnly.exec(text) : null;
  const negative = (first?.[1] ?? first?.[3] ?? last?.[1] ?? bare?.[1]) !== undefined;
  if (negative) return fail(moneyExpected, problemHint('negative', text));
  const amountText = first?.[4] ?? last?.[2] ?? bare?.[2];
  if (amountText === undefined) {
    if (decimalComma.test(text)) {
      return fail(moneyExpected, `${quote(text)} uses a decimal comma; write decimals with a dot, as in "1,200.50 EUR"`);
    }
    return fail(moneyExpected, `${quote(text)} is not an amount with a currency; write it like "500 EUR" or "€500"`);
  }
  const amount = toNumber(readDecimal(amountText));
  if (!Number.isFinite(amount)) return fail(moneyExpected, problemHint('not-finite', text));
  if (bare !== null) return withDefaultCurrency(text, amount, defaultCurrency);
  const currencyText = first?.[2] ?? last?.[3] ?? '';
  const code = resolveCurrency(currencyText);
  if (code === undefined) {
    return fail(moneyExpected, `${quote(text)} has unknown currency ${quote(currencyText)}; use a code such as EUR, USD, GBP or CHF`);
  }
  return succeed({ amount, currency: code });
}

/** Completes a bare amount with the default currency, or explains that one is missing. */
function withDefaultCurrency(text: string | number, amount: number, defaultCurrency: string | undefined): ParseResult<Money> {
  if (defaultCurrency === undefined) {
    const shown = typeof text === 'number' ? String(text) : text.trim();
    return fail(moneyExpected, `${quote(text)} has no currency; write it like "${shown} EUR"`);
  }
  const code = resolveCurrency(defaultCurrency);
  if (code === undefined) return fail(moneyExpected, `the default currency ${quote(defaultCurrency)} is not an ISO 4217 code`);
  return succeed({ amount, currency: code });
}

/** Prints money with two decimals, thousands grouped and the code after: "1,200.00 EUR", "131.40 EUR". */
export function formatMoney(value: Money): string {
  return `${formatAmount(value.amount, 2)} ${value.currency}`;
}

/** Prints an amount with `decimals` fixed decimals and comma-grouped thousands; shared with energy prices. */
export function formatAmount(amount: number, decimals: number): string {
  const fixed = Math.abs(amount).toFixed(decimals);
  if (!Number.isFinite(amount) || fixed.includes('e')) return String(amount);
  const [whole = '', fraction] = fixed.split('.');
  const unsigned = fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  return amount < 0 && /[1-9]/u.test(fixed) ? `-${unsigned}` : unsigned;
}
