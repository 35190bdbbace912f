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

/** A host, VM or port name shaped like a DNS name (short labels), which the random-token heuristic must not drop. */
const NAME_SHAPED = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/**
 * A name from a source (node, VM, device, VLAN): like safeText, except that a long DNS-style name
 * ("k8s-worker-node-01-production") passes although it mixes letters and digits; anything with a
 * secret's shape (a PEM block, a "PVEAPIToken=", a long unbroken random run) is still dropped.
 */
export function safeName(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (NAME_SHAPED.test(text) && text.length <= MAX_TEXT && text.split(/[-._]/).every((label) => label.length < 24)) return text;
  return safeText(value);
}

/** Replaces every occurrence of each secret in `text` with "[redacted]"; the last guard before any output. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  return result;
}
