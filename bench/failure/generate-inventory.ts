/**
 * Synthetic inventories for the failure-analysis benchmark, built directly as a Model (no YAML, so the
 * benchmark measures the analysis, not the parser). A site has two utility feeds, a UPS on each, a
 * gateway with two uplinks and a core switch pair. Each rack has a PDU per UPS, a top-of-rack switch
 * pair uplinked to both cores, and hosts with two NICs (one per ToR), two PSUs (one per PDU), a
 * mirrored boot pair, a RAIDZ2 data pool and two Ceph OSDs. Each rack is a Proxmox cluster with HA and
 * a Ceph pool (size 3 / min_size 2); half of each host's VMs are HA on Ceph, half live on its local
 * pool, and every VM runs a service that depends on a database VM of its rack.
 */
import { bitsPerSecond, bytes } from '../../src/model/quantities.js';
import type { Model, Source } from '../../src/model/types.js';

const GiB = 2 ** 30;
const TB = 1e12;
const source: Source = { file: 'bench', line: 1, column: 1, pointer: '' };
const at = <T extends object>(value: T) => ({ ...value, source });

export interface InventoryShape {
  readonly racks: number;
  readonly hostsPerRack: number;
  readonly vmsPerHost: number;
}

/** Components (failable graph nodes) one host brings: itself, 2 NICs, 10 disks, its VMs and their services. */
export function componentsPerHost(vmsPerHost: number): number {
  return 1 + 2 + 10 + vmsPerHost * 2;
}

/** A shape with about `components` components. */
export function shapeFor(components: number, hostsPerRack = 16, vmsPerHost = 8): InventoryShape {
  const perRack = hostsPerRack * componentsPerHost(vmsPerHost) + 2 + 2 + 4;
  return { racks: Math.max(1, Math.round(components / perRack)), hostsPerRack, vmsPerHost };
}

