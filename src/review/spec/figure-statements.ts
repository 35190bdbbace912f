/**
 * Finds "subject + figure + keyword" statements in a plan: "tank gives 21.3 TiB usable",
 * "| ups1 | runtime 14 min |", "pve1: 32 GB RAM". A figure belongs to the nearest subject of a
 * fitting kind in its sentence, and means the quantity named by the nearest keyword that is not
 * across a comma or cell border.
 */
import { parseDuration, parsePower, parseSize } from '../../intake/units/index.js';
import type { PlanDocument } from '../parse/plan-document.js';
import type { PlanPosition } from '../types.js';
import { mentionPattern, type SpecNames } from './entity-names.js';
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

const quantityPattern =
  /(\d+(?:[.,]\d+)?)\s?(tib|gib|mib|tb|gb|mb|t|g|minutes?|mins?|hours?|hrs?|h|seconds?|secs?|kw|w|watts?)(?![A-Za-z0-9])/gi;
/** Punctuation that ends the reach of a keyword. */
const barrier = /[,;|()]|\.\s/;

/** Every figure statement about a spec entity in the plan's text blocks. */
export function figureStatements(plan: PlanDocument, names: SpecNames): FigureStatement[] {
  const statements: FigureStatement[] = [];
  const ids = [...names.entities.keys()].map((id) => ({ id, pattern: mentionPattern(id) }));
  for (const block of plan.blocks) {
    if (block.kind === 'heading') continue;
    const mentions = ids.flatMap(({ id, pattern }) => [...block.text.matchAll(pattern)].map((match) => ({ id, index: match.index ?? 0 })));
    if (mentions.length === 0) continue;
    const quantities = [...block.text.matchAll(quantityPattern)];
    quantities.forEach((quantity, index) => {
      const start = quantity.index ?? 0;
      const end = start + quantity[0].length;
      const windowStart = index > 0 ? (quantities[index - 1]?.index ?? 0) + (quantities[index - 1]?.[0].length ?? 0) : 0;
      const windowEnd = quantities[index + 1]?.index ?? block.text.length;
      const unit = unitOf(quantity[2] ?? '');
      const kind = nearestKind(block.text, start, end, windowStart, windowEnd, unit, (kinds) => subjectFor(mentions, names, kinds, start));
      if (!kind) return;
      const subject = subjectFor(mentions, names, kind.subjects, start);
      if (!subject) return;
      const values = valuesOf(quantity[1] ?? '', quantity[2] ?? '', kind.unit);
      if (values.length === 0) return;
      statements.push({ kind, subject, text: quantity[0], values, at: block.kind === 'paragraph' ? positionIn(plan, block, start) : block.position });
    });
  }
  return statements;
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
    for (const match of text.slice(windowStart, windowEnd).matchAll(kind.keywords)) {
      const at = windowStart + (match.index ?? 0);
      const gap = at < start ? text.slice(at + match[0].length, start) : text.slice(end, at);
      if (at < end && at + match[0].length > start) continue;
      const distance = gap.length + (barrier.test(gap) ? 1000 : 0);
      if (!best || distance < best.distance) best = { kind, distance };
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

function valuesOf(amount: string, unit: string, kind: FigureUnit): number[] {
  const text = `${amount.replace(',', '.')} ${unit}`;
  if (kind === 'size' || kind === 'memory') {
    const values = (['disk', 'memory'] as const).map((convention) => parseSize(text, convention)).flatMap((parsed) => (parsed.ok ? [parsed.value.bytes as number] : []));
    return [...new Set(values)];
  }
  if (kind === 'power') {
    const parsed = parsePower(text.replace(/watts?$/i, 'W'));
    return parsed.ok ? [parsed.value] : [];
  }
  const parsed = parseDuration(text.replace(/\s/, ''));
  return parsed.ok ? [parsed.value] : [];
}

/** The source position of character `index` of a paragraph's plain text, when the paragraph is one line of plain prose; else the paragraph's start. */
function positionIn(plan: PlanDocument, block: { text: string; offset: number; position: PlanPosition }, index: number): PlanPosition {
  const raw = plan.source.slice(block.offset, block.offset + block.text.length);
  return raw === block.text ? plan.positionAt(block.offset + index) : block.position;
}
