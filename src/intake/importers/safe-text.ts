/**
 * Text copied from a source into a spec: one line, bounded length, and never anything that looks
 * like a secret (a token pasted into a VM description must not reach the spec or the terminal).
 */
import { secretShapeOf } from '../secrets.js';

/** Longest free text copied from a source. */
const MAX_TEXT = 200;

/** The value as safe one-line text, or undefined when it is empty, not text, or shaped like a secret. */
export function safeText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || secretShapeOf(text) !== undefined) return undefined;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Replaces every occurrence of each secret in `text` with "[redacted]"; the last guard before any output. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  return result;
}
