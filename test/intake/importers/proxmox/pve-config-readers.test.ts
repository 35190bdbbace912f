import { describe, expect, it } from 'vitest';
import { retentionOf } from '../../../../src/intake/importers/proxmox/map-pve-backups.js';
import { deviceKey } from '../../../../src/intake/importers/proxmox/map-pve-hosts.js';
import { guestFacts } from '../../../../src/intake/importers/proxmox/pve-guest-facts.js';
import { nicTopology, vlanTagOf } from '../../../../src/intake/importers/proxmox/pve-network-topology.js';
import { parseGuestVolume, parsePropertyString, parsePveSize } from '../../../../src/intake/importers/proxmox/pve-property-string.js';
import { zfsLayout } from '../../../../src/intake/importers/proxmox/pve-zfs-layout.js';
import { ipv4Subnet } from '../../../../src/intake/importers/proxmox/ipv4.js';

describe('Proxmox property strings', () => {
  it('reads key=value lists with a default key', () => {
    expect(parsePropertyString('virtio=BC:24:11:AA:BB:01,bridge=vmbr0,firewall=1,tag=30', 'model')).toEqual({ virtio: 'BC:24:11:AA:BB:01', bridge: 'vmbr0', firewall: '1', tag: '30' });
    expect(parsePropertyString('current=4096', 'current')).toEqual({ current: '4096' });
    expect(parsePropertyString('4096', 'current')).toEqual({ current: '4096' });
  });

  it('reads guest volumes, telling storage volumes from host paths and CD drives', () => {
    expect(parseGuestVolume('local-zfs:vm-100-disk-0,discard=on,size=32G')).toEqual({ storage: 'local-zfs', options: { file: 'local-zfs:vm-100-disk-0', discard: 'on', size: '32G' } });
    expect(parseGuestVolume('/tank/media,mp=/media').storage).toBeUndefined();
    expect(parseGuestVolume('none,media=cdrom').storage).toBeUndefined();
  });

  it.each([
    ['32G', 32 * 2 ** 30],
    ['512M', 512 * 2 ** 20],
    ['1T', 2 ** 40],
    ['1.5G', 1.5 * 2 ** 30],
    ['4096', 4096],
    ['lots', undefined],
  ])('size %s is %s bytes (binary units)', (text, expected) => {
    expect(parsePveSize(text)).toBe(expected);
  });
});

describe('guestFacts', () => {
  it('counts disks but not CD drives, EFI or TPM state, and finds the boot disk from the boot order', () => {
    const facts = guestFacts({
      resource: { type: 'qemu', vmid: 101, node: 'pve', name: 'docker', maxcpu: 4 },
      config: {
        cores: 2,
        sockets: 2,
        memory: 'current=8192',
        scsi0: 'tank:vm-101-disk-1,size=500G',
        virtio1: 'local-zfs:vm-101-disk-0,size=64G',
        ide2: 'local:iso/debian.iso,media=cdrom,size=631M',
        efidisk0: 'local-zfs:vm-101-disk-2,size=1M',
        boot: 'order=virtio1;scsi0',
        net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr1,tag=20',
        net1: 'virtio=BC:24:11:00:00:02,bridge=vmbr0',
      },
    });
    expect(facts).toMatchObject({ vcpu: 4, memoryBytes: 8192 * 2 ** 20, diskBytes: 564 * 2 ** 30, mainStorage: 'local-zfs', nets: [{ bridge: 'vmbr1', tag: 20 }, { bridge: 'vmbr0' }] });
  });

  it('falls back to /cluster/resources when the config could not be read', () => {
    const facts = guestFacts({ resource: { type: 'lxc', vmid: 200, node: 'pve2', name: 'adguard', maxcpu: 2, maxmem: 1073741824, maxdisk: 8589934592 } });
    expect(facts).toMatchObject({ kind: 'ct', configured: false, vcpu: 2, memoryBytes: 2 ** 30, diskBytes: 8 * 2 ** 30 });
  });

  it('uses the Proxmox default of 512 MiB when a VM config names no memory', () => {
    expect(guestFacts({ resource: { type: 'qemu', vmid: 1, node: 'n' }, config: {} }).memoryBytes).toBe(512 * 2 ** 20);
  });
});

