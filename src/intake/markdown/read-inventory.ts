/**
 * Reads a Markdown hardware inventory into spec input (the shape the YAML loader validates), with a
 * locator for every value, the line-by-line report, assumptions and open questions. Pure and total:
 * it never throws on any text.
 */
import type { Assumption, OpenQuestion, Source } from '../../model/types.js';
import type { Diagnostic } from '../diagnostic.js';
import { compareText } from '../diagnostic.js';
import type { PathSegment } from '../yaml-document.js';
import { toPointer } from '../yaml-document.js';
import type { PathNote } from '../spec-writer/path-notes.js';
import { finaliseDraft } from './finalise-draft.js';
import { type Draft, InventoryDraft, type LineRecord } from './inventory-draft.js';
import { excerpt, type InventoryLine, type InventoryReport } from './inventory-report.js';
import { secretInLine } from './line-secrets.js';
import { type OutlineBlock, type OutlineItem, type OutlineSection, outlineMarkdown } from './outline.js';
import { readBlocks, readSection } from './read-sections.js';
import { fieldOfKey, sectionKindOf } from './vocabulary.js';
import { createHost, looksLikeHost, readHostItems } from './read-hosts.js';
import { splitKeyValue } from './text-values.js';
import { basename, extname } from 'node:path';

export interface MarkdownInventory {
  /** Spec input for the schema, in the same shape a YAML spec has. */
  readonly data: Draft;
  /** 1-based position of the value at a spec path (falls back to the nearest ancestor). */
  locate(path: readonly PathSegment[]): { line: number; column: number };
  readonly report: InventoryReport;
  readonly assumptions: readonly Assumption[];
  readonly openQuestions: readonly OpenQuestion[];
  /** Warnings about secrets found (never their values). */
  readonly diagnostics: readonly Diagnostic[];
  /** Comments for the written spec: a spec path and what to say there. */
  readonly annotations: readonly PathNote[];
}

/** Reads Markdown `text` (the content of `file`). */
export function readMarkdownInventory(file: string, text: string): MarkdownInventory {
  const draft = new InventoryDraft(file);
  const outline = outlineMarkdown(text);
  const diagnostics: Diagnostic[] = [];
  withoutSecrets(draft, outline.root, diagnostics);
  readDocument(draft, outline.root);
  draft.runDeferred();
  finaliseDraft(draft);
  const described = ['hosts', 'network', 'power', 'workloads'].some((key) => draft.spec[key] !== undefined);
  if (!described) {
    diagnostics.push({ severity: 'warning', code: 'nothing-understood', file, line: 1, column: 1, message: 'no hosts, network gear, UPS or workloads were recognised in this inventory', hint: 'write a heading per host with lines such as "- CPU: i5-8500T", "- RAM: 32GB", or see examples/hardware-inventory.md' });
  }

  const paths = pathsOf(draft.spec);
  const pathOf = (object: Draft, key?: string): PathSegment[] | undefined => {
    const base = paths.get(object);
    return base ? (key === undefined ? base : [...base, key]) : undefined;
  };
  const source = (path: readonly PathSegment[], line: number, column: number): Source => ({ file, line, column, pointer: toPointer(path) });
  const assumptions: Assumption[] = draft.assumptions
    .map((assumption) => ({
      id: assumption.id,
      text: assumption.text,
      sources: assumption.at.filter((at) => draft.stillAssumed(at)).flatMap((at) => {
        const path = pathOf(at.object, at.key);
        return path ? [source(path, at.loc.line, at.loc.column)] : [];
      }),
    }))
    .filter((assumption) => assumption.sources.length > 0)
    .sort((a, b) => compareText(a.id, b.id));
  const openQuestions: OpenQuestion[] = draft.questions.map((question) => ({
    id: question.id,
    ...(question.subject ? { subject: question.subject } : {}),
    text: question.text,
    ...(question.loc ? { source: source((question.object && pathOf(question.object)) ?? [], question.loc.line, question.loc.column) } : {}),
  }));
  const lines = reportLines(text, outline.skipped, draft.lines, (object, key) => {
    const path = pathOf(object, key);
    return path ? label(draft.spec, path) : undefined;
  });
  const annotations = [
    ...draft.assumptions.flatMap((assumption) => assumption.at.filter((at) => draft.stillAssumed(at)).flatMap((at) => {
      const path = pathOf(at.object, at.key);
      return path ? [{ path, kind: 'assumed' as const, text: assumption.text }] : [];
    })),
    ...draft.questions.map((question) => ({ path: (question.object && pathOf(question.object)) ?? [], kind: 'open question' as const, text: question.text })),
  ];
  return {
    data: draft.spec,
    locate: (path) => locateIn(draft, path),
    report: { file, lines, assumptions, openQuestions },
    assumptions,
    openQuestions,
    diagnostics,
    annotations,
  };
}

/** The first H1 names the site; everything else is routed by section kind. */
function readDocument(draft: InventoryDraft, root: OutlineSection): void {
  if (looksLikeHost(root)) readSingleHost(draft, root);
  else readBlocks(draft, root, 'site');
  const sections = root.children;
  const first = sections[0];
  const titled = first !== undefined && first.depth === 1 && (first.children.length > 0 || ['auto', 'hosts', 'site'].includes(sectionKindOf(first.title)));
  for (const section of sections) {
    if (titled && section === first) {
      draft.set(draft.object('site'), 'name', section.title.slice(0, 2000), section);
      if (looksLikeHost(section)) readSingleHost(draft, section);
      else readBlocks(draft, section, 'site');
      for (const child of section.children) readSection(draft, child, 'auto');
    } else readSection(draft, section, 'auto');
  }
}

