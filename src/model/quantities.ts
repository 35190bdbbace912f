/**
 * Branded quantity types. Every number that crosses a module boundary carries its unit in its type,
 * so a byte count can never be passed where bits per second are expected.
 */
export type Bytes = number & { readonly __unit: 'bytes' };
export type BitsPerSecond = number & { readonly __unit: 'bits-per-second' };
export type Watts = number & { readonly __unit: 'watts' };
export type VoltAmperes = number & { readonly __unit: 'volt-amperes' };
export type WattHours = number & { readonly __unit: 'watt-hours' };
export type Seconds = number & { readonly __unit: 'seconds' };
/** A fraction in [0, 1]; 0.999 is "99.9 %". */
export type Ratio = number & { readonly __unit: 'ratio' };

/** An amount of money in a named currency (ISO 4217 code such as EUR, USD, GBP). */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** Brands a plain number as bytes. */
export const bytes = (value: number): Bytes => value as Bytes;
/** Brands a plain number as bits per second. */
export const bitsPerSecond = (value: number): BitsPerSecond => value as BitsPerSecond;
/** Brands a plain number as watts. */
export const watts = (value: number): Watts => value as Watts;
/** Brands a plain number as volt-amperes. */
export const voltAmperes = (value: number): VoltAmperes => value as VoltAmperes;
/** Brands a plain number as watt-hours. */
export const wattHours = (value: number): WattHours => value as WattHours;
/** Brands a plain number as seconds. */
export const seconds = (value: number): Seconds => value as Seconds;
/** Brands a plain number as a ratio. */
export const ratio = (value: number): Ratio => value as Ratio;

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const TB = 1e12;
export const PB = 1e15;
export const KiB = 2 ** 10;
export const MiB = 2 ** 20;
export const GiB = 2 ** 30;
export const TiB = 2 ** 40;
export const PiB = 2 ** 50;
