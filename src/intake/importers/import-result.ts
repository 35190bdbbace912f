/**
 * What an importer produces: a spec in the input format, the comments that say which values were
 * imported, assumed or unknown, and the open questions the source could not answer.
 */
import type { SpecInput } from '../../model/schema/spec.js';

/** How much a value can be trusted: read from the source, a default Kestra chose, or not known at all. */
export type NoteKind = 'imported' | 'assumed' | 'unknown';

export interface Note {
  readonly kind: NoteKind;
  readonly text: string;
}

/**
 * Comments attached to objects of the imported spec (by identity, so mappers need no paths).
 * Entity notes become comment lines above the entity; field notes become inline comments.
 * Merging treats an `assumed` field as a gap-filler: it never overwrites what the spec has.
 */
export interface Annotations {
  entity(entity: object, kind: NoteKind, text: string): void;
  field(entity: object, key: string, kind: Exclude<NoteKind, 'imported'>, text: string): void;
  entityNotes(entity: object): readonly Note[];
  fieldNote(entity: object, key: string): Note | undefined;
}

/** A fresh, empty set of annotations. */
export function createAnnotations(): Annotations {
  const entities = new WeakMap<object, Note[]>();
  const fields = new WeakMap<object, Map<string, Note>>();
  return {
    entity(entity, kind, text) {
      const notes = entities.get(entity) ?? [];
      notes.push({ kind, text });
      entities.set(entity, notes);
    },
    field(entity, key, kind, text) {
      const notes = fields.get(entity) ?? new Map<string, Note>();
      notes.set(key, { kind, text });
      fields.set(entity, notes);
    },
    entityNotes: (entity) => entities.get(entity) ?? [],
    fieldNote: (entity, key) => fields.get(entity)?.get(key),
  };
}

/** The sources Kestra imports from; the name appears in "imported: <tool> …" comments. */
export type ImportTool = 'proxmox' | 'netbox';

export interface ImportResult {
  readonly tool: ImportTool;
  /** One line describing what was read, e.g. 'Proxmox VE 8.3.2 cluster "lab" (3 nodes)'. */
  readonly summary: string;
  /** The spec, in the input format (human units), keys in the order a person reads them. */
  readonly spec: SpecInput;
  readonly annotations: Annotations;
  /** What the source could not tell and the user should answer, in a stable order. */
  readonly questions: readonly string[];
  /** What was read but not mapped, and why. */
  readonly skipped: readonly string[];
}

/** The comment text of a note: "assumed: …", "unknown: …" or "imported: …". */
export function noteText(note: Note): string {
  return `${note.kind}: ${note.text}`;
}