/** A file (or title section) that describes one machine with key/value lines: "Host: htpc", "RAM: 16GB". */
function readSingleHost(draft: InventoryDraft, section: OutlineSection): void {
  const items = section.blocks.flatMap((block) => (block.kind === 'item' ? [block.item] : []));
  const named = items.find((item) => {
    const pair = splitKeyValue(item.text);
    return pair !== undefined && fieldOfKey(pair.key) === 'name';
  });
  const name = named ? (splitKeyValue(named.text)?.value ?? '') : basename(draft.file, extname(draft.file));
  const host = createHost(draft, name || 'host', '', named ?? { line: section.line, column: section.column });
  readHostItems(draft, host, items.filter((item) => item !== named));
}

/** Marks secret lines and removes them from the outline, so no reader sees them. */
function withoutSecrets(draft: InventoryDraft, section: OutlineSection, diagnostics: Diagnostic[]): void {
  const visit = (items: readonly OutlineItem[]): OutlineItem[] =>
    items.flatMap((item) => {
      const reason = secretInLine(item.text);
      if (reason) {
        flag(item.line, item.column, reason);
        return [];
      }
      return [{ ...item, children: visit(item.children) }];
    });
  const flag = (line: number, column: number, reason: string) => {
    draft.secret(line, reason);
    diagnostics.push({ severity: 'warning', code: 'secret-in-input', file: draft.file, line, column, message: `a secret was found here (${reason}); Kestra did not read the line and never prints it`, hint: 'keep secrets in a password manager or a secrets file outside the inventory, and rotate this one if the file was shared' });
  };
  section.blocks.splice(0, section.blocks.length, ...section.blocks.flatMap((block): OutlineBlock[] => {
    if (block.kind === 'item') return visit([block.item]).map((item) => ({ kind: 'item' as const, item }));
    const rows = block.table.rows.filter((row) => {
      const secretCell = row.cells.findIndex((cell, index) => secretInLine(`${block.table.header[index]?.text ?? ''}: ${cell.text}`) !== undefined);
      if (secretCell < 0) return true;
      flag(row.line, row.cells[secretCell]?.column ?? 1, `the column "${(block.table.header[secretCell]?.text ?? '').slice(0, 40)}" holds a secret`);
      return false;
    });
    return [{ kind: 'table' as const, table: { ...block.table, rows } }];
  }));
  for (const child of section.children) withoutSecrets(draft, child, diagnostics);
}

/** Every object of the spec with its path. */
function pathsOf(spec: Draft): Map<Draft, PathSegment[]> {
  const paths = new Map<Draft, PathSegment[]>();
  const visit = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      paths.set(value as Draft, path);
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  visit(spec, []);
  return paths;
}

/** "hosts[pve1].memory" for ["hosts", 0, "memory"]. */
function label(spec: Draft, path: readonly PathSegment[]): string {
  let node: unknown = spec;
  let text = '';
  for (const segment of path) {
    const next: unknown = (node as Record<string, unknown> | undefined)?.[String(segment)];
    if (typeof segment === 'number') {
      const id = next !== null && typeof next === 'object' ? (next as Draft)['id'] : undefined;
      text += `[${typeof id === 'string' ? id : segment}]`;
    } else text += text === '' ? segment : `.${segment}`;
    node = next;
  }
  return text || 'spec';
}

function locateIn(draft: InventoryDraft, path: readonly PathSegment[]): { line: number; column: number } {
  let node: unknown = draft.spec;
  let best = { line: 1, column: 1 };
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break;
    if (!Array.isArray(node)) {
      const keyed = draft.positionOf(node as Draft, String(segment));
      if (keyed) best = keyed;
    }
    node = (node as Record<string, unknown>)[String(segment)];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const own = draft.positionOf(node as Draft);
      if (own) best = own;
    }
  }
  return { line: best.line, column: best.column };
}

/** One report entry per non-empty line of the input, in order. */
function reportLines(
  text: string,
  skipped: readonly { from: number; to: number; what: string }[],
  records: ReadonlyMap<number, LineRecord>,
  labelOf: (object: Draft, key?: string) => string | undefined,
): InventoryLine[] {
  const sourceLines = text.split(/\r?\n/);
  const lines: InventoryLine[] = [];
  sourceLines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const number = index + 1;
    const record = records.get(number);
    const skip = skipped.find((range) => number >= range.from && number <= range.to);
    const fields = [...new Set((record?.targets ?? []).flatMap((target) => labelOf(target.object, target.key) ?? []))];
    const notes = record?.notes ?? [];
    if (record?.secret) lines.push({ line: number, status: 'secret', fields: [], what: record.secret, notes: [] });
    else if (fields.length > 0) lines.push({ line: number, status: 'mapped', fields, notes, text: excerpt(raw) });
    else if (record?.context) lines.push({ line: number, status: 'context', fields: [], what: record.context, notes, text: excerpt(raw) });
    else if (skip && (skip.what === 'table delimiter' || skip.what === 'thematic break' || skip.what === 'comment')) lines.push({ line: number, status: 'context', fields: [], what: skip.what, notes: [], text: excerpt(raw) });
    else lines.push({ line: number, status: 'not-understood', fields: [], ...(skip ? { what: `${skip.what}: not read` } : notes.length === 0 ? { what: 'no reader took this line' } : {}), notes, text: excerpt(raw) });
  });
  return lines;
}
