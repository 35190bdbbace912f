/**
 * Evaluates one custom-rule condition against an entity: read a field or a fact, compare it. A value
 * that is missing, or a fact that is unknown, makes the condition false: custom rules never guess.
 */
import type { Fact } from '../../analyze/fact.js';
import { parseDuration, parsePercent, parsePower, parseRate, parseSize } from '../../intake/units/index.js';
import type { ConditionSpec } from './config-schema.js';

type Comparable = number | string | boolean;

/** Reads a dotted path ("cpu.threads", "disks.length") from an entity. */
export function readPath(entity: unknown, path: string): unknown {
  let current: unknown = entity;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && segment === 'length') current = current.length;
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

/** Reads a comparison value written with a unit ("80%", "4TB", "24h", "1GbE", "500W") as a number in base units. */
export function quantityOf(value: Comparable): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const parsers = text.endsWith('%') ? [parsePercent] : [parseDuration, (input: string) => parseSize(input, 'disk'), parseRate, parsePower];
  for (const parse of parsers) {
    const result = parse(text);
    if (result.ok) return typeof result.value === 'number' ? result.value : (result.value as { bytes: number }).bytes;
  }
  return undefined;
}

/** Fills {placeholders} of a fact id template from the entity's fields; undefined when one is missing. */
export function factIdFor(template: string, entity: unknown): string | undefined {
  let missing = false;
  const id = template.replace(/\{([A-Za-z0-9_.]+)\}/g, (_, path: string) => {
    const value = readPath(entity, path);
    if (value === undefined || value === null || typeof value === 'object') missing = true;
    return String(value);
  });
  return missing ? undefined : id;
}

function same(actual: unknown, expected: Comparable): boolean {
  if (Array.isArray(actual)) return actual.some((item) => same(item, expected));
  if (typeof actual === 'number') return actual === quantityOf(expected);
  return actual === expected;
}

/** The value a condition looks at: the entity's field or the fact's value (null when unknown). */
export function conditionValue(condition: ConditionSpec, entity: unknown, fact: (id: string) => Fact | undefined): { value: unknown; fact?: Fact } {
  if (condition.field !== undefined) return { value: readPath(entity, condition.field) };
  const id = factIdFor(condition.fact ?? '', entity);
  const found = id === undefined ? undefined : fact(id);
  return found ? { value: found.status === 'known' ? found.value : undefined, fact: found } : { value: undefined };
}

/** True when the condition holds for `value`. */
export function holds(condition: ConditionSpec, value: unknown): boolean {
  if (condition.exists !== undefined && (value !== undefined && value !== null) !== condition.exists) return false;
  if (value === undefined || value === null) return condition.exists === false;
  if (condition.equals !== undefined && !same(value, condition.equals)) return false;
  if (condition.notEquals !== undefined && same(value, condition.notEquals)) return false;
  if (condition.in !== undefined && !condition.in.some((item) => same(value, item))) return false;
  if (condition.notIn !== undefined && condition.notIn.some((item) => same(value, item))) return false;
  const ordered: [Comparable | undefined, (a: number, b: number) => boolean][] = [
    [condition.gt, (a, b) => a > b],
    [condition.gte, (a, b) => a >= b],
    [condition.lt, (a, b) => a < b],
    [condition.lte, (a, b) => a <= b],
  ];
  for (const [bound, compare] of ordered) {
    if (bound === undefined) continue;
    const limit = quantityOf(bound);
    if (typeof value !== 'number' || limit === undefined || !compare(value, limit)) return false;
  }
  return true;
}
