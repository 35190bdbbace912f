/** Walks a zod schema alongside a data path, to find what the schema expects at that path. */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;
type PathSegment = string | number;

/** Keys the schema accepts for the object at `path`. */
export function knownKeys(root: AnySchema, path: readonly PathSegment[]): string[] {
  const candidates = schemasAt(root, path).flatMap(expandUnions);
  const keys = new Set<string>();
  for (const schema of candidates) {
    const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, unknown> };
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys].sort();
}

/** The schemas (unwrapped, unions not expanded) that describe the value at `path`. */
export function schemasAt(root: AnySchema, path: readonly PathSegment[]): AnySchema[] {
  let current: AnySchema[] = [root];
  for (const segment of path) current = childSchemas(current, segment);
  return current;
}

/** The schemas of the value at `path` as declared, transforms included (schemasAt unwraps them); none for the root. */
export function declaredSchemasAt(root: AnySchema, path: readonly PathSegment[]): AnySchema[] {
  const last = path[path.length - 1];
  if (last === undefined) return [];
  return declaredChildren(schemasAt(root, path.slice(0, -1)), last);
}

/** One step of schemasAt: the schemas of the value under `segment` of a value that `schemas` describe. */
export function childSchemas(schemas: readonly AnySchema[], segment: PathSegment): AnySchema[] {
  return declaredChildren(schemas, segment).map(unwrap);
}

/** The schemas, as declared, of the value under `segment` of a value that `schemas` describe. */
function declaredChildren(schemas: readonly AnySchema[], segment: PathSegment): AnySchema[] {
  const declared: AnySchema[] = [];
  for (const schema of schemas.flatMap(expandUnions)) {
    const def = schema._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema };
    if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) declared.push(def.shape[segment]);
    else if (def.type === 'array' && def.element && typeof segment === 'number') declared.push(def.element);
    else if (def.type === 'record' && def.valueType) declared.push(def.valueType);
  }
  return declared;
}

function expandUnions(schema: AnySchema): AnySchema[] {
  const unwrapped = unwrap(schema);
  const def = unwrapped._zod.def as { type: string; options?: AnySchema[] };
  return def.type === 'union' && def.options ? def.options.flatMap(expandUnions) : [unwrapped];
}

/** Unwraps optional/default wrappers and transform pipes down to the schema that reads the raw input. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