/** Builds the inventory of `shape`. */
export function generateInventory(shape: InventoryShape): Model {
  const hosts: Model['hosts'][number][] = [];
  const devices: Model['network']['devices'][number][] = [
    at({ id: 'gw', kind: 'gateway' as const, ports: [], services: [], power: { feeds: ['ups-a', 'ups-b'] } }),
    at({ id: 'core-1', kind: 'switch' as const, ports: [], services: [], power: { feeds: ['ups-a', 'ups-b'] } }),
    at({ id: 'core-2', kind: 'switch' as const, ports: [], services: [], power: { feeds: ['ups-a', 'ups-b'] } }),
  ];
  const links: Model['network']['links'][number][] = [at({ a: 'gw:p1', b: 'core-1:gw' }), at({ a: 'gw:p2', b: 'core-2:gw' })];
  const pdus: Model['power']['pdus'][number][] = [];
  const zfs: Model['storage']['zfs'][number][] = [];
  const ceph: Model['storage']['ceph'][number][] = [];
  const clusters: Model['clusters']['proxmox'][number][] = [];
  const workloads: Model['workloads'][number][] = [];
  const vlans = ['mgmt', 'servers', 'storage', 'users'];
  for (let rack = 0; rack < shape.racks; rack++) {
    const r = `r${rack}`;
    pdus.push(at({ id: `${r}-pdu-a`, feed: 'ups-a' }), at({ id: `${r}-pdu-b`, feed: 'ups-b' }));
    for (const tor of [1, 2]) {
      devices.push(at({ id: `${r}-tor-${tor}`, kind: 'switch' as const, ports: [], services: [], power: { feeds: [`${r}-pdu-a`, `${r}-pdu-b`] } }));
      for (const core of [1, 2]) links.push(at({ a: `${r}-tor-${tor}:up${core}`, b: `core-${core}:${r}-${tor}` }));
    }
    const nodes: string[] = [];
    for (let index = 0; index < shape.hostsPerRack; index++) {
      const id = `${r}-h${index}`;
      nodes.push(id);
      const disk = (diskId: string, size: number, kind: 'ssd' | 'hdd' | 'nvme') => at({ id: diskId, group: diskId.replace(/-\d+$/u, ''), size: bytes(size), kind });
      hosts.push(
        at({
          id,
          role: 'hypervisor' as const,
          memory: bytes(256 * GiB),
          disks: [disk('boot-1', 0.5 * TB, 'ssd'), disk('boot-2', 0.5 * TB, 'ssd'), ...[1, 2, 3, 4, 5, 6].map((n) => disk(`hdd-${n}`, 8 * TB, 'hdd')), disk('osd-1', 4 * TB, 'nvme'), disk('osd-2', 4 * TB, 'nvme')],
          nics: [at({ id: 'nic0', speed: bitsPerSecond(1e10), connectedTo: `${r}-tor-1:${id}`, vlans }), at({ id: 'nic1', speed: bitsPerSecond(1e10), connectedTo: `${r}-tor-2:${id}`, vlans })],
          power: { feeds: [`${r}-pdu-a`, `${r}-pdu-b`] },
          managementVlan: 'mgmt',
        }),
      );
      zfs.push(at({ id: `${id}-rpool`, name: 'rpool', host: id, vdevs: [{ layout: 'mirror' as const, disks: ['boot-1', 'boot-2'] }] }));
      zfs.push(at({ id: `${id}-data`, host: id, vdevs: [{ layout: 'raidz2' as const, disks: ['hdd'] }] }));
      for (let vm = 0; vm < shape.vmsPerHost; vm++) {
        const ha = vm % 2 === 0;
        const vmId = `${id}-vm${vm}`;
        workloads.push(
          at({
            id: vmId, kind: 'vm' as const, host: id, cluster: `${r}-cluster`, memory: bytes(8 * GiB), storage: ha ? `${r}-rbd` : `${id}-data`, ha,
            criticality: (['critical', 'high', 'medium', 'low'] as const)[vm % 4] ?? 'medium', dependsOn: [], vlans: ['servers'], servesInternet: false, needsInternet: vm === 1,
          }),
          at({ id: `${vmId}-app`, kind: 'service' as const, runsOn: vmId, ha: false, criticality: 'medium' as const, dependsOn: vmId === `${r}-h0-vm0` ? [] : [`${r}-h0-vm0`], vlans: [], servesInternet: vm === 3, needsInternet: false }),
        );
      }
    }
    ceph.push(
      at({
        id: `${r}-ceph`, cluster: `${r}-cluster`, monitors: nodes.slice(0, 3),
        osds: nodes.flatMap((host) => [{ host, disk: 'osd-1' }, { host, disk: 'osd-2' }]),
        pools: [{ id: `${r}-rbd`, type: 'replicated' as const, size: 3, minSize: 2, failureDomain: 'host' as const }],
      }),
    );
    clusters.push(at({ id: `${r}-cluster`, nodes: nodes.map((host) => ({ host, votes: 1 })), ha: { enabled: true }, sharedStorage: [{ id: `${r}-ceph-vm`, kind: 'ceph' as const, source: `${r}-rbd` }] }));
  }
  return {
    site: at({ name: `bench ${shape.racks} racks` }),
    power: {
      feeds: [at({ id: 'feed-a', kind: 'utility' as const }), at({ id: 'feed-b', kind: 'utility' as const })],
      ups: [at({ id: 'ups-a', feed: 'feed-a', chemistry: 'lithium' as const }), at({ id: 'ups-b', feed: 'feed-b', chemistry: 'lithium' as const })],
      pdus,
    },
    hosts,
    network: {
      devices,
      links,
      vlans: vlans.map((id, index) => at({ id, vid: 10 + index, zone: 'servers' as const, gateway: 'gw' })),
      firewall: { defaultPolicy: 'deny', rules: [], declared: false },
      wan: [at({ id: 'isp-1', device: 'gw', down: bitsPerSecond(1e9), up: bitsPerSecond(1e9) }), at({ id: 'isp-2', device: 'gw', down: bitsPerSecond(1e8), up: bitsPerSecond(1e8) })],
      portForwards: [],
      vpns: [],
    },
    storage: { zfs, raid: [], ceph, shares: [] },
    clusters: { proxmox: clusters, kubernetes: [] },
    workloads,
    backups: { targets: [], jobs: [] },
    monitoring: { systems: [], alerts: [], checks: {} },
    constraints: { maintenanceWindows: [], zeroDowntime: [], goals: [] },
    waivers: [],
    settings: at({}),
    files: ['bench'],
  } as Model;
}
