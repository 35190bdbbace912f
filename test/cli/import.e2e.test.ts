import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { type FixtureServer, netboxHandler, pveHandler, type PveServerOptions, startHttpsServer } from '../helpers/https-fixture-server.js';
import { netboxFixtureDir, netboxVersions, PLANTED_NETBOX_TOKENS, PLANTED_PVE_SECRET, pveFixtureDir, pveShapes } from '../helpers/import-fixtures.js';
import { type CliResult, runCli, runCliAsync } from '../helpers/run-cli.js';
import { otherFingerprint, testCertificate } from '../helpers/tls-test-cert.js';

const tokenId = 'kestra@pve!audit';
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const scratch = () => mkdtempSync(join(tmpdir(), 'kestra-import-'));
/** The spec without its first header line, which names where it came from. */
const withoutSource = (text: string) => text.split('\n').slice(1).join('\n');
const everything = (result: CliResult, ...files: string[]) => [result.stdout, result.stderr, ...files.filter(existsSync).map((file) => readFileSync(file, 'utf8'))].join('\n');

async function pveServer(shape: string, options: Partial<PveServerOptions> = {}, secret = PLANTED_PVE_SECRET) {
  server = await startHttpsServer(pveHandler({ dir: pveFixtureDir(shape), tokenId, secret, ...options }));
  return server;
}
const pveArgs = (live: FixtureServer, ...more: string[]) => ['import', 'proxmox', '--url', live.url, '--token-id', tokenId, '--fingerprint', testCertificate().fingerprint, ...more];

