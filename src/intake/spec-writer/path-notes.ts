/**
 * Notes addressed by spec path — what the Markdown inventory reader knows about its assumptions and
 * open questions — placed on the objects of the spec, so the one YAML writer can write them: a note
 * about a record sits above the record, a note about any other value inline at its field.
 */
import type { PathSegment } from '../yaml-document.js';
import { type Annotations, createAnnotations, type NoteKind, noteText } from './annotations.js';

export interface PathNote {
  /** Spec path of the value the note is about; [] for the whole spec. */
  readonly path: readonly PathSegment[];
  readonly kind: Exclude<NoteKind, 'imported'>;
  readonly text: string;
}

export interface PlacedNotes {
  readonly annotations: Annotations;
  /** Notes about the whole spec, or about a path that is not in it, as comment text for the header. */
  readonly documentNotes: readonly string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The child of `parent` at `segment`, only for an own key of a record or an index of a list. */
function childAt(parent: unknown, segment: PathSegment): unknown {
  if (Array.isArray(parent)) return typeof segment === 'number' ? parent[segment] : undefined;
  return isPlainObject(parent) && typeof segment === 'string' && Object.hasOwn(parent, segment) ? parent[segment] : undefined;
}

/**
 * Where a note about `path` goes: the record at the path, or the field that holds the value; a list item
 * that is not a record has no place of its own and takes its list's. A path that is not (fully) in
 * `data` falls back to its nearest ancestor that is.
 */
function placeOf(data: unknown, path: readonly PathSegment[]): { entity: object; key?: string } | undefined {
  const chain: unknown[] = [data];
  for (const segment of path) {
    const child = childAt(chain[chain.length - 1], segment);
    if (child === undefined) break;
    chain.push(child);
  }
  for (let length = chain.length - 1; length > 0; length--) {
    const value = chain[length];
    const parent = chain[length - 1];
    const key = path[length - 1];
    if (isPlainObject(value)) return { entity: value };
    if (isPlainObject(parent) && typeof key === 'string') return { entity: parent, key };
  }
  return undefined;
}

/** Places each of `notes` on the object of `data` it is about; the same note twice at one place is written once. */
export function annotationsAtPaths(data: unknown, notes: readonly PathNote[]): PlacedNotes {
  const annotations = createAnnotations();
  const documentNotes: string[] = [];
  const written = new WeakMap<object, Set<string>>();
  for (const note of notes) {
    const text = noteText(note);
    const place = placeOf(data, note.path);
    if (!place) {
      if (!documentNotes.includes(text)) documentNotes.push(text);
      continue;
    }
    const seen = written.get(place.entity) ?? new Set<string>();
    written.set(place.entity, seen);
    const id = `${place.key ?? ''}\u0000${text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (place.key === undefined) {
      annotations.entity(place.entity, note.kind, note.text);
      continue;
    }
    // A field has one inline comment: a second note about it joins the first.
    const first = annotations.fieldNote(place.entity, place.key);
    if (first) annotations.field(place.entity, place.key, first.kind as PathNote['kind'], `${first.text}; ${text}`);
    else annotations.field(place.entity, place.key, note.kind, note.text);
  }
  return { annotations, documentNotes };
}
