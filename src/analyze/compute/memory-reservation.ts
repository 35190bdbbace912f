/**
 * Memory a host keeps for itself before guests: the platform's own rule by role and OS (Proxmox VE
 * base, or the Proxmox Backup Server and TrueNAS rules, which include the filesystem cache), the ZFS
 * ARC maximum on a hypervisor, and the Ceph OSD memory targets.
 */
import { ARC_RULE_FORMULA, arcMax, type ArcRule } from '../../calc/compute/zfs-arc-max.js';
import { CEPH_OSD_MEMORY_TARGET, cephOsdMemory } from '../../calc/compute/ceph-osd-memory.js';
import { PVE_BASE_MEMORY, pbsMemory, trueNasMemory } from '../../calc/compute/host-memory-rules.js';
import { isAtLeast, parseOpenZfsVersion } from '../../calc/zfs/openzfs-version.js';
import { bytes, GiB, TiB, type Bytes } from '../../model/quantities.js';
import type { Assumption, Host, Model } from '../../model/types.js';
import { isNumericFact, type Fact } from '../fact.js';
import { assumptionAt } from '../subject-facts.js';
import { resolveDisks } from '../storage/resolve-disks.js';

export const ARC_REFERENCE = 'https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_zfs_limit_memory_usage';
const PVE_REFERENCE = 'https://pve.proxmox.com/wiki/System_Requirements';
const PBS_REFERENCE = 'https://pbs.proxmox.com/docs/system-requirements.html';
const TRUENAS_REFERENCE = 'https://www.truenas.com/docs/references/hardwareguide/';
const CEPH_REFERENCE = 'https://docs.ceph.com/en/latest/start/hardware-recommendations/';

/** One term of the reservation, or the question that stops it being computed. */
export interface ReservationPart {
  readonly name: string;
  readonly value: Bytes | string;
  readonly reference: string;
  readonly assumed?: boolean;
}

export interface ArcMax {
  readonly rule: ArcRule;
  readonly value: Bytes;
}

export interface Reservation {
  /** The platform rule used for the host's own memory. */
  readonly platform: 'proxmox-ve' | 'proxmox-backup-server' | 'truenas' | 'none';
  /** The host's ZFS ARC maximum: undefined without ZFS pools, a question when RAM is unknown. */
  readonly arc: ArcMax | string | undefined;
  readonly parts: readonly ReservationPart[];
  readonly assumptions: readonly Assumption[];
}

/** Major.minor of "Proxmox VE 8.2" in an OS string. */
function proxmoxVeVersion(os: string | undefined): { major: number; minor: number } | undefined {
  const match = /proxmox\s*ve\s*(\d+)\.(\d+)/iu.exec(os ?? '');
  return match === null ? undefined : { major: Number(match[1]), minor: Number(match[2]) };
}

/** Which ARC default applies to `host`, with the assumption taken to choose it. */
function arcRuleFor(host: Host, poolNames: readonly string[]): { readonly rule: ArcRule; readonly assumption?: Assumption } {
  const pve = proxmoxVeVersion(host.os);
  if (pve !== undefined && (pve.major > 8 || (pve.major === 8 && pve.minor >= 1)) && poolNames.includes('rpool')) {
    return {
      rule: 'pve-installer',
      assumption: assumptionAt('compute/arc-pve-installer', `Proxmox VE ≥ 8.1 hosts with a ZFS root pool (rpool) were taken to run with the zfs_arc_max the installer writes: 10 % of RAM, 64 MiB…16 GiB (${ARC_REFERENCE}); a host upgraded from an older release keeps the OpenZFS default unless zfs_arc_max was set.`, host.source),
    };
  }
  const version = host.zfsVersion === undefined ? undefined : parseOpenZfsVersion(host.zfsVersion);
  if (version === undefined) {
    return {
      rule: 'openzfs-2.2-',
      assumption: assumptionAt('compute/arc-openzfs-2.2-assumed', 'OpenZFS version not given (hosts[].zfsVersion): the ZFS ARC maximum uses the OpenZFS ≤ 2.2 Linux default, ½ of RAM (arc_os.c); OpenZFS ≥ 2.3 allows RAM − 1 GiB.', host.source),
    };
  }
  return { rule: isAtLeast(version, 2, 3) ? 'openzfs-2.3+' : 'openzfs-2.2-' };
}

