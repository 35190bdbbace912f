/** Prints a fact's value in its unit, the way every renderer shows it. */
import type { Fact } from '../analyze/fact.js';
import {
  formatApparentPower,
  formatBytes,
  formatDuration,
  formatEnergy,
  formatMemory,
  formatMoney,
  formatPercent,
  formatPower,
  formatRate,
} from '../intake/units/index.js';
import type { BitsPerSecond, Bytes, Ratio, Seconds, VoltAmperes, WattHours, Watts } from '../model/quantities.js';

/** The value of a fact in human units, or "unknown". */
export function formatFactValue(fact: Fact): string {
  if (fact.status === 'unknown') return 'unknown';
  const value = fact.value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  switch (fact.unit) {
    case 'bytes':
      // Memory is bought and shown in binary units (a "32 GB" DIMM is 32 GiB); disks in decimal.
      return fact.layer === 'compute' ? formatMemory(value as Bytes) : formatBytes(value as Bytes);
    case 'bits-per-second':
      return formatRate(value as BitsPerSecond);
    case 'bytes-per-second':
      return `${formatBytes(value as Bytes)}/s`;
    case 'watts':
      return formatPower(value as Watts);
    case 'volt-amperes':
      return formatApparentPower(value as VoltAmperes);
    case 'watt-hours':
      return formatEnergy(value as WattHours);
    case 'kilowatt-hours':
      return `${formatNumber(value)} kWh`;
    case 'seconds':
      return formatDuration(value as Seconds);
    case 'days':
      return `${formatNumber(value)} days`;
    case 'ratio':
      return formatPercent(value as Ratio);
    case 'money':
      return formatMoney({ amount: value, currency: fact.currency ?? '' });
    case 'count':
      return formatNumber(value);
    default:
      return formatNumber(value);
  }
}

/** A number with at most two decimals and no trailing zeros, locale-independent. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  return String(rounded);
}
