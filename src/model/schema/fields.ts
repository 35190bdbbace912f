/**
 * Reusable zod fields: ids, references and human-unit quantities. A quantity accepts a number in base
 * units or a human string ("32GB", "2.5GbE", "65 W"); it is parsed by the unit parsers in intake/units.
 */
import { z } from 'zod';
import {
  parseApparentPower,
  parseDuration,
  parseEnergy,
  parseEnergyPrice,
  parseMoney,
  parsePercent,
  parsePower,
  parseRate,
  parseSchedule,
  parseSize,
  type ParseResult,
  type SizeConvention,
} from '../../intake/units/index.js';

/** The characters an id may use: it appears in paths, diagrams and finding subjects, so it stays plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const ID_MAX_LENGTH = 512;

/** A user-chosen, stable identifier such as `pve1`, `tank` or `iot`. */
export const id = () =>
  z
    .string()
    .min(1)
    .max(ID_MAX_LENGTH)
    .regex(ID_PATTERN, {
      message: 'an id of letters, digits, ".", "_" or "-", starting with a letter or digit',
    })
    .describe('Stable identifier chosen by you, e.g. "pve1". Letters, digits, ".", "_", "-".');

/** A reference to the id of another entity; resolved by the cross-reference check. */
export const ref = (what: string) => id().describe(`The id of ${what}.`);

/** Free text such as a display name or a note. */
export const text = (what: string) => z.string().max(2000).describe(what);

/** Which size fields read "GB" as GiB (memory) and which as 10^9 bytes (disk); read by the assumptions report. */
export const sizeConventions = z.registry<{ readonly convention: SizeConvention }>();

function quantity<T>(
  description: string,
  parse: (input: string | number) => ParseResult<T>,
  convention?: SizeConvention,
) {
  const input = z.union([z.number(), z.string()]).describe(description);
  if (convention) sizeConventions.add(input, { convention });
  return input.transform((input, ctx) => {
      const result = parse(input);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.expected, params: { hint: result.hint } });
        return z.NEVER;
      }
      return result.value;
    });
}

/** A size; memory sizes read "GB" as GiB, disk sizes read "TB" as 10^12 bytes. */
export const size = (convention: SizeConvention, description: string) =>
  quantity(
    `${description} Bytes, or text such as "${convention === 'memory' ? '32GB' : '4TB'}"${convention === 'memory' ? ' (GB read as GiB)' : ' (TB = 10^12 bytes)'}.`,
    (input) => {
      const result = parseSize(input, convention);
      return result.ok ? { ok: true, value: result.value.bytes } : result;
    },
    convention,
  );

export const rate = (description: string) =>
  quantity(`${description} Bits per second, or text such as "1GbE", "2.5 Gbps", "500 Mbit/s".`, parseRate);
export const power = (description: string) =>
  quantity(`${description} Watts, or text such as "65 W".`, parsePower);
export const apparentPower = (description: string) =>
  quantity(`${description} Volt-amperes, or text such as "1500VA".`, parseApparentPower);
export const energy = (description: string) =>
  quantity(`${description} Watt-hours, or text such as "216 Wh".`, parseEnergy);
export const duration = (description: string) =>
  quantity(`${description} Seconds, or text such as "15m", "24h", "7d".`, parseDuration);
export const percent = (description: string) =>
  quantity(`${description} A ratio from 0 to 1, or text such as "99.9%".`, parsePercent);
export const money = (description: string) =>
  quantity(`${description} Text such as "€500", "500 EUR" or "$1,200".`, (input) => parseMoney(input));
export const energyPrice = (description: string) =>
  quantity(`${description} Text such as "0.30 EUR/kWh".`, (input) => parseEnergyPrice(String(input)));
export const schedule = (description: string) =>
  quantity(
    `${description} Text such as "hourly", "daily 02:00", "every 6h", a cron line "0 2 * * *" or a Proxmox calendar event.`,
    (input) => parseSchedule(String(input)),
  );

/** A calendar date written as YYYY-MM-DD. */
export const date = (description: string) =>
  z
    .union([z.string(), z.date()])
    .describe(`${description} A date written YYYY-MM-DD.`)
    .transform((input, ctx) => {
      const value = input instanceof Date ? input.toISOString().slice(0, 10) : input;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        ctx.addIssue({ code: 'custom', message: 'a date written YYYY-MM-DD', params: { hint: `write the date as 2026-01-31, not ${JSON.stringify(value)}` } });
        return z.NEVER;
      }
      return value;
    });

/** A positive whole number (counts of cores, disks, votes). */
export const count = (description: string) => z.number().int().min(0).describe(description);

/** Criticality of a workload or service; it ranks single points of failure. */
export const criticality = z
  .enum(['critical', 'high', 'medium', 'low'])
  .describe('How much it matters when this is down: critical, high, medium or low.');

/** An endpoint of a cable: "device:port", e.g. "sw1:port3" or "pve1:eno1". */
export const endpoint = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*:[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
      message: 'an endpoint written "device:port", such as "sw1:port3"',
    })
    .describe('A cable endpoint written "device:port", e.g. "sw1:port3" or "pve1:eno1".');

/** A percentage availability override for a component (0..1). */
export const availability = () => percent('Availability of this component, overriding the default for its kind.').optional();
