/**
 * The last step of every answer: each string in it goes through redactText, so a secret that slipped
 * past the loader (in a diagnostic, an echoed argument, a file name) never reaches the client.
 */
import { redactText } from '../intake/secrets.js';

/** A copy of `value` with every string redacted; keys are Kestra's own and are kept. */
export function redactDeep<T>(value: T): T {
  return visit(value) as T;
}

function visit(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(visit);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, visit(child)]));
  }
  return value;
}