describe('ZFS vdev layout', () => {
  const names = new Map([
    ['ata-A', 'sda'],
    ['ata-B', 'sdb'],
    ['nvme0n1', 'nvme0n1'],
    ['nvme1n1', 'nvme1n1'],
  ]);
  const diskId = (device: string) => names.get(deviceKey(device));
  const leaf = (name: string) => ({ name, leaf: 1 });

  it('reads data vdevs, logs and cache; maps by-id and partition names to disks', () => {
    const layout = zfsLayout(
      {
        name: 'tank',
        children: [
          { name: 'tank', children: [{ name: 'raidz-0', children: [leaf('/dev/disk/by-id/ata-A-part1'), leaf('/dev/disk/by-id/ata-B')] }] },
          { name: 'logs', children: [leaf('/dev/nvme0n1p2')] },
          { name: 'cache', children: [leaf('/dev/nvme1n1')] },
        ],
      },
      'tank',
      diskId,
    );
    expect(layout).toEqual({ ok: true, vdevs: [{ layout: 'raidz1', disks: ['sda', 'sdb'] }], special: [], log: [{ layout: 'stripe', disks: ['nvme0n1'] }], cache: ['nvme1n1'] });
  });

  it('refuses a pool it cannot describe, saying why', () => {
    expect(zfsLayout({ children: [{ name: 'p', children: [{ name: 'draid2:4d:1s-0', children: [] }] }] }, 'p', diskId)).toEqual({ ok: false, reason: 'vdev draid2:4d:1s-0 is not a layout Kestra models' });
    expect(zfsLayout({ children: [{ name: 'p', children: [leaf('/dev/sdz')] }] }, 'p', diskId)).toEqual({ ok: false, reason: "device sdz is not in the node's disk list" });
    expect(zfsLayout(undefined, 'p', diskId)).toEqual({ ok: false, reason: 'its vdev layout could not be read' });
  });
});

describe('NIC topology', () => {
  it('follows NIC → bond → bridge → VLAN interface and collects addresses', () => {
    const [first] = nicTopology([
      { iface: 'eno1', type: 'eth' },
      { iface: 'bond0', type: 'bond', slaves: 'eno1 eno2', bond_mode: '802.3ad' },
      { iface: 'vmbr0', type: 'bridge', bridge_ports: 'bond0', bridge_vlan_aware: 1 },
      { iface: 'vmbr0.10', type: 'vlan', cidr: '10.0.10.5/24', gateway: '10.0.10.1' },
    ]);
    expect(first).toMatchObject({
      iface: 'eno1',
      stacked: ['bond0', 'vmbr0', 'vmbr0.10'],
      bridges: ['vmbr0'],
      addresses: [{ iface: 'vmbr0.10', cidr: '10.0.10.5/24', gateway: true }],
      vlanInterfaces: [{ iface: 'vmbr0.10', vid: 10 }],
      description: 'carries bond bond0 (802.3ad), bridge vmbr0 (VLAN-aware), VLAN 10 on vmbr0.10; addresses 10.0.10.5/24 on vmbr0.10 (default gateway)',
    });
  });

  it('reads VLAN tags from the name, vlan-id or a vlanN interface', () => {
    expect([vlanTagOf({ iface: 'eno1.20' }), vlanTagOf({ iface: 'vlan40', type: 'vlan' }), vlanTagOf({ iface: 'x', 'vlan-id': 7 }), vlanTagOf({ iface: 'vmbr0' })]).toEqual([20, 40, 7, undefined]);
  });

  it('turns addresses into subnets', () => {
    expect([ipv4Subnet('10.10.10.11/24'), ipv4Subnet('192.168.1.130/26'), ipv4Subnet('fd00::1/64'), ipv4Subnet('300.1.1.1/24')]).toEqual(['10.10.10.0/24', '192.168.1.128/26', undefined, undefined]);
  });
});

describe('backup retention', () => {
  it('reads prune-backups in string and object form; keep-all means no figures', () => {
    expect(retentionOf('keep-daily=7,keep-weekly=4')).toEqual({ daily: 7, weekly: 4 });
    expect(retentionOf({ 'keep-hourly': '24', 'keep-last': '3' })).toEqual({ last: 3, hourly: 24 });
    expect(retentionOf('keep-all=1')).toBeUndefined();
    expect(retentionOf(undefined)).toBeUndefined();
  });
});
