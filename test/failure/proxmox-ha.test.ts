import { describe, expect, it } from 'vitest';
import { knownFact } from '../../src/analyze/fact.js';
import type { Analysis } from '../../src/analyze/run-analysis.js';
import { buildFailureGraph, impact, nPlusOne, singlePointsOfFailure } from '../../src/failure/index.js';
import { GiB } from '../../src/model/quantities.js';
import { modelOf } from '../helpers/failure.js';

/** Two nodes and a NAS with an NFS share for VM disks, one switch, one gateway. */
function twoNodeSpec(options: { qdevice?: boolean; ha1Memory?: string; ha?: boolean } = {}): string {
  return `
version: 1
site: { name: lab }
power:
  feeds: [{ id: wall }]
hosts:
  - { id: pve1, role: hypervisor, memory: 32GB, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p1" }], power: { feeds: [wall] }, managementVlan: lan }
  - { id: pve2, role: hypervisor, memory: 32GB, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p2" }], power: { feeds: [wall] }, managementVlan: lan }
  - { id: nas, role: nas, memory: 16GB, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p3" }], power: { feeds: [wall] }, managementVlan: lan }
  - { id: pi, role: sbc, memory: 4GB, nics: [{ id: eth0, speed: 1GbE, connectedTo: "sw1:p4" }], power: { feeds: [wall] }, managementVlan: lan }
network:
  devices:
    - { id: gw, kind: gateway, ports: [{ id: lan }], power: { feeds: [wall] } }
    - { id: sw1, kind: switch, ports: [{ id: p1 }, { id: p2 }, { id: p3 }, { id: p4 }, { id: up }], power: { feeds: [wall] } }
  links: [{ a: "gw:lan", b: "sw1:up" }]
  vlans: [{ id: lan, vid: 1, zone: management, gateway: gw }]
storage:
  shares: [{ id: vmstore, host: nas, protocol: nfs }]
clusters:
  proxmox:
    - id: lab
      nodes: [pve1, pve2]
      ${options.qdevice ? 'qdevice: { host: pi }' : ''}
      ha: { enabled: ${options.ha ?? true} }
      sharedStorage: [{ id: nfs-vm, kind: nfs, source: vmstore }]
workloads:
  - { id: ha1, kind: vm, host: pve1, cluster: lab, memory: ${options.ha1Memory ?? '8GB'}, storage: nfs-vm, ha: true, criticality: critical }
  - { id: ha2, kind: vm, host: pve2, cluster: lab, memory: 8GB, storage: nfs-vm, ha: true }
  - { id: plain1, kind: vm, host: pve1, cluster: lab, memory: 4GB, storage: nfs-vm }
  - { id: plain2, kind: vm, host: pve2, cluster: lab, memory: 4GB, storage: nfs-vm }
`;
}

const workloadsDown = (yaml: string, failed: string[]) => impact(buildFailureGraph(modelOf(yaml)), failed).byKind.workload ?? [];

