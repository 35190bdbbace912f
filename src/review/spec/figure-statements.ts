/**
 * Finds "subject + figure + keyword" statements in a plan: "tank gives 21.3 TiB usable",
 * "| ups1 | runtime 14 min |", "pve1: 32 GB RAM". A figure belongs to the nearest subject of a
 * fitting kind in its sentence, and means the quantity named by the nearest keyword that is not
 * across a comma or cell border.
 */
import { parseDuration, parsePower, parseSize } from '../../intake/units/index.js';
import type { PlanDocument } from '../parse/plan-document.js';
import type { PlanPosition } from '../types.js';
import { mentionFinder, type SpecNames } from './entity-names.js';
import { type FigureKind, type FigureUnit, figureKinds } from './figure-kinds.js';

export interface FigureStatement {
  readonly kind: FigureKind;
  readonly subject: string;
  /** The figure as written. */
  readonly text: string;
  /** Candidate values: an ambiguous "TB" is read both as 10^12 and as 2^40 bytes. */
  readonly values: readonly number[];
  readonly at: PlanPosition;
}

/**
 * A number with a unit. A minus sign counts when it stands on its own ("-4.4 GiB", "−4.4 GiB"), not
 * when it joins a range ("2-4 GB") or an id ("pve-2 GB"). "a month", "per day" after it make it a rate.
 */
const quantityPattern =
  /(?:(?<![\w.])([-−]))?(\d+(?:[.,]\d+)?)\s?(tib|gib|mib|tb|gb|mb|t|g|minutes?|mins?|hours?|hrs?|h|seconds?|secs?|s|kw|w|watts?)(?![A-Za-z0-9])(?!\s*(?:\/|per\b|an? (?:month|day|week|year|night)\b|each\b))/gi;
/** Duration units, largest first, as a compound duration lists them ("1 h 9 min 9 s"). */
const durationRank: Readonly<Record<string, number>> = { h: 1, hr: 1, hrs: 1, hour: 1, hours: 1, min: 2, mins: 2, minute: 2, minutes: 2, s: 3, sec: 3, secs: 3, second: 3, seconds: 3 };
/** "s" alone is too often a plural or a word break to be read as seconds, unless it ends a compound ("9 min 9 s"). */
const bareDurationUnits = /^s$/i;

interface Quantity {
  /** Where the figure starts (its sign included) and its text as written. */
  readonly index: number;
  readonly text: string;
  readonly amount: string;
  readonly unit: string;
  readonly negative: boolean;
}

const derivationHeader = /formula|how|source|basis|derivation|notes?|reference|why|comment/i;
/** Columns of what the plan will build, not of what runs today: their figures are the target's. */
const targetHeader = /\b(?:after|target|planned|proposed|new|future|to-be)\b/i;
/** Punctuation that ends the reach of a keyword. */
const barrier = /[,;|()]|\.\s/;

/**
 * Every figure statement about a spec entity in the plan's prose and tables. Options sections are left
 * out: their figures are what each option would give, not what the site has.
 */
export function figureStatements(plan: PlanDocument, names: SpecNames): FigureStatement[] {
  const statements: FigureStatement[] = [];
  const mentionsIn = mentionFinder([...names.entities.keys()]);
  const inOptions = (line: number) => plan.sectionsAt(line).some((section) => section.heading.kinds.includes('options'));
  for (const block of plan.blocks) {
    if (block.kind !== 'paragraph' || inOptions(block.position.line)) continue;
    const mentions = mentionsIn(block.text).map(({ name, index }) => ({ id: name, index }));
    if (mentions.length === 0) continue;
    for (const found of statementsIn(block.text, mentions, names, true)) statements.push({ ...found, at: positionIn(plan, block, found.index, found.text) });
  }
  for (const table of plan.tables) {
    if (inOptions(table.position.line)) continue;
    for (const row of table.rows) {
      // A row is about the entity one of its cells names exactly ("pve1" or "`pve1`").
      const subject = row.cells.map((cell) => cell.text.replace(/`/g, '').trim()).find((text) => names.entities.has(text));
      if (subject === undefined) continue;
      // The first cell often names the quantity of the row ("Memory headroom | pve1 | 14.3 GiB").
      const label = row.cells[0] && row.cells[0].text.replace(/`/g, '').trim() !== subject ? `${row.cells[0].text} ` : '';
      row.cells.forEach((cell, column) => {
        const header = table.header[column] ?? '';
        // Formula and note columns hold constants ("base 2 GiB"), not figures about the subject.
        if (column === 0 || derivationHeader.test(header) || targetHeader.test(header)) return;
        const text = `${label}${header}: ${cell.text}`;
        const inCell = mentionsIn(text).map(({ name, index }) => ({ id: name, index }));
        for (const found of statementsIn(text, [{ id: subject, index: 0 }, ...inCell], names, false)) statements.push({ ...found, at: findFrom(plan, cell.position, found.text) });
      });
    }
  }
  return statements;
}

/** Figures in one sentence or cell whose keyword and subject are in the same clause. */
function statementsIn(text: string, mentions: readonly { id: string; index: number }[], names: SpecNames, clauseBound: boolean): (Omit<FigureStatement, 'at'> & { index: number })[] {
  const found: (Omit<FigureStatement, 'at'> & { index: number })[] = [];
  const quantities = quantitiesIn(text);
  quantities.forEach((quantity, index) => {
    const start = quantity.index;
    const end = start + quantity.text.length;
    const previous = quantities[index - 1];
    const windowStart = previous ? previous.index + previous.text.length : 0;
    const windowEnd = quantities[index + 1]?.index ?? text.length;
    const inClause = clauseBound ? mentions.filter((mention) => !barrier.test(between(text, mention.index, start))) : mentions;
    const kind = nearestKind(text, start, end, windowStart, windowEnd, unitOf(quantity.unit), (kinds) => subjectFor(inClause, names, kinds, start));
    if (!kind) return;
    // "after 3 min on battery" is when a shutdown starts, not how long the battery lasts.
    if (kind.notAfter?.test(text.slice(windowStart, start))) return;
    const subject = subjectFor(inClause, names, kind.subjects, start);
    if (!subject) return;
    const values = valuesOf(quantity, kind.unit);
    if (values.length > 0) found.push({ kind, subject, text: quantity.text, values, index: start });
  });
  return found;
}

/** The figures in `text`; the terms of a compound duration ("1 h 9 min 9 s") are one figure. */
function quantitiesIn(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(quantityPattern)) {
    const unit = match[3] ?? '';
    const term: Quantity = { index: match.index ?? 0, text: match[0], amount: (match[2] ?? '').replace(',', '.'), unit, negative: match[1] !== undefined };
    const last = quantities[quantities.length - 1];
    const lastRank = last === undefined ? undefined : durationRank[last.unit.split(/\s+/).pop()?.toLowerCase() ?? ''];
    const rank = durationRank[unit.toLowerCase()];
    const gap = last === undefined ? '' : text.slice(last.index + last.text.length, term.index);
    if (last !== undefined && lastRank !== undefined && rank !== undefined && rank > lastRank && /^\s?$/.test(gap) && !term.negative) {
      quantities[quantities.length - 1] = { ...last, text: text.slice(last.index, term.index + term.text.length), unit: `${last.unit} ${unit}` };
      continue;
    }
    if (bareDurationUnits.test(unit)) continue;
    quantities.push(term);
  }
  return quantities;
}

