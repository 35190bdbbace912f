/** The JSON Schema of the spec as written (before units are parsed), generated from the zod schema. */
import { z } from 'zod';
import { specSchema } from './schema/spec.js';

export const SCHEMA_ID = 'https://kestra.dev/schema/spec-v1.json';

/** Returns the spec's JSON Schema (draft 2020-12), describing the input side of every field. */
export function specJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(specSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID, title: 'Kestra infrastructure spec' };
}