/** Works out the memory `host` reserves for itself; `facts` holds the storage facts (pool usable). */
export function memoryReservation(host: Host, model: Model, facts: ReadonlyMap<string, Fact>): Reservation {
  const assumptions: Assumption[] = [];
  const parts: ReservationPart[] = [];
  const pools = model.storage.zfs.filter((pool) => pool.host === host.id);
  const volumes = [...pools.map((pool) => pool.id), ...model.storage.raid.filter((array) => array.host === host.id).map((array) => array.id)];

  let arc: ArcMax | string | undefined;
  if (pools.length > 0) {
    if (host.memory === undefined) {
      arc = `${host.id} memory is not given; its ZFS ARC maximum cannot be computed (add "memory" to host ${host.id}).`;
    } else {
      const choice = arcRuleFor(host, pools.map((pool) => pool.name ?? pool.id));
      if (choice.assumption) assumptions.push(choice.assumption);
      arc = { rule: choice.rule, value: arcMax(host.memory, choice.rule) };
    }
  }

  const os = host.os ?? '';
  const platform: Reservation['platform'] =
    host.role === 'backup-server' || /proxmox\s*backup\s*server/iu.test(os) ? 'proxmox-backup-server' : /truenas/iu.test(os) ? 'truenas' : host.role === 'hypervisor' || /proxmox\s*ve/iu.test(os) ? 'proxmox-ve' : 'none';

  if (platform === 'proxmox-backup-server') {
    const usable = volumes.map((id) => facts.get(`storage/${id}/usable`));
    if (usable.length === 0 || !usable.every(isNumericFact)) {
      parts.push({ name: 'Proxmox Backup Server: 4 GiB + 1 GiB per TiB of datastore', value: `${host.id} runs Proxmox Backup Server but the size of its datastore is not known; its memory reservation cannot be computed (declare the datastore's ZFS pool or RAID array on host ${host.id}).`, reference: PBS_REFERENCE });
    } else {
      const datastore = usable.reduce((sum, fact) => sum + fact.value, 0);
      parts.push({ name: `Proxmox Backup Server: 4 GiB + 1 GiB × ${round2(datastore / TiB)} TiB of datastore (covers the filesystem cache)`, value: pbsMemory(bytes(datastore)), reference: PBS_REFERENCE });
    }
  } else if (platform === 'truenas') {
    const drives = host.disks.filter((disk) => disk.boot !== true).length;
    const l2arc = pools.flatMap((pool) => resolveDisks(host, pool.cache ?? []).disks).reduce((sum, disk) => sum + disk.size, 0);
    parts.push({ name: `TrueNAS: 8 GiB + 1 GiB per drive beyond 8 (${drives} drives) + 1 GiB per 50 GB of L2ARC (covers the ARC)`, value: trueNasMemory(drives, bytes(l2arc)), reference: TRUENAS_REFERENCE });
  } else {
    if (platform === 'proxmox-ve') {
      parts.push({ name: 'Proxmox VE base', value: PVE_BASE_MEMORY, reference: PVE_REFERENCE });
      if (!/proxmox\s*ve/iu.test(os)) {
        assumptions.push(assumptionAt('compute/hypervisor-is-proxmox', 'Hypervisors whose OS is not given or not Proxmox VE were given Proxmox VE\'s 2 GiB base reservation.', host.source));
      }
    } else {
      assumptions.push(assumptionAt('compute/no-platform-memory-rule', 'Hosts that are not Proxmox VE, Proxmox Backup Server or TrueNAS have no published memory rule Kestra knows; their reservation counts only the ZFS ARC and Ceph OSDs, not the OS itself.', host.source));
    }
    if (arc !== undefined) {
      parts.push(typeof arc === 'string' ? { name: 'ZFS ARC maximum', value: arc, reference: ARC_REFERENCE } : { name: `ZFS ARC maximum (${ARC_RULE_FORMULA[arc.rule]})`, value: arc.value, reference: ARC_REFERENCE });
    }
  }

  const osds = model.storage.ceph.reduce((count, ceph) => count + ceph.osds.filter((osd) => osd.host === host.id).reduce((sum, osd) => sum + Math.max(1, resolveDisks(host, [osd.disk]).disks.length), 0), 0);
  if (osds > 0) {
    parts.push({ name: `Ceph OSDs: ${osds} × osd_memory_target ${CEPH_OSD_MEMORY_TARGET / GiB} GiB`, value: cephOsdMemory(osds), reference: CEPH_REFERENCE, assumed: true });
    assumptions.push(assumptionAt('compute/ceph-osd-memory-4gib', `Ceph OSDs were counted at the default osd_memory_target of 4 GiB each; Ceph advises about 8 GB per BlueStore OSD and 20 % extra for spikes (${CEPH_REFERENCE}).`, host.source));
  }
  return { platform, arc, parts, assumptions };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
