import { afterEach, describe, expect, it } from 'vitest';
import { collectPve } from '../../../../src/intake/importers/proxmox/collect-pve.js';
import { mapPve } from '../../../../src/intake/importers/proxmox/map-pve.js';
import { pveDumpSource } from '../../../../src/intake/importers/proxmox/pve-dump-source.js';
import { pveLiveSource } from '../../../../src/intake/importers/proxmox/pve-live-source.js';
import { expectSourceError } from '../../../helpers/expect-source-error.js';
import { type FixtureServer, pveHandler, type PveServerOptions, startHttpsServer } from '../../../helpers/https-fixture-server.js';
import { pveFixtureDir } from '../../../helpers/import-fixtures.js';
import { testCertificate } from '../../../helpers/tls-test-cert.js';

const tokenId = 'kestra@pve!audit';
const secret = '0d4b1f7e-8a2c-4e5f-9b6d-1c3e5a7f9b2d';
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function live(shape: string, options: Partial<PveServerOptions> = {}, token = secret) {
  server = await startHttpsServer(pveHandler({ dir: pveFixtureDir(shape), tokenId, secret, ...options }));
  return pveLiveSource({ endpoint: { host: '127.0.0.1', port: server.port, timeoutMs: 5000, fingerprint: testCertificate().fingerprint }, tokenId, tokenSecret: token, description: server.url });
}


describe('the live Proxmox VE source', () => {
  it.each(['single-node', 'two-node-qdevice', 'three-node-ceph-ha'])('%s: reads the same snapshot as the pvesh dump', async (shape) => {
    const fromApi = await collectPve(await live(shape));
    const fromDump = await collectPve(pveDumpSource(pveFixtureDir(shape)));
    expect(fromApi).toEqual(fromDump);
    expect(mapPve(fromApi).spec).toEqual(mapPve(fromDump).spec);
  });

  it('falls back from HA rules (9.x) to HA groups (7.x, 8.x) when the API lacks the path', async () => {
    const snapshot = await collectPve(await live('two-node-qdevice'));
    expect(snapshot.haPlacement.kind).toBe('groups');
    expect(server?.requests).toContain('/api2/json/cluster/ha/rules');
    expect(server?.requests).toContain('/api2/json/cluster/ha/groups');
  });

  it('stops on a rejected token, naming the token id and never the secret', async () => {
    const error = await expectSourceError(collectPve(await live('single-node', {}, 'wrong')));
    expect(error.message).toBe(`${server!.url} rejected the API token "kestra@pve!audit" (HTTP 401: authentication failure)`);
    expect(`${error.message} ${error.hint}`).not.toContain(secret);
  });

  it('names the missing privilege from the permission check', async () => {
    const source = await live('single-node', { forbid: { path: /\/qemu\/100\//, acl: '/vms/100', privilege: 'VM.Audit' } });
    const error = await expectSourceError(collectPve(source));
    expect(error.message).toBe('permission denied reading /nodes/pve/qemu/100/config: the token "kestra@pve!audit" lacks VM.Audit on /vms/100');
    expect(error.hint).toContain("pveum acl modify / --roles PVEAuditor --tokens 'kestra@pve!audit'");
  });

  it('says which path an older API lacks', async () => {
    const source = await live('single-node');
    const reply = await source.get('/nodes/pve/no-such-path');
    expect(reply).toMatchObject({ found: false, status: 501, reason: "this Proxmox VE version has no API path /nodes/pve/no-such-path (HTTP 501: Method 'GET /nodes/pve/no-such-path' not implemented)" });
  });

  it('stops when a required path is missing', async () => {
    const error = await expectSourceError(collectPve(pveDumpSource(pveFixtureDir('no-such-shape'))));
    expect(error.message).toMatch(/^pvesh dump in .*no-such-shape has no cluster_status\.json$/);
    expect(error.hint).toContain('pvesh get /cluster/status --output-format json >');
  });
});
