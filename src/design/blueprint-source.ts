/**
 * Where an entity a blueprint adds comes from. Entities read from a spec point at their line; an
 * entity a design creates points at the blueprint instead, so a finding or a diagram about it can say
 * "added by blueprint proxmox-cluster" rather than a line that does not exist.
 */
import type { Source } from '../model/types.js';

const PREFIX = 'blueprint:';

/** The source of an entity added by blueprint `id`: `{ file: 'blueprint:<id>', line: 0, column: 0, pointer }`. */
export function blueprintSource(id: string, pointer = ''): Source {
  return { file: `${PREFIX}${id}`, line: 0, column: 0, pointer };
}

/** The blueprint that added an entity with this source, or undefined for entities read from a spec. */
export function blueprintOf(source: Source | undefined): string | undefined {
  return source?.file.startsWith(PREFIX) ? source.file.slice(PREFIX.length) : undefined;
}
