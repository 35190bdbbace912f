// The network analyzer on inline specs: goodput per link (domain.md §5, N3, N7), WAN goodput,
// backup transfer and offsite seed times (N11's formula), peak utilisation and live migration (M1).
import { describe, expect, it } from 'vitest';
import { networkAnalyzer } from '../../../src/analyze/network/network-analyzer.js';
import { GB, GiB, TB } from '../../../src/model/quantities.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const oneGbE = (1e9 * 1448) / 1538;
const spec = `version: 1
site: { name: Test }
hosts:
  - id: pve1
    role: hypervisor
    memory: 32GB
    disks: [{ id: d, size: 1TB, kind: ssd }]
    nics:
      - { id: eno1, speed: 1GbE, connectedTo: "sw1:p1" }
      - { id: ens2, speed: 10GbE, connectedTo: "sw1:x1", mtu: 9000, purpose: storage }
      - { id: wlan, speed: 300 Mbit/s }
  - id: pve2
    role: hypervisor
    memory: 32GB
    nics:
      - { id: eth0, speed: 2.5GbE, connectedTo: "sw1:p2" }
      - { id: ens2, speed: 10GbE, connectedTo: "sw1:x2", mtu: 9000, purpose: storage }
  - id: nas
    role: nas
    nics: [{ id: eth0, speed: 1GbE, connectedTo: "sw1:p3" }]
network:
  devices:
    - { id: gw, kind: gateway, ports: [{ id: lan, speed: 1GbE }] }
    - id: sw1
      kind: switch
      ports: [{ id: p1, speed: 1GbE }, { id: p2, speed: 1GbE }, { id: p3, speed: 1GbE }, { id: p8, speed: 1GbE }, { id: x1, speed: 10GbE }, { id: x2, speed: 10GbE }]
    - { id: sw2, kind: switch }
    - { id: sw3, kind: switch }
  links:
    - { a: "gw:lan", b: "sw1:p8" }
    - { a: "sw2:up", b: "sw3:down" }
  vlans:
    - { id: storage, vid: 30, zone: storage }
  wan:
    - { id: isp, device: gw, down: 500 Mbit/s, up: 50 Mbit/s }
storage:
  zfs:
    - { id: local, host: pve1, vdevs: [{ layout: stripe, disks: [d] }] }
  shares:
    - { id: vmstore, host: nas, protocol: nfs }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2], migrationNetwork: storage }
workloads:
  - { id: vm1, kind: vm, host: pve1, cluster: lab, memory: 8GB, disk: 32GB, storage: vmstore }
  - { id: vm2, kind: vm, host: pve1, cluster: lab, memory: 4GB, disk: 100GB, storage: local }
  - { id: ct1, kind: ct, host: pve2, cluster: lab, memory: 2GB, disk: 8GB }
backups:
  targets:
    - { id: nas-target, kind: nas, host: nas }
    - { id: cloud, kind: cloud, offsite: true }
  jobs:
    - { id: nightly, tool: vzdump, sources: [vm1, vm2], target: nas-target, schedule: daily 02:00, duration: 1h, size: 200GB }
    - { id: offsite, tool: restic, sources: [nas-target], target: cloud, schedule: daily 04:00, duration: 2h, size: 1TB, changePerDay: 20GB }
`;

