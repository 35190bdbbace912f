/**
 * The corpus: inventories written in the styles people use, each read into a model and checked field
 * by field (values in base units), with the lines it could not understand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpec, type LoadResult } from '../../../src/intake/load-spec.js';
import { readMarkdownInventory } from '../../../src/intake/markdown/read-inventory.js';
import { GiB, MiB, TB } from '../../../src/model/quantities.js';
import type { Model } from '../../../src/model/types.js';
import { fixturesDir } from '../../helpers/paths.js';

const GB = 1e9;

function load(name: string): LoadResult & { model: Model } {
  const file = `test/fixtures/markdown/${name}.md`;
  const result = parseSpec(file, readFileSync(join(fixturesDir, 'markdown', `${name}.md`)), readMarkdownInventory);
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  if (!result.model) throw new Error(`${name} gave no model`);
  return result as LoadResult & { model: Model };
}

const host = (model: Model, id: string) => {
  const found = model.hosts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no host ${id}; hosts: ${model.hosts.map((candidate) => candidate.id).join(', ')}`);
  return found;
};
const notUnderstood = (result: LoadResult) => result.inventory?.lines.filter((line) => line.status === 'not-understood').map((line) => line.line) ?? [];
const questions = (result: LoadResult) => (result.openQuestions ?? []).map((question) => question.id);

describe('Markdown inventory corpus', () => {
  it('tidy-table: several hosts in one table, a VLAN table, gear as bullets', () => {
    const result = load('tidy-table');
    const { model } = result;
    expect(model.site.name).toBe('Rack in the basement');
    expect(model.hosts.map((entry) => [entry.id, entry.role])).toEqual([
      ['pve1', 'hypervisor'],
      ['pve2', 'hypervisor'],
      ['pve3', 'hypervisor'],
      ['backup', 'backup-server'],
    ]);
    expect(host(model, 'pve1')).toMatchObject({ cpu: { model: 'i5-8500T', cores: 6, threads: 6 }, memory: 32 * GiB });
    expect(host(model, 'pve1').disks.map((disk) => [disk.id, disk.size, disk.kind, disk.smr, disk.boot])).toEqual([
      ['nvme0', 512 * GB, 'nvme', undefined, true],
      ['hdd0-1', 4 * TB, 'hdd', false, undefined],
      ['hdd0-2', 4 * TB, 'hdd', false, undefined],
    ]);
    expect(host(model, 'pve3').nics.map((nic) => nic.speed)).toEqual([2.5e9, 2.5e9]);
    expect(host(model, 'pve3').cpu).toMatchObject({ model: 'Intel N100', cores: 4, threads: 4 });
    expect(host(model, 'backup').memory).toBe(8 * GiB);
    expect(model.storage.zfs.map((pool) => [pool.id, pool.host, pool.vdevs])).toEqual([
      ['pve1-zfs', 'pve1', [{ layout: 'mirror', disks: ['hdd0'] }]],
      ['backup-zfs', 'backup', [{ layout: 'mirror', disks: ['hdd0'] }]],
    ]);
    expect(model.network.vlans.map((vlan) => [vlan.id, vlan.vid, vlan.zone, vlan.subnet, vlan.gateway])).toEqual([
      ['management', 10, 'management', '10.0.10.0/24', 'firewall'],
      ['servers', 20, 'servers', '10.0.20.0/24', 'firewall'],
      ['iot', 30, 'iot', '10.0.30.0/24', 'firewall'],
    ]);
    expect(model.network.devices.map((device) => [device.id, device.kind, device.platform ?? device.vendor, device.ports.length])).toEqual([
      ['firewall', 'firewall', 'OPNsense', 0],
      ['switch', 'switch', 'Netgear', 8],
    ]);
    expect(notUnderstood(result)).toEqual([]);
    expect(questions(result)).toEqual(expect.arrayContaining(['power/ups', 'backup/jobs', 'observability/systems', 'network/wan']));
  });

  it('messy-bullets: "*" bullets, "=" and " - " separators, GiB, SMR disks, SHR, a catalog NAS', () => {
    const result = load('messy-bullets');
    const { model } = result;
    const nas = host(model, 'nas');
    expect(nas).toMatchObject({ name: 'NAS', role: 'nas', model: 'Synology DS920+', memory: 8 * GiB, maxMemory: 8 * GiB, cpu: { model: 'Intel Celeron J4125', cores: 4, threads: 4 }, notes: 'bought used in 2021' });
    expect(nas.disks.map((disk) => [disk.id, disk.size, disk.kind, disk.smr])).toEqual([
      ['hdd0-1', 4 * TB, 'hdd', true],
      ['hdd0-2', 4 * TB, 'hdd', true],
      ['nvme0', 500 * GB, 'nvme', undefined],
    ]);
    expect(nas.nics.map((nic) => nic.speed)).toEqual([1e9, 1e9]);
    expect(model.storage.raid).toEqual([expect.objectContaining({ id: 'nas-shr', host: 'nas', level: 'shr', disks: ['hdd0'] })]);
    const tiny = host(model, 'tiny1');
    expect(tiny).toMatchObject({ model: 'Lenovo M920q', role: 'hypervisor', os: 'Proxmox VE 8.1', memory: 32 * GiB, maxMemory: 32 * GiB, cpu: { model: 'i7-8700T', cores: 6, threads: 12 }, power: { idle: 12 } });
    expect(notUnderstood(result)).toEqual([17]);
    expect(result.assumptions.map((assumption) => assumption.id)).toEqual(expect.arrayContaining(['catalog/disk/wd-red-efax-smr', 'catalog/synology-ds920plus/cpu', 'catalog/cpu/i7-8700t']));
  });

  it('nested-hosts: a bullet per host with nested details, a one-line Raspberry Pi', () => {
    const { model } = load('nested-hosts');
    expect(model.hosts.map((entry) => entry.id)).toEqual(['pve-a', 'pve-b', 'pi']);
    expect(host(model, 'pve-a')).toMatchObject({ model: 'Minisforum MS-01', role: 'hypervisor', memory: 64 * GiB, cpu: { cores: 14, threads: 20 } });
    expect(host(model, 'pve-a').nics.map((nic) => nic.speed)).toEqual([10e9, 10e9, 2.5e9, 2.5e9]);
    expect(host(model, 'pve-b')).toMatchObject({ memory: 96 * GiB, maxMemory: 96 * GiB });
    expect(host(model, 'pve-a').maxMemory).toBe(64 * GiB);
    expect(host(model, 'pve-b').nics.map((nic) => [nic.speed, nic.purpose])).toEqual([
      [10e9, 'storage'],
      [10e9, 'storage'],
      [2.5e9, undefined],
      [2.5e9, undefined],
    ]);
    expect(model.storage.zfs.map((pool) => [pool.id, pool.name, pool.host])).toEqual([
      ['fast', 'fast', 'pve-a'],
      ['pve-b-zfs', undefined, 'pve-b'],
    ]);
    expect(host(model, 'pi')).toMatchObject({ role: 'sbc', memory: 8 * GiB });
    expect(host(model, 'pi').disks.map((disk) => disk.size)).toEqual([64 * GB]);
  });

  it('one-line-hosts: "name: specs" lines, RAID1 and RAIDZ2 on one server, an ISP section without a router', () => {
    const result = load('one-line-hosts');
    const { model } = result;
    expect(host(model, 'srv1')).toMatchObject({ role: 'server', memory: 64 * GiB, eccMemory: true, cpu: { model: 'Xeon E-2314' } });
    // No vendor page for the E-2314 was located (docs/hardware-catalog.md): its cores stay unknown, not assumed.
    expect(host(model, 'srv1').cpu?.cores).toBeUndefined();
    expect(host(model, 'srv1').nics.map((nic) => nic.speed)).toEqual([1e9, 1e9]);
    expect(model.storage.raid.map((array) => [array.id, array.level, array.disks])).toEqual([
      ['srv1-raid1', 'raid1', ['ssd0']],
      ['nas1-shr2', 'shr2', ['hdd0']],
    ]);
    expect(model.storage.zfs).toEqual([expect.objectContaining({ id: 'srv1-zfs', vdevs: [{ layout: 'raidz2', disks: ['hdd0'] }] })]);
    expect(host(model, 'nas1')).toMatchObject({ model: 'Synology DS923+', role: 'nas', eccMemory: true, cpu: { cores: 2, threads: 4 } });
    expect(model.network.wan).toEqual([]);
    expect(questions(result)).toContain('network/wan/device');
    expect(notUnderstood(result)).toEqual([10]);
  });

  it('vms-nested: VMs with ids and details under a host, docker services inside a VM, a services table', () => {
    const { model } = load('vms-nested');
    const workloads = Object.fromEntries(model.workloads.map((workload) => [workload.id, workload]));
    expect(workloads['home-assistant-os']).toMatchObject({ kind: 'vm', host: 'pve1', vcpu: 2, memory: 4 * GiB, disk: 32 * GB, criticality: 'critical' });
    expect(workloads['pi-hole']).toMatchObject({ kind: 'ct', host: 'pve1', vcpu: 1, memory: 512 * MiB, disk: 4 * GB });
    expect(workloads['docker-host']).toMatchObject({ kind: 'vm', vcpu: 4, memory: 16 * GiB, disk: 100 * GB });
    expect(['paperless', 'immich', 'vaultwarden'].map((id) => [workloads[id]?.kind, workloads[id]?.runsOn])).toEqual([
      ['container', 'docker-host'],
      ['container', 'docker-host'],
      ['container', 'docker-host'],
    ]);
    expect(workloads['plex']).toMatchObject({ kind: 'ct', host: 'pve1', vcpu: 4, memory: 8 * GiB, disk: 20 * GB });
    expect(workloads['minecraft']).toMatchObject({ kind: 'vm', host: 'pve1', vcpu: 2, memory: 6 * GiB });
    expect(host(model, 'pve1')).toMatchObject({ role: 'hypervisor', cpu: { cores: 6, threads: 12 }, memory: 64 * GiB });
  });

  it('network-heavy: a pfSense box host, switches from the catalog, VLAN bullets in four styles, Starlink with CGNAT', () => {
    const result = load('network-heavy');
    const { model } = result;
    expect(model.site.name).toBe('Network-first lab');
    expect(host(model, 'fw1')).toMatchObject({ role: 'firewall', os: 'pfSense', cpu: { model: 'Intel N5105', cores: 4 } });
    expect(host(model, 'fw1').nics).toHaveLength(4);
    expect(model.network.devices.map((device) => [device.id, device.kind, device.model, device.ports.length])).toEqual([
      ['sw-core', 'switch', 'MikroTik CRS309-1G-8S+IN', 9],
      ['switch', 'switch', 'Netgear GS308E', 8],
      ['ap', 'access-point', 'TP-Link EAP245', 0],
    ]);
    expect(model.network.vlans.map((vlan) => [vlan.id, vlan.vid, vlan.zone, vlan.subnet ?? null, vlan.clients ?? null])).toEqual([
      ['default', 1, 'management', null, null],
      ['trusted', 10, 'trusted', '192.168.10.0/24', 25],
      ['cameras', 50, 'cameras', '192.168.50.0/24', null],
      ['lab', 60, 'servers', '10.60.0.0/16', null],
      ['guest', 99, 'guest', null, null],
    ]);
    expect(model.network.wan).toEqual([expect.objectContaining({ provider: 'Starlink', kind: 'satellite', down: 200e6, up: 20e6, cgnat: true, device: 'fw1' })]);
    expect(model.network.vpns).toEqual([expect.objectContaining({ kind: 'tailscale', endpoint: 'fw1', purpose: 'remote-access' })]);
    expect(notUnderstood(result)).toEqual([]);
  });

  it('power-ups: UPSes from the catalog, NUT shutdown, what each UPS feeds', () => {
    const result = load('power-ups');
    const { model } = result;
    expect(model.power.ups.map((ups) => [ups.id, ups.va, ups.watts, ups.batteryWh ?? null, ups.chemistry])).toEqual([
      ['ups', 1500, 1000, null, 'lead-acid'],
      ['ups2', 1550, 1100, null, 'lithium'],
    ]);
    expect(model.power.ups[0]?.shutdown).toEqual({ automated: true, tool: 'nut', server: 'nuc1' });
    expect(host(model, 'nuc1').power).toMatchObject({ idle: 7, load: 45, feeds: ['ups'] });
    expect(model.network.devices[0]?.power?.feeds).toEqual(['ups']);
    expect(host(model, 'nuc1').nics.map((nic) => nic.speed)).toEqual([2.5e9]);
    // Battery energy is asked for, never assumed from the catalog (docs/hardware-catalog.md).
    expect(questions(result)).toEqual(expect.arrayContaining(['power/ups/battery', 'power/ups2/battery']));
    expect(result.assumptions.map((assumption) => assumption.id)).toEqual(expect.arrayContaining(['catalog/apc-smt1500ic/watts', 'catalog/eaton-5p-1550/watts']));
    expect(result.assumptions.map((assumption) => assumption.id)).not.toContain('catalog/apc-smt1500ic/battery');
  });

  it('backups-monitoring: PBS and restic jobs with schedules and retention, Prometheus, Grafana, alerts and checks', () => {
    const result = load('backups-monitoring');
    const { model } = result;
    expect(model.backups.targets.map((target) => [target.id, target.kind, target.host ?? null, target.offsite, target.provider ?? null])).toEqual([
      ['pbs-backups', 'pbs', 'pbs', false, null],
      ['backblaze', 'cloud', null, true, 'Backblaze'],
    ]);
    const [pbs, restic] = model.backups.jobs;
    expect(pbs).toMatchObject({ tool: 'pbs', sources: ['nextcloud', 'gitea'], target: 'pbs-backups', retention: { hourly: 24, daily: 7 }, encrypted: true, verify: true });
    expect(pbs?.schedule.intervalSeconds).toBe(6 * 3600);
    expect(restic).toMatchObject({ tool: 'restic', sources: ['nextcloud'], target: 'backblaze', encrypted: true });
    expect(restic?.schedule.intervalSeconds).toBe(7 * 86_400);
    expect(model.monitoring.systems.map((system) => [system.id, system.kind, system.runsOn, system.targets])).toEqual([
      ['prometheus', 'prometheus', 'pve1', ['pve1', 'pbs', 'nextcloud']],
      ['grafana', 'grafana', 'pve1', []],
    ]);
    expect(model.monitoring.alerts).toEqual([expect.objectContaining({ channel: 'email', from: 'prometheus', external: true })]);
    expect(model.monitoring.checks).toEqual({ smart: true, scrub: false });
    expect(host(model, 'pbs')).toMatchObject({ role: 'backup-server', os: 'Proxmox Backup Server' });
    expect(notUnderstood(result)).toEqual([18]);
  });

  it('mixed-units: GiB, MB, 1.92TB, "4TB x2", "2 x 4 TB", "two 8TB", 10G, watts with spaces', () => {
    const { model } = load('mixed-units');
    const alpha = host(model, 'alpha');
    expect(alpha.memory).toBe(32 * GiB);
    expect(alpha.cpu).toMatchObject({ model: 'AMD Ryzen 5 5600G', cores: 6, threads: 12 });
    expect(alpha.disks.map((disk) => [disk.id, disk.size, disk.kind])).toEqual([
      ['ssd0', 1.92 * TB, 'ssd'],
      ['hdd0-1', 4 * TB, 'hdd'],
      ['hdd0-2', 4 * TB, 'hdd'],
      ['hdd1-1', 8 * TB, 'hdd'],
      ['hdd1-2', 8 * TB, 'hdd'],
    ]);
    expect(alpha.disks.find((disk) => disk.id === 'hdd1-1')).toMatchObject({ model: 'Toshiba MG08' });
    // No vendor statement on Toshiba MG is cited by the catalog: the SMR flag stays unknown.
    expect(alpha.disks.find((disk) => disk.id === 'hdd1-1')?.smr).toBeUndefined();
    expect(alpha.nics.map((nic) => nic.speed)).toEqual([10e9]);
    const beta = host(model, 'beta');
    expect(beta.memory).toBe(16 * GiB);
    expect(beta.disks.map((disk) => [disk.size, disk.smr])).toEqual([
      [4 * TB, false],
      [4 * TB, false],
    ]);
    expect(beta.power).toMatchObject({ idle: 18, load: 65 });
    expect(model.storage.zfs.find((pool) => pool.host === 'beta')?.vdevs).toEqual([{ layout: 'raidz1', disks: ['hdd0'] }]);
  });

  it('secrets: planted passwords and tokens are not read, and flagged by line', () => {
    const result = load('secrets');
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'secret-in-input').map((diagnostic) => diagnostic.line)).toEqual([6, 7, 12, 17]);
    expect(result.inventory?.lines.filter((line) => line.status === 'secret').map((line) => [line.line, line.text])).toEqual([
      [6, undefined],
      [7, undefined],
      [12, undefined],
      [17, undefined],
    ]);
    expect(host(result.model, 'pve1')).toMatchObject({ memory: 32 * GiB, cpu: { cores: 6 } });
    expect(result.model.network.wan[0]).toMatchObject({ provider: 'Odido', down: 500e6, up: 500e6, device: 'firewall' });
    expect(JSON.stringify(result)).not.toMatch(/hunter2|8f4b1c2e|CorrectHorse|s3cr3t/);
  });

  it('minimal: no title, one machine in key/value lines, prose kept as not understood', () => {
    const result = load('minimal');
    expect(result.model.site.name).toBe('minimal');
    expect(host(result.model, 'htpc')).toMatchObject({ model: 'Intel NUC 11 Pro', memory: 16 * GiB, maxMemory: 64 * GiB, role: 'server' });
    expect(host(result.model, 'htpc').nics.map((nic) => nic.speed)).toEqual([2.5e9]);
    expect(notUnderstood(result)).toEqual([1]);
    expect(result.assumptions.map((assumption) => assumption.id)).toEqual(expect.arrayContaining(['inventory/site-name', 'inventory/host-role', 'catalog/intel-nuc-11-pro/nics']));
  });

  it('key-value-table: a two-column spec table under the host heading, SMR WD Red in RAIDZ1', () => {
    const result = load('key-value-table');
    const server = host(result.model, 'server1');
    expect(server).toMatchObject({ model: 'HPE MicroServer Gen10 Plus', os: 'TrueNAS SCALE 24.04', role: 'nas', memory: 32 * GiB, eccMemory: true, power: { idle: 35, load: 70 } });
    expect(server.disks.filter((disk) => disk.smr === true)).toHaveLength(4);
    expect(server.nics).toHaveLength(4);
    expect(result.model.storage.zfs[0]?.vdevs).toEqual([{ layout: 'raidz1', disks: ['hdd0'] }]);
    expect(notUnderstood(result)).toEqual([14]);
  });

  it('examples/hardware-inventory.md: the persona\'s two-node homelab, close to examples/two-node-homelab.yaml', () => {
    const result = parseSpec('examples/hardware-inventory.md', readFileSync(join(fixturesDir, '..', '..', 'examples', 'hardware-inventory.md')), readMarkdownInventory);
    expect(result.diagnostics).toEqual([]);
    const model = result.model as Model;
    expect(model.hosts.map((entry) => [entry.id, entry.role, entry.memory])).toEqual([
      ['pve1', 'hypervisor', 32 * GiB],
      ['pve2', 'hypervisor', 32 * GiB],
      ['nas', 'nas', 16 * GiB],
    ]);
    expect(host(model, 'nas').disks.filter((disk) => disk.group === 'hdd0').map((disk) => [disk.size, disk.smr])).toEqual(Array(4).fill([8 * TB, false]));
    expect(model.storage.zfs.find((pool) => pool.id === 'tank')).toMatchObject({ host: 'nas', vdevs: [{ layout: 'raidz1', disks: ['hdd0'] }] });
    expect(model.power.ups[0]).toMatchObject({ va: 1500, watts: 865, shutdown: { automated: false, tool: 'nut' } });
    expect(model.power.ups[0]?.batteryWh).toBeUndefined();
    expect(questions(result)).toContain('power/ups/battery');
    expect(model.network.wan[0]).toMatchObject({ down: 500e6, up: 100e6, device: 'gateway', kind: 'fiber' });
    expect(model.clusters.proxmox[0]).toMatchObject({ id: 'homelab', nodes: [{ host: 'pve1', votes: 1 }, { host: 'pve2', votes: 1 }], ha: { enabled: false } });
    expect(model.backups.jobs[0]).toMatchObject({ tool: 'vzdump', target: 'nas-backups', retention: { daily: 7, weekly: 4 } });
    expect(model.backups.jobs[0]?.sources).toEqual(['home-assistant-os', 'adguard-home', 'docker', 'jellyfin', 'nextcloud']);
    expect(model.monitoring.systems[0]).toMatchObject({ kind: 'uptime-kuma', runsOn: 'docker' });
    expect(host(model, 'pve1').nics[0]).toMatchObject({ speed: 1e9, connectedTo: 'sw1:port1' });
    expect(model.constraints).toMatchObject({ budget: { amount: 600, currency: 'EUR' }, maintenanceWindows: ['sat 22:00-23:59'] });
    expect(notUnderstood(result)).toEqual([6, 72]);
  });
});
