/** Recognises what a heading is about, however it is numbered, decorated or phrased. */
import { type SectionKind, sectionKinds, sectionSynonyms } from './section-synonyms.js';

/** Leading numbering people put on headings: "1.", "2.3", "IV.", "A)", "Section 2:", "Step 3 —", "Phase 1:". */
const numberingPattern =
  /^(?:(?:section|part|chapter|step|phase|stage)\s*#?\s*)?(?:\d{1,4}(?:\.\d{1,4})*\.?\s+|\d{1,4}(?:\.\d{1,4})*\s*[):\-–—]\s*|(?:[ivxlc]{1,6}|[a-h])[.):]\s+)/i;
const stepNumberPattern = /^(?:(?:step|phase|stage)\s*#?\s*)?(\d{1,4}(?:\.\d{1,4})*)(?:[.):\-–—]|\s|$)/i;

/** Lower-case heading text without numbering, emoji, Markdown leftovers or trailing colons; "&" becomes "and". */
export function normalizeHeading(text: string): string {
  let value = text.toLowerCase().replace(/^[\s*_`#>]+/, '');
  const numbered = numberingPattern.exec(value);
  if (numbered && numbered[0].length < value.length) value = value.slice(numbered[0].length);
  return value
    .replace(/&/g, ' and ')
    .replace(/[*_`#>[\]()"'“”‘’!?]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s/;:.,+\-–—]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:.,;\-–—]+$/g, '')
    .replace(/^[\s:.,;\-–—]+/g, '')
    .trim();
}

/** The number a heading starts with ("3. Migrate", "Step 2: Back up", "Phase 1 — Prepare"), if any. */
export function headingNumber(text: string): number | undefined {
  return headingNumbering(text)?.[0];
}

/** Every part of the dotted number a heading starts with ("Step 1.2: …" → [1, 2]), if any. */
export function headingNumbering(text: string): number[] | undefined {
  const match = stepNumberPattern.exec(text.trim().replace(/^[*_]+/, ''));
  return match?.[1] === undefined ? undefined : match[1].split('.').map(Number);
}

const synonymOwners: ReadonlyMap<string, readonly SectionKind[]> = (() => {
  const owners = new Map<string, SectionKind[]>();
  for (const kind of sectionKinds) {
    for (const synonym of sectionSynonyms[kind]) owners.set(synonym, [...(owners.get(synonym) ?? []), kind]);
  }
  return owners;
})();

/**
 * The synonym a part of a heading starts or ends with, as whole words: the longest, so "risk register"
 * wins over "risk" (alphabetical among equals). Looks up the part's leading and trailing word runs rather
 * than trying every synonym: a report has hundreds of headings.
 */
function edgeSynonym(part: string): string | undefined {
  let best: string | undefined;
  const consider = (candidate: string) => {
    if (!synonymOwners.has(candidate)) return;
    if (best === undefined || candidate.length > best.length || (candidate.length === best.length && candidate < best)) best = candidate;
  };
  for (let space = part.indexOf(' '); space !== -1; space = part.indexOf(' ', space + 1)) {
    consider(part.slice(0, space));
    consider(part.slice(space + 1));
  }
  return best;
}

/** Section kinds a normalised heading names (`wholeOnly`: only an exact synonym, for document titles): whole match first, then each part of "X and Y" / "X / Y", then leading or trailing words. */
export function headingKinds(normalized: string, wholeOnly = false): SectionKind[] {
  if (normalized === '') return [];
  const whole = synonymOwners.get(normalized);
  if (whole) return [...whole];
  if (wholeOnly) return [];
  const parts = normalized
    .split(/\s+(?:and|\/|\+|,|;|&)\s+|\s*[/,;+]\s*|\s+[-–—]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const kinds = new Set<SectionKind>();
  for (const part of parts) {
    const exact = synonymOwners.get(part);
    if (exact) {
      for (const kind of exact) kinds.add(kind);
      continue;
    }
    const synonym = edgeSynonym(part);
    if (synonym !== undefined) for (const kind of synonymOwners.get(synonym) ?? []) kinds.add(kind);
  }
  return sectionKinds.filter((kind) => kinds.has(kind));
}