describe('kestra import proxmox --from (built CLI)', () => {
  it.each(pveShapes)('%s: prints a commented spec that validates and analyzes', (shape) => {
    const result = runCli(['import', 'proxmox', '--from', `test/fixtures/proxmox/${shape}`]);
    expect(result.code).toBe(0);
    expectGolden(`import/proxmox-${shape}.yaml`, result.stdout);
    expect(result.stderr).toMatch(/^imported Proxmox VE /);
    const dir = scratch();
    const file = join(dir, 'infra.yaml');
    writeFileSync(file, result.stdout);
    expect(runCli(['validate', file]).code).toBe(0);
    expect(runCli(['analyze', file]).code).toBe(0);
    expect(everything(result)).not.toContain(PLANTED_PVE_SECRET);
  });

  it('writes -o, then finds the file up to date on a second run', () => {
    const file = join(scratch(), 'infra.yaml');
    const first = runCli(['import', 'proxmox', '--from', 'test/fixtures/proxmox/two-node-qdevice', '-o', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`wrote ${file}`);
    const written = readFileSync(file, 'utf8');
    const second = runCli(['import', 'proxmox', '--from', 'test/fixtures/proxmox/two-node-qdevice', '-o', file, '--write']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain(`${file} is up to date with the source`);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('merges into an edited spec: shows the diff, writes only with --write, keeps hand-written fields', () => {
    const dir = scratch();
    const dump = join(dir, 'dump');
    cpSync(pveFixtureDir('two-node-qdevice'), dump, { recursive: true });
    const file = join(dir, 'infra.yaml');
    expect(runCli(['import', 'proxmox', '--from', dump, '-o', file]).code).toBe(0);
    const edited = readFileSync(file, 'utf8').replace('  - id: nextcloud\n', '  - id: nextcloud\n    criticality: high\n    rto: 4h\n');
    writeFileSync(file, edited);
    const config = join(dump, 'nodes_pve2_qemu_102_config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"memory": "8192"', '"memory": "12288"'));

    const preview = runCli(['import', 'proxmox', '--from', dump, '-o', file]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(`--- a/${file}\n+++ b/${file}\n`);
    expect(preview.stdout).toContain('-    memory: 8 GiB\n+    memory: 12 GiB\n');
    expect(preview.stderr).toContain('run again with --write to apply it');
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const applied = runCli(['import', 'proxmox', '--from', dump, '-o', file, '--write']);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain('merge: 0 added, 1 updated; hand-written entries kept');
    const merged = readFileSync(file, 'utf8');
    expect(merged).toContain('  - id: nextcloud\n    criticality: high\n    rto: 4h\n');
    expect(merged).toContain('    memory: 12 GiB\n');
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('exits 2 without writing when the dump lacks a file', () => {
    const dir = scratch();
    const file = join(dir, 'infra.yaml');
    const result = runCli(['import', 'proxmox', '--from', dir, '-o', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: pvesh dump in ${dir} has no cluster_status.json`);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(file)).toBe(false);
  });
});

describe('kestra import proxmox --url (built CLI against a local HTTPS API)', () => {
  it.each(pveShapes)('%s: the live API gives the same spec as the dump, and the token appears nowhere', async (shape) => {
    const live = await pveServer(shape);
    const dir = scratch();
    const secretFile = join(dir, 'secret');
    writeFileSync(secretFile, `${PLANTED_PVE_SECRET}\n`);
    chmodSync(secretFile, 0o600);
    const file = join(dir, 'infra.yaml');
    const result = await runCliAsync(pveArgs(live, '--token-secret-file', secretFile, '-o', file));
    expect(result.stderr).toContain(`from ${live.url}`);
    expect(result.code).toBe(0);
    const fromDump = runCli(['import', 'proxmox', '--from', `test/fixtures/proxmox/${shape}`, '-o', join(dir, 'dump.yaml')]);
    expect(fromDump.code).toBe(0);
    expect(withoutSource(readFileSync(file, 'utf8'))).toBe(withoutSource(readFileSync(join(dir, 'dump.yaml'), 'utf8')).replaceAll(join(dir, 'dump.yaml'), file));
    expect(everything(result, file)).not.toContain(PLANTED_PVE_SECRET);
  });

  it('takes the secret from KESTRA_PVE_TOKEN_SECRET', async () => {
    const live = await pveServer('single-node');
    const result = await runCliAsync(pveArgs(live), { env: { KESTRA_PVE_TOKEN_SECRET: PLANTED_PVE_SECRET } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  - id: homeassistant\n');
    expect(everything(result)).not.toContain(PLANTED_PVE_SECRET);
  });

  const failures: [string, Partial<PveServerOptions>, string[], string, RegExp][] = [
    ['a wrong token', {}, [], 'not-the-secret', /error: https:\/\/127\.0\.0\.1:\d+ rejected the API token "kestra@pve!audit" \(HTTP 401: authentication failure\)/],
    ['a missing permission', { forbid: { path: /^\/nodes\/pve\/status$/, acl: '/nodes/pve', privilege: 'Sys.Audit' } }, [], PLANTED_PVE_SECRET, /error: permission denied reading \/nodes\/pve\/status: the token "kestra@pve!audit" lacks Sys\.Audit on \/nodes\/pve\n/],
    ['a certificate that does not match the pin', {}, ['--fingerprint', otherFingerprint()], PLANTED_PVE_SECRET, /error: TLS: the certificate of 127\.0\.0\.1:\d+ does not match --fingerprint; nothing was sent/],
    ['a server that does not answer in time', { hang: /^\/cluster\/status$/ }, ['--timeout', '1'], PLANTED_PVE_SECRET, /error: 127\.0\.0\.1:\d+ did not answer \/api2\/json\/cluster\/status within 1s/],
  ];
  it.each(failures)('exits 2 with a clear message and writes nothing for %s', async (_name, options, extra, secret, message) => {
    const live = await pveServer('single-node', options);
    const file = join(scratch(), 'infra.yaml');
    const args = pveArgs(live, '-o', file);
    const fingerprintAt = args.indexOf('--fingerprint');
    if (extra[0] === '--fingerprint') args.splice(fingerprintAt, 2);
    const result = await runCliAsync([...args, ...extra], { env: { KESTRA_PVE_TOKEN_SECRET: secret } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
    expect(everything(result)).not.toContain(secret);
  });

  it('refuses a self-signed certificate unless pinned, and says how to pin it', async () => {
    const live = await pveServer('single-node');
    const result = await runCliAsync(['import', 'proxmox', '--url', live.url, '--token-id', tokenId], { env: { KESTRA_PVE_TOKEN_SECRET: PLANTED_PVE_SECRET } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot be verified: it is self-signed; nothing was sent');
    expect(result.stderr).toContain(`pass --fingerprint ${testCertificate().fingerprint}`);
    expect(live.requests).toEqual([]);
  });

  it('explains an unreachable host', async () => {
    const closed = await startHttpsServer(() => undefined);
    await closed.close();
    const result = await runCliAsync(['import', 'proxmox', '--url', closed.url, '--token-id', tokenId], { env: { KESTRA_PVE_TOKEN_SECRET: 'x' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: connection refused: nothing listens on 127.0.0.1:${closed.port}`);
  });

  it('refuses a secret given on the command line without echoing it', () => {
    const result = runCli(['import', 'proxmox', '--url', 'https://pve1:8006', '--token-id', tokenId, '--token-secret', 'hunter2-secret']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --token-secret is not accepted');
    expect(result.stderr).not.toContain('hunter2');
  });

  it('asks for the secret when there is none', () => {
    const result = runCli(['import', 'proxmox', '--url', 'https://pve1:8006', '--token-id', tokenId]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: the API token secret is missing');
    expect(result.stderr).toContain('--token-secret-file FILE, or set KESTRA_PVE_TOKEN_SECRET');
  });

  it('refuses plain http', () => {
    const result = runCli(['import', 'proxmox', '--url', 'http://pve1:8006', '--token-id', tokenId]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --url must use https, not http');
  });
});

describe('kestra import netbox (built CLI against a local HTTPS API)', () => {
  it.each(netboxVersions)('NetBox %s: a spec that validates, with the planted token nowhere', async (version) => {
    const token = PLANTED_NETBOX_TOKENS[version];
    server = await startHttpsServer(netboxHandler({ dir: netboxFixtureDir(version), token, pageSize: 4 }));
    const dir = scratch();
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, token);
    chmodSync(tokenFile, 0o600);
    const result = await runCliAsync(['import', 'netbox', '--url', server.url, '--token-file', tokenFile, '--fingerprint', testCertificate().fingerprint]);
    expect(result.code).toBe(0);
    expectGolden(`import/netbox-${version}.yaml`, result.stdout.replaceAll(server.url, 'https://127.0.0.1:PORT'));
    const file = join(dir, 'infra.yaml');
    writeFileSync(file, result.stdout);
    expect(runCli(['validate', file]).code).toBe(0);
    expect(everything(result)).not.toContain(token);
  });

  it('merges NetBox cabling and power into a spec imported from Proxmox', async () => {
    const dir = scratch();
    const file = join(dir, 'infra.yaml');
    expect(runCli(['import', 'proxmox', '--from', 'test/fixtures/proxmox/two-node-qdevice', '-o', file]).code).toBe(0);
    server = await startHttpsServer(netboxHandler({ dir: netboxFixtureDir('4.1.6'), token: 'nbt_a.b' }));
    const result = await runCliAsync(['import', 'netbox', '--url', server.url, '--fingerprint', testCertificate().fingerprint, '-o', file, '--write'], { env: { KESTRA_NETBOX_TOKEN: 'nbt_a.b' } });
    expect(result.code).toBe(0);
    const merged = readFileSync(file, 'utf8');
    expect(merged).toContain('Intel(R) N100');
    expect(merged).toContain('connectedTo: sw1:port2');
    expect(merged).toContain('feeds: [ pdu1 ]');
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('exits 2 naming the permission NetBox refused', async () => {
    server = await startHttpsServer(netboxHandler({ dir: netboxFixtureDir('4.1.6'), token: 'nbt_a.b', forbid: 'dcim/cables' }));
    const result = await runCliAsync(['import', 'netbox', '--url', server.url, '--fingerprint', testCertificate().fingerprint], { env: { KESTRA_NETBOX_TOKEN: 'nbt_a.b' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: permission denied reading dcim/cables: the token's user lacks dcim.view_cable");
    expect(result.stdout).toBe('');
  });

  it('exits 2 on a refused token', async () => {
    server = await startHttpsServer(netboxHandler({ dir: netboxFixtureDir('3.2.9'), token: '0123456789abcdef0123456789abcdef01234567' }));
    const result = await runCliAsync(['import', 'netbox', '--url', server.url, '--fingerprint', testCertificate().fingerprint], { env: { KESTRA_NETBOX_TOKEN: 'ffffffffffffffffffffffffffffffffffffffff' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rejected the API token (HTTP 403: Invalid token)');
    expect(result.stderr).not.toContain('ffffffffffffffffffffffffffffffffffffffff');
  });
});
