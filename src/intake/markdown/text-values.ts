/**
 * Finds values inside a line of free text: sizes, rates, watts, counts, lists. Each finder hands the
 * matched token to the Foundation's unit parsers (src/intake/units); nothing here converts units.
 */
import { parseApparentPower, parseEnergy, parsePower, parseRate, parseSize, type SizeConvention } from '../units/index.js';

/** A value found in text, with the exact token it came from (kept for the written spec). */
export interface Found<T> {
  readonly value: T;
  readonly token: string;
  readonly index: number;
}

const number = String.raw`\d+(?:[.,]\d+)?`;

/** Count words people write instead of digits. */
const countWords: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((word, index) => [word, index + 1]),
);

/** Reads "2", "two", "x2" as a count. */
export function readCount(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase().replace(/^x/, '');
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
  return countWords.get(trimmed);
}

/** The first size ("32GB", "512 MiB", "4TB") in `text`, read with `convention`. */
export function findSize(text: string, convention: SizeConvention): Found<{ bytes: number; text: string }> | undefined {
  const pattern = new RegExp(String.raw`(?<![\w.])(${number})\s?(TiB|GiB|MiB|KiB|TB|GB|MB|KB|T|G|M)(?![A-Za-z/])`, 'i');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const token = `${(match[1] ?? '').replace(',', '.')}${match[2] ?? ''}`;
  const parsed = parseSize(token, convention);
  return parsed.ok ? { value: { bytes: parsed.value.bytes, text: token }, token: match[0], index: match.index } : undefined;
}

/** Every size in `text`, in order. */
export function findSizes(text: string, convention: SizeConvention): Found<{ bytes: number; text: string }>[] {
  const found: Found<{ bytes: number; text: string }>[] = [];
  let offset = 0;
  for (let guard = 0; guard < 50; guard++) {
    const next = findSize(text.slice(offset), convention);
    if (!next) break;
    found.push({ ...next, index: next.index + offset });
    offset += next.index + next.token.length;
  }
  return found;
}

/** The first network rate ("2.5GbE", "10G", "1 Gbit/s", "500 Mbps") in `text`. */
export function findRate(text: string): Found<{ bps: number; text: string }> | undefined {
  const pattern = new RegExp(String.raw`(?<![\w.])(${number})\s?(GbE|GBASE-T|Gbit/s|Gbps|Gb/s|Gbit|GE|Mbit/s|Mbps|Mb/s|Mbit|MbE|G|M)(?![A-Za-z])`, 'i');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const amount = (match[1] ?? '').replace(',', '.');
  const unit = (match[2] ?? '').replace(/^gbase-t$/i, 'GbE');
  const token = `${amount}${/^(g|m)$/i.test(unit) ? `${unit.toUpperCase()}bit/s` : unit}`;
  const parsed = parseRate(token);
  return parsed.ok ? { value: { bps: parsed.value, text: token }, token: match[0], index: match.index } : undefined;
}

/** A quantity with a fixed unit suffix (W, VA, Wh), read by `parse`. */
function findUnit(text: string, unit: string, parse: (token: string) => { ok: boolean; value?: number }): Found<{ value: number; text: string }> | undefined {
  const pattern = new RegExp(String.raw`(?<![\w.])(${number})\s?(k?)(${unit})(?![A-Za-z])`, 'i');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const token = `${(match[1] ?? '').replace(',', '.')}${match[2] ?? ''}${match[3] ?? ''}`;
  const parsed = parse(token);
  return parsed.ok && parsed.value !== undefined ? { value: { value: parsed.value, text: token }, token: match[0], index: match.index } : undefined;
}

/** Watts such as "35W", "35 W" or "1.2kW". */
export const findWatts = (text: string) => findUnit(text, 'W', (token) => parsePower(token));
/** Volt-amperes such as "1500VA". */
export const findVa = (text: string) => findUnit(text, 'VA', (token) => parseApparentPower(token));
/** Watt-hours such as "216Wh". */
export const findWh = (text: string) => findUnit(text, 'Wh', (token) => parseEnergy(token));

/** A count written before one of `nouns`: "2 vCPU", "4 cores", "two cores", "2c". */
export function countBefore(text: string, nouns: string): number | undefined {
  const match = new RegExp(String.raw`(?<![\w.])(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?-?(?:${nouns})\b`, 'i').exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/** Splits a list at top-level commas, semicolons, "+", " & " and " and " (not inside parentheses). */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (character === '(' || character === '[') depth++;
    if ((character === ')' || character === ']') && depth > 0) depth--;
    const rest = text.slice(index);
    const separator = depth === 0 ? /^(\s*[,;]\s*|\s+\+\s+|\s+&\s+|\s+and\s+)/i.exec(rest) : null;
    if (separator && !(character === ',' && /^,\d/.test(rest) && /\d$/.test(current))) {
      parts.push(current);
      current = '';
      index += separator[0].length - 1;
      continue;
    }
    current += character;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** "Name (a, b) rest" → { head: "Name rest", inner: "a, b" } for the first parenthesis group. */
export function splitParenthesis(text: string): { head: string; inner: string } {
  const match = /\(([^()]*)\)/.exec(text);
  if (!match) return { head: text.trim(), inner: '' };
  return { head: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim(), inner: (match[1] ?? '').trim() };
}

/** A key/value line: "CPU: i5", "**RAM** = 32GB", "CPU — i5". Returns undefined for plain text. */
export function splitKeyValue(text: string): { key: string; value: string } | undefined {
  const match = /^\s*([^:=]{1,40}?)\s*(?::|=|\s[—–]\s|\s-\s)\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const key = (match[1] ?? '').replace(/[*_`]/g, '').trim();
  if (key === '' || /^https?$/i.test(key) || /\d:\d/.test(text.slice(0, (match[1] ?? '').length + 2))) return undefined;
  return { key, value: (match[2] ?? '').trim() };
}

/** True when `text` says no/none/off/false. */
export function isNegative(text: string): boolean {
  return /^(no|none|n\/a|off|false|disabled|not\s+(set\s*up|configured|yet)|never|-|—)\b/i.test(text.trim());
}

/** True when `text` says yes/on/true/enabled. */
export function isPositive(text: string): boolean {
  return /^(yes|y|on|true|enabled|configured|active)\b/i.test(text.trim());
}

/** A CIDR subnet in `text`. */
export function findSubnet(text: string): string | undefined {
  return /\b(\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2})\b/.exec(text)?.[1];
}