describe('network analyzer', () => {
  const analysis = analyzeYaml(spec, [networkAnalyzer]);

  it('N3: a 1 GbE link carries 941.48 Mbit/s of TCP goodput', () => {
    expect(fact(analysis, 'network/pve1:eno1/goodput')).toMatchObject({ status: 'known', unit: 'bits-per-second' });
    expect(value(analysis, 'network/pve1:eno1/goodput')).toBeCloseTo(oneGbE, 6);
  });

  it('a 2.5 GbE NIC in a 1 GbE port runs at 1 GbE; N7: a 10 GbE link at MTU 9000 carries 9900.4 Mbit/s', () => {
    expect(value(analysis, 'network/pve2:eth0/goodput')).toBeCloseTo(oneGbE, 6);
    expect(value(analysis, 'network/pve1:ens2/goodput')).toBeCloseTo((10e9 * (9000 - 52)) / 9038, 3);
  });

  it('an uncabled NIC gets its own speed; a link no end gives a speed is unknown, with a question', () => {
    expect(value(analysis, 'network/pve1:wlan/goodput')).toBeCloseTo((300e6 * 1448) / 1538, 6);
    expect(fact(analysis, 'network/sw2:up/goodput')).toMatchObject({ status: 'unknown', question: 'The link sw2:up – sw3:down has no speed and neither end gives one; at what speed does it run?' });
  });

  it('WAN goodput both ways', () => {
    expect(value(analysis, 'network/isp/down-goodput')).toBeCloseTo((500e6 * 1448) / 1538, 6);
    expect(fact(analysis, 'network/isp/up-goodput')).toMatchObject({ unit: 'bits-per-second', value: expect.closeTo((50e6 * 1448) / 1538, 6) });
  });

  it('transfer time of a full-every-run job over the slowest hop (the NAS NIC)', () => {
    expect(fact(analysis, 'network/nightly/transfer-time')).toMatchObject({ status: 'known', unit: 'seconds' });
    expect(value(analysis, 'network/nightly/transfer-time')).toBeCloseTo((200 * GB * 8) / oneGbE, 6);
  });

  it('an incremental sync moves a day of changes; it crosses the WAN uplink', () => {
    const up = (50e6 * 1448) / 1538;
    expect(value(analysis, 'network/offsite/transfer-time')).toBeCloseTo((20 * GB * 8) / up, 6);
  });

  it('offsite seed time: the first run\'s bytes over the WAN upload goodput', () => {
    expect(value(analysis, 'network/cloud/offsite-seed-time')).toBeCloseTo((1 * TB * 8) / ((50e6 * 1448) / 1538), 3);
  });

  it('peak utilisation of a hop sums the flows crossing it (bytes / duration) over its goodput', () => {
    const nightly = (200 * GB * 8) / 3600;
    const sync = (20 * GB * 8) / 7200;
    expect(value(analysis, 'network/nas:eth0/peak-utilisation')).toBeCloseTo((nightly + sync) / oneGbE, 9);
    expect(value(analysis, 'network/isp/peak-utilisation')).toBeCloseTo(sync / ((50e6 * 1448) / 1538), 9);
  });

  it('M1: migration of 8 GiB on shared storage over the migration network moves memory only', () => {
    const jumbo = (10e9 * (9000 - 52)) / 9038;
    expect(fact(analysis, 'network/vm1/migration-time')).toMatchObject({ status: 'known', unit: 'seconds' });
    expect(value(analysis, 'network/vm1/migration-time')).toBeCloseTo((8 * GiB * 8) / jumbo, 9);
  });

  it('a VM on local storage also copies its disk; a container gets no migration fact', () => {
    const jumbo = (10e9 * (9000 - 52)) / 9038;
    expect(value(analysis, 'network/vm2/migration-time')).toBeCloseTo(((4 * GiB + 100 * GB) * 8) / jumbo, 9);
    expect(analysis.byId.has('network/ct1/migration-time')).toBe(false);
  });

  it('a job whose target has no place is unknown, with the question', () => {
    const broken = analyzeYaml(`version: 1
site: { name: Test }
hosts: [{ id: h1, role: server, nics: [{ id: e0, speed: 1GbE }] }]
workloads: [{ id: w1, kind: vm, host: h1 }]
backups:
  targets: [{ id: usb, kind: usb }]
  jobs: [{ id: j1, sources: [w1], target: usb, schedule: daily 01:00, size: 10GB }]
`, [networkAnalyzer]);
    expect(fact(broken, 'network/j1/transfer-time')).toMatchObject({
      status: 'unknown',
      question: 'The route of job j1 is unknown: backup target usb names no host, pool or share. How is it cabled?',
    });
  });
});
