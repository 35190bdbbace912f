/**
 * What a guest's config says, in plain facts: vCPUs, memory, disks and the storages that hold
 * them, network attachments with their VLAN tags. Config keys per pve-docs "qm.conf"/"pct.conf".
 */
import { compareText } from '../../diagnostic.js';
import { MiB } from '../../../model/quantities.js';
import { asBoolean, asNumber, asString } from '../json-fields.js';
import { parseGuestVolume, parsePropertyString, parsePveSize } from './pve-property-string.js';
import type { PveGuest } from './pve-snapshot.js';

export interface GuestDisk {
  readonly key: string;
  readonly storage: string;
  readonly bytes?: number;
}

export interface GuestFacts {
  readonly vmid: number;
  readonly node: string;
  readonly kind: 'vm' | 'ct';
  readonly name?: string;
  readonly template: boolean;
  /** Config was read; otherwise figures come from /cluster/resources. */
  readonly configured: boolean;
  readonly vcpu?: number;
  readonly memoryBytes?: number;
  readonly diskBytes?: number;
  readonly disks: readonly GuestDisk[];
  /** The storage of the boot disk (VM) or root filesystem (CT). */
  readonly mainStorage?: string;
  readonly nets: readonly { readonly bridge?: string; readonly tag?: number }[];
  readonly tags: readonly string[];
  /** Resource pool the guest belongs to (used by backup jobs that select a pool). */
  readonly pool?: string;
  /** HA state from /cluster/resources ("started", "stopped"…), when HA manages the guest. */
  readonly haState?: string;
}

const VM_DISK = /^(scsi|sata|ide|virtio)\d+$/;
const CT_DISK = /^(rootfs|mp\d+)$/;

/** Reads one guest. */
export function guestFacts(guest: PveGuest): GuestFacts {
  const resource = guest.resource;
  const config = guest.config ?? {};
  const kind = resource.type === 'lxc' ? 'ct' : 'vm';
  const disks = Object.keys(config)
    .filter((key) => (kind === 'vm' ? VM_DISK : CT_DISK).test(key))
    .sort(compareText)
    .flatMap((key): GuestDisk[] => {
      const volume = parseGuestVolume(String(config[key]));
      if (volume.storage === undefined || volume.options.media === 'cdrom') return [];
      const bytes = parsePveSize(volume.options.size);
      return [{ key, storage: volume.storage, ...(bytes !== undefined ? { bytes } : {}) }];
    });
  const nets = Object.keys(config)
    .filter((key) => /^net\d+$/.test(key))
    .sort(compareText)
    .map((key) => {
      const options = parsePropertyString(String(config[key]), 'model');
      const tag = asNumber(options.tag);
      return { ...(options.bridge ? { bridge: options.bridge } : {}), ...(tag !== undefined ? { tag } : {}) };
    });
  const configured = guest.config !== undefined;
  const sizes = disks.map((disk) => disk.bytes ?? 0);
  const diskBytes = configured ? sizes.reduce((sum, size) => sum + size, 0) : asNumber(resource.maxdisk);
  const name = asString(config.name) ?? asString(config.hostname) ?? asString(resource.name);
  const pool = asString(resource.pool);
  const haState = asString(resource.hastate);
  const vcpu = configured ? vcpuOf(kind, config, asNumber(resource.maxcpu)) : asNumber(resource.maxcpu);
  const memoryBytes = configured ? memoryOf(config) : asNumber(resource.maxmem);
  const mainStorage = mainDisk(kind, config, disks)?.storage;
  return {
    vmid: asNumber(resource.vmid) ?? 0,
    node: asString(resource.node) ?? '',
    kind,
    ...(name !== undefined ? { name } : {}),
    template: asBoolean(resource.template) === true || asBoolean(config.template) === true,
    configured,
    ...(vcpu !== undefined ? { vcpu } : {}),
    ...(memoryBytes !== undefined ? { memoryBytes } : {}),
    ...(diskBytes !== undefined && diskBytes > 0 ? { diskBytes } : {}),
    disks,
    ...(mainStorage !== undefined ? { mainStorage } : {}),
    nets,
    tags: (asString(config.tags) ?? asString(resource.tags) ?? '').split(/[;,\s]+/).filter(Boolean).sort(compareText),
    ...(pool !== undefined ? { pool } : {}),
    ...(haState !== undefined ? { haState } : {}),
  };
}

function vcpuOf(kind: 'vm' | 'ct', config: Record<string, unknown>, hostCpus: number | undefined): number | undefined {
  if (kind === 'ct') return asNumber(config.cores) ?? hostCpus;
  return (asNumber(config.cores) ?? 1) * (asNumber(config.sockets) ?? 1);
}

/** Memory in bytes: "memory: 4096" (MiB), or the property string "current=4096" of newer versions; 512 MiB is the default of both qm and pct. */
function memoryOf(config: Record<string, unknown>): number {
  const text = asString(config.memory);
  const mebibytes = text === undefined ? 512 : asNumber(parsePropertyString(text, 'current').current) ?? 512;
  return mebibytes * MiB;
}

/** The disk the guest boots from: the first disk in "boot: order=…", the legacy "bootdisk", the CT root, or the largest. */
function mainDisk(kind: 'vm' | 'ct', config: Record<string, unknown>, disks: readonly GuestDisk[]): GuestDisk | undefined {
  if (kind === 'ct') return disks.find((disk) => disk.key === 'rootfs');
  const order = parsePropertyString(asString(config.boot) ?? '', 'legacy').order?.split(';') ?? [];
  const bootdisk = asString(config.bootdisk);
  for (const key of [...order, ...(bootdisk ? [bootdisk] : [])]) {
    const disk = disks.find((candidate) => candidate.key === key);
    if (disk) return disk;
  }
  return [...disks].sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0))[0];
}
