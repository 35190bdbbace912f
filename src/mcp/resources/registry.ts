/**
 * The resources the Kestra MCP server offers, one line each. Example inventories are listed from
 * examples/ as they are found.
 */
import { exampleResources } from './examples.js';
import { personaResource } from './persona.js';
import type { KestraResource } from './resource.js';
import { ruleCatalogResource } from './rule-catalog.js';
import { specSchemaResource } from './spec-schema.js';

export const builtInResources: readonly KestraResource[] = [specSchemaResource, ruleCatalogResource, personaResource];

/** Every resource: the built-in ones, then the examples. */
export async function listResources(): Promise<KestraResource[]> {
  return [...builtInResources, ...(await exampleResources())];
}
