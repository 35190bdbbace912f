/**
 * Finds secrets that people paste into inventories (passwords, API tokens, private keys) so that they
 * never reach any output. Secret-named keys are dropped; secret-shaped values are replaced.
 */
import type { PathSegment } from './yaml-document.js';

export const REDACTED = '[redacted]';

/** Keys whose value is a secret whatever it looks like. */
const SECRET_KEY = /^(pass(word|wd|phrase)?|pwd|secret|.*[_-]?secret|token|.*[_-]?token|api[_-]?key|.*apikey|private[_-]?key|privkey|psk|pre[_-]?shared[_-]?key|wpa[_-]?key|credentials?|auth[_-]?key|access[_-]?key|secret[_-]?key|community|key|ssh[_-]?key|wg[_-]?key|wireguard[_-]?key|license[_-]?key|enrollment[_-]?key)$/i;

/** Value shapes that are secrets wherever they appear. Each names what it is, for the warning. */
const SECRET_SHAPES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a PEM private key or certificate block', pattern: /-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)-----/ },
  { name: 'an OpenSSH private key', pattern: /-----BEGIN OPENSSH PRIVATE KEY-----/ },
  { name: 'a Proxmox API token', pattern: /PVEAPIToken=\S+/ },
  { name: 'a GitHub token', pattern: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/ },
  { name: 'an AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'a Tailscale auth key', pattern: /\btskey-[A-Za-z0-9-]{10,}\b/ },
  { name: 'an API key', pattern: /\bsk-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/ },
  { name: 'a WireGuard key', pattern: /(^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=($|[^A-Za-z0-9+/=])/ },
];

/** A long run of mixed letters and digits that reads like a generated token. */
function looksLikeToken(value: string, keepWordPaths = false): boolean {
  for (const match of value.matchAll(/[A-Za-z0-9+/_=.-]{32,}/g)) {
    const candidate = match[0];
    if (/^[a-z.-]+$/i.test(candidate)) continue; // long words and hostnames
    if (/^\d+$/.test(candidate)) continue;
    if (keepWordPaths && isWordPath(candidate)) continue;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((pattern) => pattern.test(candidate)).length;
    if (classes >= 2 && shannonEntropy(candidate) >= 3.5) return true;
  }
  return false;
}

/**
 * One part of a path, URL or id that reads as a word, a number, a name or a model number: "guest", "pve1",
 * "growthPerMonth", "TNHardwareGuide", "RAIDZ", "2024", "nuc11tnhi5" (a short run of letters, digits, letters, digits).
 */
const WORD_PART = /^(?:[A-Z]*[a-z]+(?:[A-Z]+[a-z]+)*\d*|[A-Z]+\d*|\d+|[a-z]+\d+[a-z]*|[a-z]{1,6}\d{1,4}[a-z]{1,6}\d{1,4}[a-z]{0,3})$/;

/** A UUID: random by construction, and what Proxmox API token secrets are. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * True for runs such as "compute/pve1/guest-memory-capacity", "docs.ceph.com/en/latest/rados" or
 * "/tmp/kestra-GeI4ec/lab.yaml": every part between separators reads as a word or is too short to be a
 * secret. Generated tokens (hex, base64) have a long part of mixed case and digits ("…/bPxRfiCYEXAMPLEKEY")
 * and stay suspect.
 */
function isWordPath(candidate: string): boolean {
  if (UUID.test(candidate)) return false;
  // Mixed case is how names are written ("QemuMigrate"), but a long mixed-case run is more likely a token.
  return candidate.split(/[/._=+-]+/).every((part) => part.length < 10 || (WORD_PART.test(part) && (part.length <= 24 || /^[a-z]+$/.test(part))));
}

function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const occurrences of counts.values()) {
    const probability = occurrences / value.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** What kind of secret a string holds, or undefined when it looks harmless. */
export function secretShapeOf(value: string): string | undefined {
  for (const shape of SECRET_SHAPES) if (shape.pattern.test(value)) return shape.name;
  return looksLikeToken(value) ? 'a long random token' : undefined;
}

/** True when a key name means its value is a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export interface SecretFinding {
  readonly path: readonly PathSegment[];
  /** Why it was taken for a secret (never the value). */
  readonly reason: string;
  /** The key was dropped (true) or the value replaced with "[redacted]" (false). */
  readonly removed: boolean;
}

/** Returns a copy of `data` without secrets, and where each secret was. */
export function stripSecrets(data: unknown): { data: unknown; findings: SecretFinding[] } {
  const findings: SecretFinding[] = [];
  const visit = (value: unknown, path: PathSegment[]): unknown => {
    if (typeof value === 'string') {
      const shape = secretShapeOf(value);
      if (shape === undefined) return value;
      findings.push({ path, reason: `the value looks like ${shape}`, removed: false });
      return REDACTED;
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value !== null && typeof value === 'object') {
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        if (isSecretKey(key) && child !== null && typeof child !== 'object') {
          findings.push({ path: [...path, key], reason: `the key "${key}" names a secret`, removed: true });
          continue;
        }
        result[key] = visit(child, [...path, key]);
      }
      return result;
    }
    return value;
  };
  return { data: visit(data, []), findings };
}

/** Replaces every secret-shaped run in a text with "[redacted]", for strings headed to any output. */
export function redactText(value: string): string {
  let result = value;
  for (const shape of SECRET_SHAPES) result = result.replace(new RegExp(shape.pattern.source, shape.pattern.flags.includes('g') ? shape.pattern.flags : `${shape.pattern.flags}g`), REDACTED);
  // Output is full of ids, paths and URLs ("compute/pve1/guest-memory-capacity"); they are not tokens here,
  // while inputs keep the stricter check (a value that merely might be a secret is not read).
  return result.replace(/[A-Za-z0-9+/_=.-]{32,}/g, (candidate) => (looksLikeToken(candidate, true) ? REDACTED : candidate));
}
