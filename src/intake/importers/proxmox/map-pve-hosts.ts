/**
 * Proxmox VE nodes as hosts: CPU, memory, disks and NICs. Proxmox does not know link speeds,
 * cabling or power, so NIC speeds are assumptions and cabling and power are open questions.
 */
import { compareText } from '../../diagnostic.js';
import { bytes } from '../../../model/quantities.js';
import { formatBytes, formatMemory } from '../../units/index.js';
import { slugId } from '../id-allocator.js';
import { asNumber, asRecord, asString } from '../json-fields.js';
import { safeText } from '../safe-text.js';
import { nodeAddresses, roleOfAddress } from './pve-address-roles.js';
import type { HostInput, PveMapContext } from './pve-map-context.js';
import type { NicTopology } from './pve-network-topology.js';
import type { PveNode } from './pve-snapshot.js';

import type { DiskInput, NicInput } from '../spec-input.js';

type Json = Record<string, unknown>;

/** Link speed written for every NIC: Proxmox's API does not report it (ethtool does). */
const ASSUMED_NIC_SPEED = '1GbE';

export interface MappedHosts {
  readonly hosts: readonly HostInput[];
  /** Per node: disk id by every name ZFS and Ceph may use for it (kernel name, /dev/disk/by-id name, wwn). */
  readonly diskIds: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Maps every node to a host. */
export function mapPveHosts(context: PveMapContext, vlanIds: ReadonlyMap<number, string>): MappedHosts {
  const hosts: HostInput[] = [];
  const diskIds = new Map<string, ReadonlyMap<string, string>>();
  for (const node of context.snapshot.nodes) {
    const id = context.hostIds.get(node.name) as string;
    const { disks, names } = mapDisks(node.disks);
    diskIds.set(node.name, names);
    const nics = mapNics(context, node.name, context.topology.get(node.name) ?? [], vlanIds);
    const host: HostInput = { id, role: 'hypervisor', ...hardware(node), disks, nics: nics.nics };
    if (nics.managementVlan) host.managementVlan = nics.managementVlan;
    context.notes.entity(host, 'imported', `proxmox node ${node.name}${node.online ? '' : ' (offline at import: only CPU threads and memory are known)'}`);
    context.notes.entity(host, 'unknown', 'power draw and what feeds it (UPS/PDU), and where each NIC is cabled');
    hosts.push(host);
  }
  if (hosts.length > 0) {
    context.ask(`Power: what does each node draw (idle and load watts) and which UPS or PDU feeds it (${hosts.map((host) => host.id).join(', ')})? Proxmox does not know power.`);
    context.ask('Cabling: which switch port is each node NIC cabled to, and at what speed? Proxmox does not report either; every NIC speed was written as 1GbE.');
  }
  return { hosts, diskIds };
}

function hardware(node: PveNode): Partial<HostInput> {
  const status = node.status ?? {};
  const cpuinfo = asRecord(status.cpuinfo);
  const memory = asNumber(asRecord(status.memory)?.total) ?? asNumber(node.entry.maxmem);
  const version = /pve-manager\/([\d.]+)/.exec(asString(status.pveversion) ?? '')?.[1];
  const sockets = asNumber(cpuinfo?.sockets);
  const coresPerSocket = asNumber(cpuinfo?.cores);
  const threads = asNumber(cpuinfo?.cpus) ?? asNumber(node.entry.maxcpu);
  const model = safeText(cpuinfo?.model);
  const cpu = {
    ...(model ? { model } : {}),
    ...(sockets ? { sockets } : {}),
    ...(coresPerSocket ? { cores: coresPerSocket * (sockets ?? 1) } : {}),
    ...(threads ? { threads } : {}),
  };
  return {
    ...(version ? { os: `Proxmox VE ${version}` } : {}),
    ...(Object.keys(cpu).length > 0 ? { cpu } : {}),
    ...(memory ? { memory: formatMemory(bytes(memory)) } : {}),
  };
}

/** The base name of a device path with any partition suffix removed: "/dev/nvme0n1p3" → "nvme0n1", ".../ata-X-part1" → "ata-X". */
export function deviceKey(path: string): string {
  const name = path.split('/').pop() ?? path;
  if (/-part\d+$/.test(name)) return name.replace(/-part\d+$/, '');
  if (/^(nvme\d+n\d+)p\d+$/.test(name)) return name.replace(/p\d+$/, '');
  if (/^([sv]d[a-z]+|xvd[a-z]+)\d+$/.test(name)) return name.replace(/\d+$/, '');
  return name;
}

function mapDisks(entries: readonly Json[]): { disks: DiskInput[]; names: Map<string, string> } {
  const names = new Map<string, string>();
  const sorted = [...entries].filter((entry) => asString(entry.devpath)).sort((a, b) => compareText(String(a.devpath), String(b.devpath)));
  const disks = sorted.flatMap((entry, index): DiskInput[] => {
    const devpath = String(entry.devpath);
    const size = asNumber(entry.size);
    if (size === undefined || size <= 0) return [];
    const id = slugId(deviceKey(devpath), `disk${index + 1}`);
    for (const alias of [devpath, asString(entry.by_id_link), asString(entry.wwn) ? `wwn-${String(entry.wwn)}` : undefined]) {
      if (alias) names.set(deviceKey(alias), id);
    }
    const type = asString(entry.type);
    const rpm = asNumber(entry.rpm) ?? -1;
    const kind = type === 'nvme' || type === 'ssd' || type === 'hdd' ? type : rpm > 0 ? 'hdd' : 'ssd';
    const model = safeText(entry.model);
    const disk: DiskInput = { id, size: formatBytes(bytes(size), { both: false }), kind, ...(model ? { model } : {}) };
    if (entry.used === 'BIOS boot' || entry.used === 'EFI') disk.boot = true;
    return [disk];
  });
  return { disks, names };
}

function mapNics(context: PveMapContext, node: string, topology: readonly NicTopology[], vlanIds: ReadonlyMap<number, string>): { nics: NicInput[]; managementVlan?: string } {
  const addresses = nodeAddresses(context.snapshot, node);
  const guestBridges = new Map<string, Set<number>>();
  for (const guest of context.guests.filter((candidate) => candidate.node === node)) {
    for (const net of guest.nets) {
      if (net.bridge === undefined) continue;
      const tags = guestBridges.get(net.bridge) ?? new Set<number>();
      if (net.tag !== undefined) tags.add(net.tag);
      guestBridges.set(net.bridge, tags);
    }
  }
  let managementVlan: string | undefined;
  const nics = topology.map((nic): NicInput => {
    const roles = new Set<string>();
    for (const address of nic.addresses) {
      const role = roleOfAddress(address.cidr, addresses);
      if (role) roles.add(role);
      const vlan = nic.vlanInterfaces.find((candidate) => candidate.iface === address.iface);
      if (role === 'management' && vlan) managementVlan ??= vlanIds.get(vlan.vid);
    }
    const tags = new Set(nic.vlanInterfaces.map((vlan) => vlan.vid));
    for (const bridge of nic.bridges) {
      const used = guestBridges.get(bridge);
      if (!used) continue;
      roles.add('guests');
      for (const tag of used) tags.add(tag);
    }
    const vlans = [...tags].sort((a, b) => a - b).flatMap((tag) => (vlanIds.has(tag) ? [vlanIds.get(tag) as string] : []));
    const purpose = roles.size === 1 ? ([...roles][0] as NicInput['purpose']) : roles.size > 1 ? 'general' : undefined;
    const mapped: NicInput = {
      id: slugId(nic.iface, 'nic'),
      speed: ASSUMED_NIC_SPEED,
      ...(nic.mtu !== undefined && nic.mtu >= 576 ? { mtu: nic.mtu } : {}),
      ...(purpose ? { purpose } : {}),
      ...(vlans.length > 0 ? { vlans } : {}),
    };
    context.notes.field(mapped, 'speed', 'assumed', `Proxmox does not report link speed; check with "ethtool ${nic.iface}"`);
    context.notes.entity(mapped, 'imported', `proxmox: ${nic.description}`);
    return mapped;
  });
  return managementVlan ? { nics, managementVlan } : { nics };
}
