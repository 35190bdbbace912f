import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsGet } from '../../../../src/intake/importers/http/https-get.js';
import { normalizeFingerprint } from '../../../../src/intake/importers/http/tls-fingerprint.js';
import { expectSourceError } from '../../../helpers/expect-source-error.js';
import { type FixtureServer, startHttpsServer } from '../../../helpers/https-fixture-server.js';
import { otherFingerprint, testCertificate } from '../../../helpers/tls-test-cert.js';

let server: FixtureServer;
const seenHeaders: Record<string, string | string[] | undefined>[] = [];

beforeAll(async () => {
  server = await startHttpsServer((request, response) => {
    seenHeaders.push(request.headers);
    if (request.url === '/hang') return;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"ok":true}');
  });
});
afterAll(() => server.close());

const base = () => ({ host: '127.0.0.1', port: server.port, timeoutMs: 3000 });

describe('httpsGet', () => {
  it('refuses a self-signed certificate by default, before sending anything, and names its fingerprint', async () => {
    const before = seenHeaders.length;
    const error = await expectSourceError(httpsGet(base(), '/x', { Authorization: 'Token sekrit' }));
    expect(error.message).toMatch(/^TLS: the certificate of 127\.0\.0\.1:\d+ cannot be verified: it is self-signed; nothing was sent$/);
    expect(error.hint).toContain(`--fingerprint ${testCertificate().fingerprint}`);
    expect(seenHeaders.length).toBe(before);
  });

  it('accepts the certificate when its fingerprint is pinned, in any spelling', async () => {
    const pin = normalizeFingerprint(testCertificate().fingerprint.replace(/:/g, '').toLowerCase());
    const response = await httpsGet({ ...base(), fingerprint: pin }, '/pinned', { Authorization: 'Token sekrit' });
    expect(response).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(seenHeaders.at(-1)?.authorization).toBe('Token sekrit');
  });

  it('refuses a pinned fingerprint that does not match, before sending anything', async () => {
    const before = seenHeaders.length;
    const error = await expectSourceError(httpsGet({ ...base(), fingerprint: otherFingerprint() }, '/x', { Authorization: 'Token sekrit' }));
    expect(error.message).toContain('does not match --fingerprint; nothing was sent');
    expect(seenHeaders.length).toBe(before);
  });

  it('accepts the certificate through a CA file', async () => {
    expect((await httpsGet({ ...base(), ca: testCertificate().cert }, '/ca', {})).status).toBe(200);
  });

  it('gives up after the timeout', async () => {
    const error = await expectSourceError(httpsGet({ ...base(), ca: testCertificate().cert, timeoutMs: 300 }, '/hang', {}));
    expect(error.message).toMatch(/did not answer \/hang within 0\.3s/);
  });

  it('explains a refused connection', async () => {
    const error = await expectSourceError(httpsGet({ host: '127.0.0.1', port: 1, timeoutMs: 3000 }, '/x', {}));
    expect(error.message).toBe('connection refused: nothing listens on 127.0.0.1:1');
  });
});

describe('normalizeFingerprint', () => {
  it('accepts colons, spaces, case and a sha256 prefix; refuses anything not 32 bytes', () => {
    const colons = Array.from({ length: 32 }, () => 'ab').join(':');
    expect(normalizeFingerprint(`SHA256:${'AB'.repeat(32)}`)).toBe(colons.toUpperCase());
    expect(normalizeFingerprint(colons)).toBe(colons.toUpperCase());
    expect(normalizeFingerprint('AB:CD')).toBeUndefined();
  });
});
