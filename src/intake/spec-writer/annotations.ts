/**
 * Notes a written spec carries as comments, attached to objects of the spec by identity (so the code
 * that builds a spec needs no paths): which values were imported, assumed, unknown, or still an open
 * question. Entity notes become comment lines above the entity; field notes become inline comments.
 */

/**
 * How much a value can be trusted: read from the source, a default Kestra chose, not known at all, or
 * a fact the user still has to give. Merging an import treats any field note as a gap-filler: it never
 * overwrites what the spec has.
 */
export type NoteKind = 'imported' | 'assumed' | 'unknown' | 'open question';

export interface Note {
  readonly kind: NoteKind;
  readonly text: string;
}

/** Notes on the objects of one spec. */
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

/** The comment text of a note: "assumed: …", "unknown: …", "imported: …" or "open question: …". */
export function noteText(note: Note): string {
  return `${note.kind}: ${note.text}`;
}
