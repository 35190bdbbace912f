import { describe, expect, it } from 'vitest';
import { buildFailureGraph, impact, singlePointsOfFailure } from '../../src/failure/index.js';
import { modelOf } from '../helpers/failure.js';

function spec(options: { pair: boolean }): string {
  const nics = (port: string) =>
    options.pair
      ? `[{ id: nic0, speed: 10GbE, connectedTo: "sw1:${port}" }, { id: nic1, speed: 10GbE, connectedTo: "sw2:${port}" }]`
      : `[{ id: nic0, speed: 10GbE, connectedTo: "sw1:${port}" }]`;
  return `
version: 1
site: { name: net }
hosts:
  - { id: h1, role: hypervisor, nics: ${nics('p1')}, managementVlan: servers }
  - { id: h2, role: hypervisor, nics: ${nics('p2')}, managementVlan: servers }
network:
  devices:
    - { id: fw, kind: firewall, ports: [{ id: a }, { id: b }] }
    - { id: sw1, kind: switch, ports: [{ id: p1 }, { id: p2 }, { id: up }, { id: poe, poe: true }] }
    ${options.pair ? '- { id: sw2, kind: switch, ports: [{ id: p1 }, { id: p2 }, { id: up }] }' : ''}
    - { id: ap1, kind: access-point, ports: [{ id: eth0 }], power: { poeFrom: "sw1:poe" } }
  links:
    - { a: "fw:a", b: "sw1:up" }
    ${options.pair ? '- { a: "fw:b", b: "sw2:up" }' : ''}
    - { a: "ap1:eth0", b: "sw1:poe" }
  vlans: [{ id: servers, vid: 20, zone: servers, gateway: fw }]
  wan: [{ id: isp, device: fw, down: 1Gbps, up: 1Gbps }]
workloads:
  - { id: web, kind: vm, host: h1, vlans: [servers], servesInternet: true, criticality: high }
  - { id: db, kind: vm, host: h2, vlans: [servers], criticality: critical }
`;
}

const spofNames = (yaml: string) => singlePointsOfFailure(buildFailureGraph(modelOf(yaml))).map((spof) => spof.component);

describe('switches', () => {
  it('a single switch is a single point of failure for everything behind it', () => {
    const graph = buildFailureGraph(modelOf(spec({ pair: false })));
    expect(impact(graph, ['device:sw1']).byKind).toMatchObject({ workload: ['db', 'web'], host: ['h1', 'h2'], device: ['ap1', 'sw1'] });
    expect(spofNames(spec({ pair: false }))).toEqual(expect.arrayContaining(['device:sw1', 'device:fw', 'link:fw:a~sw1:up', 'nic:h1/nic0', 'nic:h2/nic0']));
  });

  it('a redundant pair with every host on both is not, and neither is one of the NICs', () => {
    const names = spofNames(spec({ pair: true }));
    expect(names).not.toContain('device:sw1');
    expect(names).not.toContain('device:sw2');
    expect(names).not.toContain('nic:h1/nic0');
    expect(names).toEqual(expect.arrayContaining(['device:fw', 'host:h1', 'host:h2']));
    // Both switches at once still isolate the hosts.
    expect(impact(buildFailureGraph(modelOf(spec({ pair: true }))), ['device:sw1', 'device:sw2']).byKind.workload).toEqual(['db', 'web']);
  });

  it('a PoE device needs its switch', () => {
    const result = impact(buildFailureGraph(modelOf(spec({ pair: true }))), ['device:sw1']);
    expect(result.byKind.device).toEqual(['ap1', 'sw1']);
    expect(result.byKind.workload).toBeUndefined();
  });
});

describe('gateway, VLANs and WAN', () => {
  it('a VLAN needs its gateway, and the WAN takes down only what serves the internet', () => {
    const graph = buildFailureGraph(modelOf(spec({ pair: true })));
    expect(impact(graph, ['device:fw']).byKind).toMatchObject({ vlan: ['servers'], workload: ['db', 'web'], internet: ['site'] });
    expect(impact(graph, ['wan:isp']).byKind).toEqual({ workload: ['web'], internet: ['site'], wan: ['isp'] });
  });

  it('a router VM gateway is reached through the switch of its host, and its host failing takes the VLAN down', () => {
    const yaml = `
version: 1
site: { name: vm-router }
hosts:
  - { id: pve, role: hypervisor, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw:p1" }], managementVlan: lan }
  - { id: nas, role: nas, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw:p2" }], managementVlan: lan }
network:
  devices: [{ id: sw, kind: switch, ports: [{ id: p1 }, { id: p2 }] }]
  vlans: [{ id: lan, vid: 1, zone: management, gateway: opnsense }]
workloads:
  - { id: opnsense, kind: vm, host: pve }
  - { id: files, kind: service, host: nas, vlans: [lan] }
`;
    const graph = buildFailureGraph(modelOf(yaml));
    expect(impact(graph, ['host:pve']).byKind).toMatchObject({ vlan: ['lan'], workload: ['files', 'opnsense'] });
    expect(impact(graph, ['nic:pve/eno1']).byKind.host).toEqual(['nas', 'pve']);
    expect(impact(graph, ['host:nas']).byKind.workload).toEqual(['files']);
  });
});

describe('corosync links', () => {
  it('a single dedicated corosync switch is a single point of failure for HA, a second link over the LAN is not', () => {
    const yaml = (links: string) => `
version: 1
site: { name: c }
hosts:
${[1, 2, 3].map((n) => `  - { id: n${n}, role: hypervisor, memory: 64GB, managementVlan: lan, nics: [{ id: lan0, speed: 1GbE, connectedTo: "sw:p${n}", vlans: [lan] }, { id: ring0, speed: 1GbE, connectedTo: "ring:p${n}", purpose: corosync }] }`).join('\n')}
network:
  devices:
    - { id: gw, kind: gateway, ports: [{ id: lan }] }
    - { id: sw, kind: switch, ports: [{ id: p1 }, { id: p2 }, { id: p3 }, { id: up }] }
    - { id: ring, kind: switch, ports: [{ id: p1 }, { id: p2 }, { id: p3 }] }
  links: [{ a: "gw:lan", b: "sw:up" }]
  vlans: [{ id: lan, vid: 1, zone: management, gateway: gw }, { id: corosync, vid: 50, zone: management }]
clusters:
  proxmox:
    - { id: c, nodes: [n1, n2, n3], ha: { enabled: true }, corosync: { links: ${links} } }
workloads:
  - { id: vm1, kind: vm, host: n1, ha: true }
`;
    const single = buildFailureGraph(modelOf(yaml('[{ vlan: corosync, dedicated: true }]')));
    expect(impact(single, ['device:ring']).byKind).toMatchObject({ cluster: ['c'], workload: ['vm1'] });
    const redundant = buildFailureGraph(modelOf(yaml('[{ vlan: corosync, dedicated: true }, { vlan: lan }]')));
    expect(impact(redundant, ['device:ring']).byKind.workload).toBeUndefined();
  });
});