function between(text: string, a: number, b: number): string {
  return text.slice(Math.min(a, b), Math.max(a, b));
}

function unitOf(unit: string): FigureUnit[] {
  const lower = unit.toLowerCase();
  if (/^(?:tib|gib|mib|tb|gb|mb|t|g)$/.test(lower)) return ['size', 'memory'];
  if (/^(?:w|kw|watts?)$/.test(lower)) return ['power'];
  return ['duration'];
}

function nearestKind(text: string, start: number, end: number, windowStart: number, windowEnd: number, units: FigureUnit[], hasSubject: (kinds: FigureKind['subjects']) => string | undefined): FigureKind | undefined {
  let best: { kind: FigureKind; distance: number } | undefined;
  for (const kind of figureKinds) {
    if (!units.includes(kind.unit) || !hasSubject(kind.subjects)) continue;
    if (kind.unless?.test(text.slice(windowStart, windowEnd))) continue;
    for (const match of text.slice(windowStart, windowEnd).matchAll(kind.keywords)) {
      const at = windowStart + (match.index ?? 0);
      const gap = at < start ? text.slice(at + match[0].length, start) : text.slice(end, at);
      if (at < end && at + match[0].length > start) continue;
      // A keyword across a comma, semicolon or cell border describes another figure.
      if (barrier.test(gap)) continue;
      if (!best || gap.length < best.distance) best = { kind, distance: gap.length };
    }
  }
  return best?.kind;
}

function subjectFor(mentions: readonly { id: string; index: number }[], names: SpecNames, kinds: FigureKind['subjects'], position: number): string | undefined {
  const fitting = mentions.filter((mention) => {
    const entity = names.entities.get(mention.id);
    return entity !== undefined && kinds.includes(entity.kind);
  });
  const before = fitting.filter((mention) => mention.index < position).sort((a, b) => b.index - a.index)[0];
  return (before ?? fitting.sort((a, b) => a.index - b.index)[0])?.id;
}

function valuesOf(quantity: Quantity, kind: FigureUnit): number[] {
  const sign = quantity.negative ? -1 : 1;
  if (kind === 'size' || kind === 'memory') {
    const text = `${quantity.amount} ${quantity.unit}`;
    const values = (['disk', 'memory'] as const).map((convention) => parseSize(text, convention)).flatMap((parsed) => (parsed.ok ? [sign * (parsed.value.bytes as number)] : []));
    return [...new Set(values)];
  }
  if (kind === 'power') {
    const parsed = parsePower(`${quantity.amount} ${quantity.unit}`.replace(/watts?$/i, 'W'));
    return parsed.ok ? [sign * parsed.value] : [];
  }
  // A compound duration is parsed whole: "1 h 9 min 9 s".
  const parsed = parseDuration(quantity.text.replace(/^[-−]/, '').replace(',', '.'));
  return parsed.ok ? [sign * parsed.value] : [];
}

/** Where `text` first occurs at or after `from` on the same line, else `from`. */
export function findFrom(plan: PlanDocument, from: PlanPosition, text: string): PlanPosition {
  const start = plan.lineOffset(from.line) + from.column - 1;
  const end = plan.source.indexOf('\n', start);
  const found = plan.source.indexOf(text, start);
  return found >= 0 && (end === -1 || found < end) ? plan.positionAt(found) : from;
}

/** The source position of a figure in a paragraph: exact when the paragraph is plain prose, else its first occurrence in the paragraph's source. */
function positionIn(plan: PlanDocument, block: { text: string; offset: number; position: PlanPosition }, index: number, figure: string): PlanPosition {
  const raw = plan.source.slice(block.offset, block.offset + block.text.length);
  if (raw === block.text) return plan.positionAt(block.offset + index);
  const found = plan.source.indexOf(figure, block.offset);
  return found >= 0 && found < block.offset + block.text.length * 2 ? plan.positionAt(found) : block.position;
}
