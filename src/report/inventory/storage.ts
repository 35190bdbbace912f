/** Inventory tables for storage: ZFS pools, RAID arrays, Ceph clusters and shares. */
import { formatPercent } from '../../intake/units/index.js';
import type { Ratio } from '../../model/quantities.js';
import type { Host, Model } from '../../model/types.js';
import { cell, describeDisks, idCell, size } from '../describe.js';
import type { Block } from '../report-model.js';

/** Every storage entity of the model, one table per kind. */
export function storageBlocks(model: Model): Block[] {
  const hosts = new Map(model.hosts.map((host) => [host.id, host]));
  const blocks: Block[] = [];
  if (model.storage.zfs.length > 0) {
    blocks.push({ kind: 'heading', text: 'ZFS pools' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Pool' }, { title: 'Host' }, { title: 'Layout' }, { title: 'Disks' }, { title: 'Used', align: 'right' }, { title: 'Growth / month', align: 'right' }, { title: 'Purpose' }],
      rows: model.storage.zfs.map((pool) => [
        idCell(pool.id),
        idCell(pool.host),
        cell(pool.vdevs.map((vdev) => plural(`${vdev.layout} (`, diskCount(hosts.get(pool.host), vdev.disks), 'disk', ')')).join(' + ')),
        cell(describeDisks(poolDisks(hosts.get(pool.host), pool.vdevs.flatMap((vdev) => vdev.disks)))),
        cell(pool.used === undefined ? undefined : size(pool.used)),
        cell(pool.growthPerMonth === undefined ? undefined : size(pool.growthPerMonth)),
        cell(pool.purpose),
      ]),
    });
  }
  if (model.storage.raid.length > 0) {
    blocks.push({ kind: 'heading', text: 'RAID arrays' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Array' }, { title: 'Host' }, { title: 'Level' }, { title: 'Disks' }, { title: 'Filesystem' }, { title: 'Used', align: 'right' }, { title: 'Purpose' }],
      rows: model.storage.raid.map((array) => [
        idCell(array.id),
        idCell(array.host),
        cell(array.level),
        cell(describeDisks(poolDisks(hosts.get(array.host), array.disks))),
        cell(array.filesystem),
        cell(array.used === undefined ? undefined : size(array.used)),
        cell(array.purpose),
      ]),
    });
  }
  for (const ceph of model.storage.ceph) {
    blocks.push({ kind: 'heading', text: `Ceph cluster ${ceph.id}` });
    const osdHosts = [...new Set(ceph.osds.map((osd) => osd.host))];
    blocks.push({
      kind: 'paragraph',
      text: [
        `${ceph.osds.length} OSDs on ${osdHosts.length} hosts, ${ceph.monitors.length} monitors`,
        ceph.publicNetwork ? `; public network ${ceph.publicNetwork}` : '',
        ceph.clusterNetwork ? `, cluster network ${ceph.clusterNetwork}` : '',
        '.',
      ],
    });
    if (ceph.pools.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [{ title: 'Pool' }, { title: 'Type' }, { title: 'size / min_size or k+m' }, { title: 'Failure domain' }, { title: 'Used', align: 'right' }, { title: 'Purpose' }],
        rows: ceph.pools.map((pool) => [
          idCell(pool.id),
          cell(pool.type),
          cell(pool.type === 'erasure' ? `${pool.k ?? '?'}+${pool.m ?? '?'}` : `${pool.size ?? '— (default)'} / ${pool.minSize ?? '— (default)'}`),
          cell(pool.failureDomain),
          cell(pool.used === undefined ? undefined : size(pool.used)),
          cell(pool.purpose),
        ]),
      });
    }
    const ratios = [ceph.nearfullRatio, ceph.backfillfullRatio, ceph.fullRatio];
    if (ratios.some((ratio) => ratio !== undefined)) {
      blocks.push({ kind: 'paragraph', text: [`Ratios set in the spec: nearfull ${pct(ceph.nearfullRatio)}, backfillfull ${pct(ceph.backfillfullRatio)}, full ${pct(ceph.fullRatio)}.`] });
    }
  }
  if (model.storage.shares.length > 0) {
    blocks.push({ kind: 'heading', text: 'Shares' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Share' }, { title: 'Host' }, { title: 'Protocol' }, { title: 'On' }, { title: 'Used', align: 'right' }, { title: 'Purpose' }],
      rows: model.storage.shares.map((share) => [idCell(share.id), idCell(share.host), cell(share.protocol), idCell(share.pool), cell(share.used === undefined ? undefined : size(share.used)), cell(share.purpose)]),
    });
  }
  return blocks;
}

/** The disks a list of references names: a disk id, or a group id standing for all its disks. */
export function poolDisks(host: Host | undefined, references: readonly string[]) {
  if (!host) return [];
  return host.disks.filter((disk) => references.includes(disk.id) || references.includes(disk.group));
}

function diskCount(host: Host | undefined, references: readonly string[]): number {
  return poolDisks(host, references).length || references.length;
}

function plural(prefix: string, count: number, noun: string, suffix: string): string {
  return `${prefix}${count} ${noun}${count === 1 ? '' : 's'}${suffix}`;
}

function pct(value: number | undefined): string {
  return value === undefined ? 'default' : formatPercent(value as Ratio);
}
