/**
 * Storage in the failure graph.
 *
 * - A disk fails on its own. A host's boot device is its boot-flagged disk (or the vdev holding it;
 *   any of several boot disks), else the data vdevs of a pool named `rpool`.
 * - ZFS vdevs (https://openzfs.github.io/openzfs-docs/man/master/7/zpoolconcepts.7.html): a stripe
 *   needs all its disks, a mirror at least one ("can withstand the failure of all but one of its
 *   devices"), a RAIDZ-p vdev of n disks at least n − p ("raidz1 … one device failure", raidz2 two,
 *   raidz3 three). A pool needs its host and every data and special vdev (data is striped across all
 *   top-level vdevs; a lost special vdev loses the pool). Log and cache devices are not needed: losing
 *   a SLOG loses only in-flight sync writes, an L2ARC is a cache.
 * - Classic RAID: raid0 needs all disks, raid1 one, raid5/SHR n − 1, raid6/SHR-2 n − 2, raid10 one of
 *   each mirrored pair (disks paired in the order listed). SHR:
 *   https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR
 * - A share needs its host and the pool or array it lives on.
 * - Ceph: the monitors keep quorum with a majority ("Ceph is able to maintain quorum … only if a
 *   majority of the Monitors are active", https://docs.ceph.com/en/latest/rados/operations/add-or-rm-mons/).
 *   A failure domain (a host, or one OSD with failureDomain osd; racks are not modelled and read as
 *   hosts) is intact while its host and all its OSD disks are up: a PG has replicas on several OSDs of
 *   distinct domains, and with enough PGs some PG has a replica on any failed OSD. A pool serves I/O
 *   while every PG keeps min_size replicas (https://docs.ceph.com/en/latest/rados/operations/pools/#set-the-number-of-object-replicas):
 *   with N domains and r = min(size, N) replicas per PG, it survives f failed domains while
 *   r − f ≥ min_size, so it needs N − (r − min_size) domains up. min_size is the storage analyzer's
 *   fact `storage/<pool>/min-size`, else the Ceph default size − floor(size/2) (EC: k + min(1, m − 1)).
 */
import { isNumericFact } from '../analyze/fact.js';
import type { CephCluster, Host } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { componentOptions } from './build-context.js';
import type { Gate } from './graph.js';
import { majority } from './quorum.js';

export interface StorageNodes {
  /** The node a host needs to boot; undefined when unknown. */
  bootOf(host: string): string | undefined;
}

const raidzParity: Readonly<Record<string, number>> = { raidz1: 1, raidz2: 2, raidz3: 3 };
const raidParity: Readonly<Record<string, number>> = { raid5: 1, shr: 1, raid6: 2, shr2: 2 };

/** Adds disks, vdevs, pools, arrays, shares and Ceph. */
export function addStorage(context: BuildContext): StorageNodes {
  const { model, builder } = context;
  const hostsById = new Map(model.hosts.map((host) => [host.id, host]));
  const diskNode = (host: Host, diskId: string): string => {
    const id = `disk:${host.id}/${diskId}`;
    if (!builder.has(id)) {
      const disk = host.disks.find((candidate) => candidate.id === diskId);
      builder.add('disk', `${host.id}/${diskId}`, componentOptions(context, { id: host.id, source: disk?.source ?? host.source }, [disk?.kind ?? 'disk', 'disk'], undefined, disk ? { detail: disk.kind } : {}));
    }
    return id;
  };
  const expand = (host: Host, refs: readonly string[]): string[] =>
    refs.flatMap((ref) => {
      const exact = host.disks.filter((disk) => disk.id === ref);
      return (exact.length > 0 ? exact : host.disks.filter((disk) => disk.group === ref)).map((disk) => disk.id);
    });
  const vdevOfDisk = new Map<string, string>();
  const addVdev = (name: string, host: Host, disks: readonly string[], gate: Gate, source: Host['source']): string => {
    const id = builder.add('vdev', name, { gate, entity: host.id, source });
    for (const disk of disks) {
      builder.needs(id, diskNode(host, disk));
      vdevOfDisk.set(`${host.id}/${disk}`, id);
    }
    return id;
  };
  const poolVdevs = new Map<string, string[]>();

  for (const pool of model.storage.zfs) {
    const host = hostsById.get(pool.host);
    const id = builder.add('pool', pool.id, { entity: pool.id, source: pool.source, ...(pool.name ? { detail: pool.name } : {}) });
    builder.needs(id, `host:${pool.host}`);
    if (!host) continue;
    const vdevs: string[] = [];
    for (const [section, list] of [['', pool.vdevs], ['special-', pool.special ?? []]] as const) {
      list.forEach((vdev, position) => {
        const disks = expand(host, vdev.disks);
        const parity = raidzParity[vdev.layout] ?? 0;
        const gate: Gate = vdev.layout === 'stripe' ? { kind: 'all' } : vdev.layout === 'mirror' ? { kind: 'any' } : { kind: 'atLeast', k: Math.max(1, disks.length - parity) };
        const vdevId = addVdev(`${pool.id}/${section}${position}`, host, disks, gate, pool.source);
        builder.needs(id, vdevId);
        if (section === '') vdevs.push(vdevId);
      });
    }
    poolVdevs.set(pool.id, vdevs);
  }

  for (const array of model.storage.raid) {
    const host = hostsById.get(array.host);
    const id = builder.add('raid', array.id, { entity: array.id, source: array.source, detail: array.level });
    builder.needs(id, `host:${array.host}`);
    if (!host) continue;
    const disks = expand(host, array.disks);
    if (array.level === 'raid10') {
      for (let pair = 0; pair * 2 < disks.length; pair++) builder.needs(id, addVdev(`${array.id}/${pair}`, host, disks.slice(pair * 2, pair * 2 + 2), { kind: 'any' }, array.source));
    } else {
      const gate: Gate = array.level === 'raid0' ? { kind: 'all' } : array.level === 'raid1' ? { kind: 'any' } : { kind: 'atLeast', k: Math.max(1, disks.length - (raidParity[array.level] ?? 0)) };
      builder.needs(id, addVdev(`${array.id}/0`, host, disks, gate, array.source));
    }
  }

  for (const share of model.storage.shares) {
    const id = builder.add('share', share.id, { entity: share.id, source: share.source, detail: share.protocol });
    builder.needs(id, `host:${share.host}`);
    builder.needs(id, share.pool === undefined ? undefined : context.entityNode.get(share.pool));
  }

  for (const ceph of model.storage.ceph) addCeph(context, ceph, (host, disk) => {
    const found = hostsById.get(host);
    return found ? diskNode(found, disk) : undefined;
  });

  const rootPools = new Map<string, (typeof model.storage.zfs)[number]>();
  for (const pool of model.storage.zfs) if ((pool.id === 'rpool' || pool.name === 'rpool') && !rootPools.has(pool.host)) rootPools.set(pool.host, pool);
  const bootOf = (hostId: string): string | undefined => {
    const host = hostsById.get(hostId);
    if (!host) return undefined;
    const flagged = host.disks.filter((disk) => disk.boot === true).map((disk) => vdevOfDisk.get(`${host.id}/${disk.id}`) ?? diskNode(host, disk.id));
    if (flagged.length > 0) return builder.anyOf('boot', host.id, flagged, { entity: host.id, source: host.source });
    const rpool = rootPools.get(host.id);
    return rpool ? builder.allOf('boot', host.id, poolVdevs.get(rpool.id) ?? [], { entity: host.id, source: host.source }) : undefined;
  };
  return { bootOf };
}