describe('two-node Proxmox cluster with HA', () => {
  it('without a QDevice loses every HA guest when one node fails: the survivor is not quorate and fences', () => {
    const result = impact(buildFailureGraph(modelOf(twoNodeSpec())), ['host:pve1']);
    // 1 of 2 votes is below quorum 2 (pvecm: floor(2/2)+1), so pve2 (which runs HA guest ha2) fences too.
    expect(result.byKind.cluster).toEqual(['lab']);
    expect(result.byKind.workload).toEqual(['ha1', 'ha2', 'plain1', 'plain2']);
    expect(result.restarted).toEqual([]);
  });

  it('with a QDevice keeps quorum (2 of 3 votes) and restarts the HA guest on the survivor', () => {
    const result = impact(buildFailureGraph(modelOf(twoNodeSpec({ qdevice: true }))), ['host:pve1']);
    expect(result.byKind.cluster).toBeUndefined();
    expect(result.byKind.workload).toEqual(['plain1']);
    expect(result.restarted).toEqual([{ cluster: 'lab', guest: 'ha1', from: 'pve1', to: 'pve2' }]);
  });

  it('with a QDevice but too little free memory on the survivor, the HA guest cannot restart', () => {
    // pve2: 32 GiB − 2 GiB PVE reserve − (8 + 4) GiB running = 18 GiB free; ha1 needs 24 GiB.
    const result = impact(buildFailureGraph(modelOf(twoNodeSpec({ qdevice: true, ha1Memory: '24GB' }))), ['host:pve1']);
    expect(result.byKind.workload).toEqual(['ha1', 'plain1']);
    expect(result.cannotRestart).toEqual([{ cluster: 'lab', guest: 'ha1', from: 'pve1', memory: 24 * GiB }]);
  });

  it('non-HA guests of a node that runs no HA guest survive the loss of quorum (no watchdog armed)', () => {
    const yaml = twoNodeSpec().replace('{ id: ha2, kind: vm, host: pve2, cluster: lab, memory: 8GB, storage: nfs-vm, ha: true }', '{ id: ha2, kind: vm, host: pve1, cluster: lab, memory: 8GB, storage: nfs-vm, ha: true }');
    expect(workloadsDown(yaml, ['host:pve1'])).toEqual(['ha1', 'ha2', 'plain1']);
  });

  it('with HA disabled, guests die only with their own host', () => {
    expect(workloadsDown(twoNodeSpec({ ha: false }), ['host:pve1'])).toEqual(['ha1', 'plain1']);
  });

  it('ranks pve1 and pve2 as single points of failure without a QDevice, and not with one for HA guests', () => {
    const without = singlePointsOfFailure(buildFailureGraph(modelOf(twoNodeSpec())));
    expect(without.find((spof) => spof.component === 'host:pve2')?.takesDown.workload).toEqual(['ha1', 'ha2', 'plain1', 'plain2']);
    expect(without.find((spof) => spof.component === 'host:pve2')?.mitigation).toMatch(/QDevice/);
    const withQdevice = singlePointsOfFailure(buildFailureGraph(modelOf(twoNodeSpec({ qdevice: true }))));
    expect(withQdevice.find((spof) => spof.component === 'host:pve2')?.takesDown.workload).toEqual(['plain2']);
    expect(withQdevice.find((spof) => spof.component === 'host:pi')).toBeUndefined();
  });

  it('blast radii agree with impact() once memory decides the restart', () => {
    const graph = buildFailureGraph(modelOf(twoNodeSpec({ qdevice: true, ha1Memory: '24GB' })));
    const spof = singlePointsOfFailure(graph).find((candidate) => candidate.component === 'host:pve1');
    expect(spof?.takesDown.workload).toEqual(impact(graph, ['host:pve1']).byKind.workload?.filter((name) => name !== 'pve1'));
    expect(spof?.takesDown.workload).toEqual(['ha1', 'plain1']);
  });
});

describe('nPlusOne', () => {
  it('reports lost quorum for two nodes without a QDevice', () => {
    const [first] = nPlusOne(modelOf(twoNodeSpec())).results;
    expect(first).toMatchObject({ cluster: 'lab', failedNode: 'pve1', quorate: false, displaced: ['ha1'], lost: ['plain1'], fenced: ['ha2', 'plain2'] });
    expect(first?.cannotRestart).toEqual([{ guest: 'ha1', memory: 8 * GiB, reason: 'no-quorum' }]);
  });

  it('places first-fit decreasing and reports the memory missing, using physical − 2 GiB as an assumption', () => {
    const result = nPlusOne(modelOf(twoNodeSpec({ qdevice: true, ha1Memory: '24GB' })));
    const pve1 = result.results.find((row) => row.failedNode === 'pve1');
    expect(pve1).toMatchObject({ quorate: true, restarted: [], missingMemory: 24 * GiB });
    expect(pve1?.survivors).toEqual([{ host: 'pve2', capacity: 30 * GiB, capacitySource: 'physical-minus-reserve', used: 12 * GiB, freeAfter: 18 * GiB }]);
    expect(result.assumptions.map((assumption) => assumption.id)).toEqual(['failure/guest-memory-physical-minus-2gib']);
  });

  it('uses the compute fact guest-memory-capacity when the analysis has it', () => {
    const fact = knownFact({ id: 'compute/pve2/guest-memory-capacity', subject: 'pve2', layer: 'compute', label: 'Guest memory capacity', unit: 'bytes', formula: 'physical − reserved', inputs: [], value: 40 * GiB });
    const analysis: Analysis = { facts: [fact], byId: new Map([[fact.id, fact]]), assumptions: [], openQuestions: [] };
    const pve1 = nPlusOne(modelOf(twoNodeSpec({ qdevice: true, ha1Memory: '24GB' })), analysis).results.find((row) => row.failedNode === 'pve1');
    expect(pve1?.restarted).toEqual([{ guest: 'ha1', to: 'pve2', memory: 24 * GiB }]);
    expect(pve1?.survivors[0]).toMatchObject({ capacitySource: 'fact', freeAfter: 4 * GiB });
  });
});

describe('standalone hosts', () => {
  it('guests of a host outside any cluster depend only on that host, even when flagged HA', () => {
    const yaml = `
version: 1
site: { name: s }
hosts:
  - { id: a, role: hypervisor }
  - { id: b, role: hypervisor }
workloads:
  - { id: one, kind: vm, host: a, ha: true }
  - { id: two, kind: ct, host: b }
  - { id: app, kind: container, runsOn: one }
`;
    expect(workloadsDown(yaml, ['host:a'])).toEqual(['app', 'one']);
    expect(workloadsDown(yaml, ['host:b'])).toEqual(['two']);
  });
});
