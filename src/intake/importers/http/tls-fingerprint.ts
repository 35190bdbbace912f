/**
 * The SHA-256 certificate fingerprint a user pins with --fingerprint. Kept apart from tls-socket.ts so
 * that parsing command-line options does not load node:tls (which cannot be in the startup snapshot).
 */

/** "AB:CD:…" upper case, the way `pvenode cert info` and browsers print a fingerprint; undefined if not 32 bytes of hex. */
export function normalizeFingerprint(text: string): string | undefined {
  const hex = text.replace(/^sha256[:=]?/i, '').replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return hex.match(/../g)?.join(':');
}
