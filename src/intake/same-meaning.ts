/**
 * Two values written at one path of a spec mean the same when the spec schema reads them to the same
 * data: "32GB" and "32 GB" of memory, "1GbE" and "1 GbE", a host whose fields are written in another
 * order or unit style. Used when several inputs define one entity (merge-inputs.ts). Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { declaredSchemasAt } from '../model/schema/schema-walk.js';
import { specSchema } from '../model/schema/spec.js';
import type { SameMeaning } from './merge-inputs.js';

/** True when some schema the spec declares at `path` reads both values, to equal data. */
export const sameMeaningInSpec: SameMeaning = (path, first, second) =>
  declaredSchemasAt(specSchema, path).some((schema) => {
    const read = (value: unknown) => (schema as z.ZodType).safeParse(value);
    const a = read(first);
    if (!a.success) return false;
    const b = read(second);
    return b.success && isDeepStrictEqual(a.data, b.data);
  });
