import { afterEach, describe, expect, it } from 'vitest';
import { collectNetbox } from '../../../../src/intake/importers/netbox/collect-netbox.js';
import { mapNetbox } from '../../../../src/intake/importers/netbox/map-netbox.js';
import { netboxLiveSource, viewPermission } from '../../../../src/intake/importers/netbox/netbox-source.js';
import { expectSourceError } from '../../../helpers/expect-source-error.js';
import { type FixtureServer, netboxHandler, type NetboxServerOptions, startHttpsServer } from '../../../helpers/https-fixture-server.js';
import { netboxFixtureDir, netboxSnapshot } from '../../../helpers/import-fixtures.js';
import { testCertificate } from '../../../helpers/tls-test-cert.js';

const tokens = { '3.2.9': '0123456789abcdef0123456789abcdef01234567', '4.1.6': 'nbt_AbCdEf123456.Zyxwvu9876543210Qponm' } as const;
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function live(version: keyof typeof tokens, options: Partial<NetboxServerOptions> = {}, token: string = tokens[version]) {
  server = await startHttpsServer(netboxHandler({ dir: netboxFixtureDir(version), token: tokens[version], pageSize: 3, ...options }));
  const waits: number[] = [];
  const source = netboxLiveSource({
    endpoint: { host: '127.0.0.1', port: server.port, timeoutMs: 5000, ca: testCertificate().cert },
    token,
    description: server.url,
    basePath: '',
    pageSize: 1000,
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
  });
  return { source, waits };
}


describe('the live NetBox source', () => {
  it.each(['3.2.9', '4.1.6'] as const)('NetBox %s: follows pagination (by path, not the host of "next") to the same snapshot as the files', async (version) => {
    const { source } = await live(version);
    const snapshot = await collectNetbox(source);
    expect(snapshot).toEqual(await netboxSnapshot(version));
    expect(mapNetbox(snapshot).spec).toEqual(mapNetbox(await netboxSnapshot(version)).spec);
    // 10 devices at most 3 a page: 4 pages.
    expect(server!.requests.filter((path) => path.startsWith('/api/dcim/devices/'))).toEqual([
      '/api/dcim/devices/?limit=1000',
      '/api/dcim/devices/?limit=3&offset=3',
      '/api/dcim/devices/?limit=3&offset=6',
      '/api/dcim/devices/?limit=3&offset=9',
    ]);
  });

  it('waits as Retry-After says when rate limited, then goes on', async () => {
    const { source, waits } = await live('4.1.6', { rateLimitOnce: 'dcim/cables' });
    expect((await source.list('dcim/cables')).length).toBe(9);
    expect(waits).toEqual([1000]);
  });

  it('stops on a rejected token', async () => {
    const { source } = await live('3.2.9', {}, 'ffffffffffffffffffffffffffffffffffffffff');
    const error = await expectSourceError(source.list('dcim/devices'));
    expect(error.message).toBe(`${server!.url} rejected the API token (HTTP 403: Invalid token)`);
  });

  it('names the permission a list needs', async () => {
    const { source } = await live('4.1.6', { forbid: 'dcim/power-feeds' });
    const error = await expectSourceError(collectNetbox(source));
    expect(error.message).toBe('permission denied reading dcim/power-feeds: the token\'s user lacks dcim.view_powerfeed');
  });

  it('says when an endpoint does not exist', async () => {
    const { source } = await live('4.1.6');
    const error = await expectSourceError(source.list('dcim/no-such-things'));
    expect(error.message).toBe(`${server!.url} has no API endpoint /api/dcim/no-such-things/ (HTTP 404)`);
  });

  it('knows the view permission of every list it reads', () => {
    expect(['dcim/devices', 'virtualization/virtual-machines', 'ipam/prefixes', 'dcim/power-ports'].map(viewPermission)).toEqual([
      'dcim.view_device',
      'virtualization.view_virtualmachine',
      'ipam.view_prefix',
      'dcim.view_powerport',
    ]);
  });
});
