/**
 * The structure a check reads: a Markdown plan as sections (recognised by heading synonyms), action
 * steps, risks, tables, code and text blocks, each with its 1-based position in the source.
 */
import type { PlanPosition } from '../types.js';
import type { SectionKind } from './section-synonyms.js';

export interface PlanHeading {
  /** Heading text as written, numbering included. */
  readonly text: string;
  /** Lower-case text without numbering and punctuation, as matched against synonyms. */
  readonly normalized: string;
  /** 1–6 for Markdown headings, 7 for a bold line or "Label:" paragraph used as a heading. */
  readonly depth: number;
  readonly position: PlanPosition;
  /** Section kinds the heading names ("Risks & Rollback" names two). */
  readonly kinds: readonly SectionKind[];
  /** A leading number ("2.", "Step 3", "Phase 1"), when the heading has one. */
  readonly number?: number;
  /** Every part of a dotted leading number ("Step 1.2" → [1, 2]), when the heading has one. */
  readonly numbering?: readonly number[];
  readonly pseudo: boolean;
}

export interface PlanSection {
  readonly heading: PlanHeading;
  /** First and last line the section covers (the heading line included). */
  readonly startLine: number;
  readonly endLine: number;
  /** Offset of the heading in the source. */
  readonly startOffset: number;
}

/** A block of running text (paragraph, heading or table cell) with the inline code inside it. */
export interface TextBlock {
  readonly kind: 'paragraph' | 'heading' | 'table-cell' | 'table-row';
  /** Plain text (inline code included, Markdown syntax removed). */
  readonly text: string;
  readonly position: PlanPosition;
  readonly offset: number;
}

/** A piece of literal text whose characters map one to one onto the source, for exact phrase positions. */
export interface TextRun {
  readonly text: string;
  /** Offset of `text[0]` in the source; undefined when escapes shifted it (then `position` is the run's start). */
  readonly offset: number | undefined;
  readonly position: PlanPosition;
  readonly kind: 'text' | 'inline-code';
}

export interface PlanCodeBlock {
  readonly lang: string;
  readonly value: string;
  readonly position: PlanPosition;
  /** Source line of the value's first line. */
  readonly firstLine: number;
  /** Column where the value's lines start in the source. */
  readonly firstColumn: number;
}

export interface PlanTable {
  readonly header: readonly string[];
  readonly rows: readonly PlanTableRow[];
  readonly position: PlanPosition;
  readonly offset: number;
}

export interface PlanTableRow {
  readonly cells: readonly { readonly text: string; readonly position: PlanPosition }[];
  readonly position: PlanPosition;
  readonly offset: number;
}

export interface PlanStep {
  readonly text: string;
  readonly position: PlanPosition;
  readonly offset: number;
  /** The number the author gave the step, when it has one. */
  readonly number?: number;
  /** Every part of a dotted step number ("Step 1.2" → [1, 2]); steps are ordered by it when present. */
  readonly numbering?: readonly number[];
  /** How the step was written: an ordered-list item, a bullet, a heading, a table row or a "Step N" paragraph. */
  readonly form: 'ordered-item' | 'bullet-item' | 'heading' | 'table-row' | 'paragraph';
  /** Steps of one list, table or heading run share a group, so numbering is checked within it. */
  readonly group: number;
  readonly hasValidation: boolean;
  readonly hasRollback: boolean;
  readonly hasPrecheck: boolean;
}

export interface PlanRisk {
  readonly text: string;
  readonly position: PlanPosition;
  readonly hasMitigation: boolean;
  /** True when a mitigation cell exists but says "TBD", "n/a" or similar. */
  readonly placeholderMitigation: boolean;
}

export interface PlanDocument {
  readonly source: string;
  readonly lineCount: number;
  readonly headings: readonly PlanHeading[];
  readonly sections: readonly PlanSection[];
  readonly blocks: readonly TextBlock[];
  readonly runs: readonly TextRun[];
  readonly codeBlocks: readonly PlanCodeBlock[];
  readonly tables: readonly PlanTable[];
  readonly steps: readonly PlanStep[];
  readonly risks: readonly PlanRisk[];
  /** Sections covering `line`, outermost first. */
  sectionsAt(line: number): readonly PlanSection[];
  /** Sections of this kind, in document order. */
  sectionsOf(kind: SectionKind): readonly PlanSection[];
  /** Position of a source offset. */
  positionAt(offset: number): PlanPosition;
  /** Source offset where a 1-based line starts. */
  lineOffset(line: number): number;
}
