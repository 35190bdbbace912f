import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../src/intake/load-spec.js';
import { mapNetbox } from '../../../../src/intake/importers/netbox/map-netbox.js';
import { classifyRole, zoneOf } from '../../../../src/intake/importers/netbox/netbox-classify.js';
import { cableEnds, connectedEndpoints, vmDiskBytes } from '../../../../src/intake/importers/netbox/netbox-compat.js';
import { feedPower } from '../../../../src/intake/importers/netbox/map-netbox-power.js';
import type { NetboxSnapshot } from '../../../../src/intake/importers/netbox/netbox-snapshot.js';
import { renderYaml } from '../../../../src/intake/spec-writer/render-yaml.js';
import { netboxSnapshot, netboxVersions, PLANTED_NETBOX_TOKENS } from '../../../helpers/import-fixtures.js';

const render = (snapshot: NetboxSnapshot) => {
  const result = mapNetbox(snapshot);
  return renderYaml(result.spec, result.annotations, [result.summary, ...result.questions, ...result.skipped]);
};

describe('mapNetbox on the fixture site', () => {
  it.each(netboxVersions)('NetBox %s: the loader accepts the spec, and the planted token appears nowhere', async (version) => {
    const text = render(await netboxSnapshot(version));
    const loaded = parseSpec('netbox.yaml', text);
    expect(loaded.diagnostics).toEqual([]);
    expect(text).not.toContain(PLANTED_NETBOX_TOKENS[version]);
  });

  it('reads 3.2 and 4.1 to the same spec; only PoE, which 3.2 does not model, differs', async () => {
    const [v3, v4] = await Promise.all(netboxVersions.map(async (version) => mapNetbox(await netboxSnapshot(version)).spec));
    const withoutPoe = (spec: unknown) =>
      JSON.parse(JSON.stringify(spec, (key, value: unknown) => (key === 'poe' || key === 'poeFrom' || (key === 'power' && JSON.stringify(value) === '{"poeFrom":"sw1:port5"}') ? undefined : value)));
    expect(withoutPoe(v3)).toEqual(withoutPoe(v4));
    expect(JSON.stringify(v4)).toContain('"poeFrom":"sw1:port5"');
  });

  it('maps the power chain, cabling through a patch panel, VLANs, clusters and VMs', async () => {
    const result = mapNetbox(await netboxSnapshot('4.1.6'));
    const model = parseSpec('netbox.yaml', renderYaml(result.spec, result.annotations, [])).model!;
    // Feed A: 230 V × 16 A × 80% = 2944 VA, read as W.
    expect(model.power.feeds).toMatchObject([{ id: 'main-panel-feed-a', maxPower: 2944 }]);
    expect(model.power.ups).toMatchObject([{ id: 'ups1', feed: 'main-panel-feed-a', model: 'APC Back-UPS Pro 1500' }]);
    expect(model.power.pdus).toMatchObject([{ id: 'pdu1', feed: 'ups1' }]);
    expect(model.hosts.map((host) => [host.id, host.role, host.power])).toEqual([
      ['nas', 'nas', { load: 60, feeds: ['ups1'], psus: 1 }],
      ['pve1', 'hypervisor', { load: 45, feeds: ['pdu1'], psus: 1 }],
      ['pve2', 'hypervisor', { load: 45, feeds: ['pdu1'], psus: 1 }],
    ]);
    const nics = Object.fromEntries(model.hosts.flatMap((host) => host.nics.map((nic) => [`${host.id}:${nic.id}`, nic.connectedTo ?? null])));
    // pve2's cable ends at patch1; NetBox's path trace continues to sw1 port3.
    expect(nics).toEqual({ 'nas:eth0': 'sw1:port4', 'nas:eth1': 'sw1:port6', 'pve1:eno1': 'sw1:port2', 'pve1:enp1s0': null, 'pve2:eno1': 'sw1:port3', 'pve2:enp1s0': null });
    expect(model.network.links.map((link) => [link.a, link.b])).toEqual([['ap1:eth0', 'sw1:port5'], ['fw1:igc1', 'sw1:port1'], ['pve1:enp1s0', 'pve2:enp1s0']]);
    expect(model.network.vlans.map((vlan) => [vlan.id, vlan.vid, vlan.zone, vlan.subnet])).toEqual([
      ['management', 10, 'management', '10.0.10.0/24'],
      ['servers', 20, 'servers', '10.0.20.0/24'],
      ['iot', 30, 'iot', '10.0.30.0/24'],
      ['guest', 40, 'guest', '10.0.40.0/24'],
      ['lab', 99, 'servers', '10.0.99.0/24'],
    ]);
    expect(model.clusters.proxmox).toMatchObject([{ id: 'homelab', nodes: [{ host: 'pve1' }, { host: 'pve2' }] }]);
    expect(model.workloads.map((workload) => [workload.id, workload.host ?? null, workload.cluster ?? null, workload.vcpu, workload.memory, workload.disk])).toEqual([
      ['homeassistant', 'pve1', 'homelab', 2, 4 * 2 ** 30, 32e9],
      ['nextcloud', 'pve2', 'homelab', 4, 8 * 2 ** 30, 200e9],
      ['pihole', null, null, 1, 512 * 2 ** 20, 8e9],
    ]);
    expect(result.skipped).toEqual([
      'VLAN Servers (tag 20): tag 20 is already VLAN "servers"; interfaces on it were mapped to "servers"',
      'device old-server: status decommissioning',
      'device patch1: role Patch Panel is not modelled (cabling through it is followed)',
      'cluster k8s: type Kubernetes is not a Proxmox cluster',
      'virtual machine retired-vm: status decommissioning',
    ]);
  });

  it('does not depend on the order NetBox listed things in', async () => {
    const snapshot = await netboxSnapshot('4.1.6');
    const expected = render(snapshot);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0;
        const shuffle = <T>(items: readonly T[]) => {
          const copy = [...items];
          for (let index = copy.length - 1; index > 0; index--) {
            state = (state * 1103515245 + 12345) >>> 0;
            const other = state % (index + 1);
            [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
          }
          return copy;
        };
        const shuffled = Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, Array.isArray(value) ? shuffle(value) : value])) as unknown as NetboxSnapshot;
        expect(render(shuffled)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('NetBox version differences', () => {
  it('reads both cable shapes', () => {
    const legacy = cableEnds({ termination_a_type: 'dcim.interface', termination_a: { id: 1 }, termination_b_type: 'dcim.frontport', termination_b: { id: 2 } });
    const modern = cableEnds({ a_terminations: [{ object_type: 'dcim.interface', object_id: 1, object: { id: 1 } }], b_terminations: [{ object_type: 'dcim.frontport', object_id: 2, object: { id: 2 } }] });
    expect(legacy).toEqual(modern);
  });

  it('reads both path-endpoint shapes', () => {
    expect(connectedEndpoints({ connected_endpoint_type: 'dcim.interface', connected_endpoint: { id: 7 } })).toEqual({ type: 'dcim.interface', endpoints: [{ id: 7 }] });
    expect(connectedEndpoints({ connected_endpoints_type: 'dcim.interface', connected_endpoints: [{ id: 7 }] })).toEqual({ type: 'dcim.interface', endpoints: [{ id: 7 }] });
  });

  it('reads VM disks in GB before 4.1 and in MB from 4.1 (NetBox 4.1.0 release notes)', () => {
    expect(vmDiskBytes({ disk: 32 }, '4.0.11')).toBe(32e9);
    expect(vmDiskBytes({ disk: 32000 }, '4.1.0')).toBe(32e9);
    expect(vmDiskBytes({ disk: 32 }, '3.7.8')).toBe(32e9);
  });
});

describe('NetBox power feeds', () => {
  it("computes available power as NetBox does: V × A × utilization, × √3 for three phases (netbox/dcim/models/power.py)", () => {
    expect(feedPower(230, 16, 80, false)).toBe(2944);
    // 400 V × 32 A × 0.8 × 1.7320508 = 17736.2
    expect(feedPower(400, 32, 80, true)).toBe(17736);
    expect(feedPower(-48, 10, 100, false)).toBe(480);
  });
});

describe('role and zone keywords', () => {
  it.each([
    [['core-switch', 'Core Switch'], { as: 'network', kind: 'switch' }],
    [['ups', 'UPS'], { as: 'ups' }],
    [['hypervisor'], { as: 'host', role: 'hypervisor' }],
    [['storage'], { as: 'host', role: 'nas' }],
    [['patch-panel'], { as: 'skip' }],
    [['wireless-ap'], { as: 'network', kind: 'access-point' }],
    [['supervisor'], undefined],
  ])('%j → %j', (names, expected) => {
    expect(classifyRole(...names)).toEqual(expected);
  });

  it('reads zones from VLAN roles and names', () => {
    expect([zoneOf('Management'), zoneOf(undefined, 'CCTV'), zoneOf('Users'), zoneOf('Lab')]).toEqual(['management', 'cameras', 'trusted', undefined]);
  });
});
