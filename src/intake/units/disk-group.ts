import { bytes, type Bytes } from '../../model/quantities.js';
import { decimalPattern, multiply, readDecimal, toNumber } from './decimal.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { maximumTextLength, problemHint } from './quantity-text.js';
import { sizeUnitFactor } from './size.js';

/** A group of identical disks as written in an inventory, e.g. "2x 4TB WD Red". */
export interface ParsedDiskGroup {
  /** How many identical disks, at least 1. */
  readonly count: number;
  /** The size of one disk, read with the disk convention (TB = 10^12 bytes). */
  readonly bytes: Bytes;
  /** Any words after the size, trimmed, such as the model: "WD Red". Empty when there are none. */
  readonly rest: string;
}

const groupExpected = 'disks such as "2x 4TB", "4TB x2" or "two 4TB WD Red"';

/** Count words people write in inventories; beyond twelve they switch to digits. */
const countWords: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, index) => [word, index + 1],
  ),
);

const leadingCount = /^\s*(\d+)\s*[x×*]\s*(.*)$/isu;
const leadingWord = /^\s*([a-z]+)\s+(.*)$/isu;
/**
 * The size and whatever follows. The lazy unit stops before "x2" so "4TBx2" reads as 4TB times 2.
 * A unit is required: in "2x 4000 WD" a bare number is more likely a slip than a byte count.
 */
const leadingSize = new RegExp(String.raw`^\s*(${decimalPattern})\s*([a-z]+?)(?=$|\s|[x×*]\s*\d)(.*)$`, 'isu');
/** Suffix counts take only a lower-case "x" (or × or *), because "4TB X300" names a Toshiba X300, not 300 disks. */
const suffixCountFirst = /^[x×*]\s*(\d+)(?:\s+(.*))?$/su;
const suffixCountLast = /^(.*?)\s+[x×*]\s*(\d+)$/su;

/**
 * Reads a group of identical disks: "2x 4TB", "2 x 4 TB", "4TB x2", "3× 8TB", "two 4TB",
 * "4TB" (one disk), with optional trailing words kept as `rest` ("2x 4TB WD Red" → "WD Red").
 */
export function parseDiskGroup(text: string): ParseResult<ParsedDiskGroup> {
  if (typeof text !== 'string') return fail(groupExpected, `${quote(String(text))} is not text`);
  if (text.trim() === '') return fail(groupExpected, problemHint('empty', text));
  if (text.length > maximumTextLength) return fail(groupExpected, problemHint('too-long', text));
  if (/^\s*[-\u2212]/u.test(text)) return fail(groupExpected, problemHint('negative', text));

  const counted = leadingCount.exec(text);
  if (counted !== null) return withSize(text, Number(counted[1]), counted[2] ?? '', false);
  const worded = leadingWord.exec(text);
  const wordCount = worded === null ? undefined : countWords.get((worded[1] ?? '').toLowerCase());
  if (worded !== null && wordCount !== undefined) return withSize(text, wordCount, worded[2] ?? '', false);
  return withSize(text, 1, text, true);
}

/** Reads the size at the start of `sizeText`; when no count came before it, a count may follow it. */
function withSize(text: string, count: number, sizeText: string, countMayFollow: boolean): ParseResult<ParsedDiskGroup> {
  const match = leadingSize.exec(sizeText);
  if (match === null) {
    return fail(groupExpected, `${quote(text)} has no disk size with a unit; write it like "2x 4TB"`);
  }
  const unit = sizeUnitFactor(match[2] ?? '', 'disk');
  if (unit === undefined) {
    return fail(groupExpected, `${quote(text)} has unknown size unit ${quote(match[2] ?? '')}; use GB, TB, GiB or TiB`);
  }
  const size = Math.round(toNumber(multiply(readDecimal(match[1] ?? '0'), unit.factor)));
  if (!Number.isFinite(size)) return fail(groupExpected, problemHint('not-finite', text));

  let rest = (match[3] ?? '').trim();
  let total = count;
  if (countMayFollow) {
    const first = suffixCountFirst.exec(rest);
    const last = first === null ? suffixCountLast.exec(rest) : null;
    if (first !== null) {
      total = Number(first[1]);
      rest = (first[2] ?? '').trim();
    } else if (last !== null) {
      total = Number(last[2]);
      rest = (last[1] ?? '').trim();
    }
  }
  if (!Number.isSafeInteger(total) || total < 1) {
    return fail(groupExpected, `${quote(text)} has a disk count of ${total}; use a whole number of 1 or more`);
  }
  return succeed({ count: total, bytes: bytes(size), rest });
}
