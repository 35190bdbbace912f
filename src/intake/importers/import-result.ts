/**
 * What an importer produces: a spec in the input format, the comments that say which values were
 * imported, assumed or unknown, and the open questions the source could not answer.
 */
import type { SpecInput } from '../../model/schema/spec.js';
import type { Annotations } from '../spec-writer/annotations.js';

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
