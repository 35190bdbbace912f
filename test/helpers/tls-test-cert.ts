/**
 * A self-signed certificate for 127.0.0.1, for the HTTPS fixture servers. Generated with openssl at
 * test time when it is installed; otherwise the test-only pair in test/fixtures/tls is used.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from './paths.js';

export interface TestCertificate {
  readonly cert: string;
  readonly key: string;
  /** SHA-256 fingerprint, "AB:CD:…". */
  readonly fingerprint: string;
}

let cached: TestCertificate | undefined;

/** The certificate, made once per test process. */
export function testCertificate(): TestCertificate {
  if (cached) return cached;
  let cert: string;
  let key: string;
  try {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=kestra test', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    key = readFileSync(join(dir, 'key.pem'), 'utf8');
  } catch {
    cert = readFileSync(join(fixturesDir, 'tls', 'TEST-ONLY-localhost.crt'), 'utf8');
    key = readFileSync(join(fixturesDir, 'tls', 'TEST-ONLY-localhost.key'), 'utf8');
  }
  cached = { cert, key, fingerprint: new X509Certificate(cert).fingerprint256 };
  return cached;
}

/** Another certificate, for "the server presented a different certificate" cases. */
export function otherFingerprint(): string {
  return Array.from({ length: 32 }, () => 'AB').join(':');
}