function addCeph(context: BuildContext, ceph: CephCluster, diskNode: (host: string, disk: string) => string | undefined): void {
  const { builder } = context;
  const monitors = [...new Set(ceph.monitors)];
  const quorum = builder.add('ceph', ceph.id, { entity: ceph.id, source: ceph.source, gate: { kind: 'atLeast', k: majority(monitors.length) } });
  for (const monitor of monitors) builder.needs(quorum, `host:${monitor}`);
  const osdHosts = [...new Set(ceph.osds.map((osd) => osd.host))];
  const domainOf = (host: string, disk?: string): string => {
    const name = disk === undefined ? `${ceph.id}/${host}` : `${ceph.id}/${host}/${disk}`;
    const id = `ceph-domain:${name}`;
    if (builder.has(id)) return id;
    builder.add('ceph-domain', name, { entity: ceph.id, source: ceph.source });
    builder.needs(id, `host:${host}`);
    for (const osd of ceph.osds) if (osd.host === host && (disk === undefined || osd.disk === disk)) builder.needs(id, diskNode(osd.host, osd.disk));
    return id;
  };
  for (const pool of ceph.pools) {
    const domains = pool.failureDomain === 'osd' ? ceph.osds.map((osd) => domainOf(osd.host, osd.disk)) : osdHosts.map((host) => domainOf(host));
    const erasure = pool.type === 'erasure' && pool.k !== undefined && pool.m !== undefined;
    const size = erasure ? (pool.k as number) + (pool.m as number) : (pool.size ?? 3);
    const fact = context.analysis?.byId.get(`storage/${pool.id}/min-size`);
    const minSize = isNumericFact(fact) ? fact.value : (pool.minSize ?? (erasure ? (pool.k as number) + Math.min(1, (pool.m as number) - 1) : size - Math.floor(size / 2)));
    const replicas = Math.min(size, domains.length);
    const need = Math.max(1, Math.min(domains.length, domains.length - (replicas - minSize)));
    if (replicas < minSize) {
      builder.assume({ id: 'failure/ceph-pool-below-min-size', text: 'A Ceph pool with fewer failure domains than its min_size cannot serve I/O at all; it is modelled as needing every domain.', sources: [ceph.source] });
    }
    const pg = builder.add('pg', pool.id, { entity: pool.id, source: ceph.source, gate: { kind: 'atLeast', k: need } });
    for (const domain of domains) builder.needs(pg, domain);
    const id = builder.add('ceph-pool', pool.id, { entity: pool.id, source: ceph.source, detail: erasure ? `EC ${pool.k}+${pool.m}` : `size ${size}/min ${minSize}` });
    builder.needs(id, quorum);
    builder.needs(id, pg);
  }
}
