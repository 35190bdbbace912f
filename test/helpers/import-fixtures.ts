/** Fixture snapshots for the importer tests: Proxmox VE dumps and NetBox list responses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectNetbox } from '../../src/intake/importers/netbox/collect-netbox.js';
import type { NetboxSnapshot } from '../../src/intake/importers/netbox/netbox-snapshot.js';
import { collectPve } from '../../src/intake/importers/proxmox/collect-pve.js';
import { pveDumpSource } from '../../src/intake/importers/proxmox/pve-dump-source.js';
import type { PveSnapshot } from '../../src/intake/importers/proxmox/pve-snapshot.js';
import { fixturesDir } from './paths.js';

export const pveShapes = ['single-node', 'two-node-qdevice', 'three-node-ceph-ha'] as const;
export const netboxVersions = ['3.2.9', '4.1.6'] as const;

/** The token secret planted in the Proxmox fixtures (a VM description and tag). */
export const PLANTED_PVE_SECRET = '7c1e5f0a-93b2-4d6e-8f41-2a9c0b5d3e17';
/** The NetBox tokens planted in the NetBox fixtures (device comments and a custom field), v1 for 3.x and v2 for 4.x. */
export const PLANTED_NETBOX_TOKENS = { '3.2.9': '3f9a1c7e52b04d8e9a6f1b2c3d4e5f60718293ab', '4.1.6': 'nbt_K7dP2x9QmRt4.Zq8Ww3Lr5Ny7Hv1Bs6Tk0Jc2Fg4Md9Xp' } as const;

export const pveFixtureDir = (shape: string) => join(fixturesDir, 'proxmox', shape);
export const netboxFixtureDir = (version: string) => join(fixturesDir, 'netbox', version);

/** A Proxmox VE snapshot read from a fixture dump directory. */
export function pveSnapshot(shape: string): Promise<PveSnapshot> {
  return collectPve(pveDumpSource(pveFixtureDir(shape)));
}

/** A NetBox snapshot read straight from fixture files (no HTTP). */
export function netboxSnapshot(version: string): Promise<NetboxSnapshot> {
  const dir = netboxFixtureDir(version);
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return collectNetbox({
    description: 'fixture',
    version: async () => (read('status') as Record<string, string>)['netbox-version'],
    list: async (endpoint) => read(endpoint.replace('/', '_')) as Record<string, unknown>[],
  });
}
