/**
 * Checks that every id a spec refers to exists and is of a kind that makes sense there, that ids are
 * unique, and that disks, NICs and ports are unique within their host or device. Every problem is
 * collected, with a "did you mean" for near-misses.
 */
import { didYouMean } from '../intake/did-you-mean.js';
import { type EntityIndex, type EntityKind, indexEntities } from './entity-index.js';
import { zones } from './schema/network.js';
import type { Model } from './types.js';

export interface ReferenceProblem {
  readonly code: 'dangling-reference' | 'wrong-kind-reference' | 'duplicate-id' | 'invalid-reference';
  /** Spec path of the offending value. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected: string;
  readonly hint: string;
}

const kindNames: Record<EntityKind, string> = {
  'power-feed': 'power feed',
  ups: 'UPS',
  pdu: 'PDU',
  host: 'host',
  'network-device': 'network device',
  vlan: 'VLAN',
  wan: 'WAN uplink',
  vpn: 'VPN',
  'zfs-pool': 'ZFS pool',
  'raid-array': 'RAID array',
  'ceph-cluster': 'Ceph cluster',
  'ceph-pool': 'Ceph pool',
  share: 'share',
  'proxmox-cluster': 'Proxmox cluster',
  'shared-storage': 'cluster storage',
  'ha-group': 'HA group',
  'kubernetes-cluster': 'Kubernetes cluster',
  workload: 'workload',
  'backup-target': 'backup target',
  'backup-job': 'backup job',
  'monitoring-system': 'monitoring system',
  'alert-route': 'alert route',
};

const anyKind = Object.keys(kindNames) as EntityKind[];
const runsThings: EntityKind[] = ['network-device', 'host', 'workload'];

/** Checks every reference in the model and returns the problems found. */
export function checkReferences(model: Model, index: EntityIndex = indexEntities(model)): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];

  for (const { entity, first } of index.duplicates) {
    problems.push({
      code: 'duplicate-id',
      path: [...pointerToPath(entity.source.pointer), 'id'],
      message: `id "${entity.id}" is used twice: by a ${kindNames[entity.kind]} here and by a ${kindNames[first.kind]} at line ${first.source.line}`,
      expected: 'ids unique across the whole spec',
      hint: `rename one of them, e.g. "${entity.id}-2"`,
    });
  }

  const check = (value: string | undefined, kinds: readonly EntityKind[], path: readonly (string | number)[]) => {
    if (value === undefined) return;
    const found = index.get(value);
    const expected = kinds.length === anyKind.length ? 'the id of any entity' : `the id of a ${kinds.map((kind) => kindNames[kind]).join(' or ')}`;
    if (!found) {
      const suggestion = didYouMean(value, index.idsOf(kinds));
      const known = index.idsOf(kinds);
      problems.push({
        code: 'dangling-reference',
        path,
        message: `"${value}" does not exist`,
        expected,
        hint: suggestion ? `did you mean "${suggestion}"?` : known.length > 0 ? `known: ${abbreviateList(known)}` : `declare it first; there is no ${kinds.map((kind) => kindNames[kind]).join(' or ')} yet`,
      });
    } else if (!kinds.includes(found.kind)) {
      const suggestion = didYouMean(value, index.idsOf(kinds));
      problems.push({
        code: 'wrong-kind-reference',
        path,
        message: `"${value}" is a ${kindNames[found.kind]}, which cannot be used here`,
        expected,
        hint: suggestion && suggestion !== value ? `did you mean "${suggestion}"?` : `refer to a ${kinds.map((kind) => kindNames[kind]).join(' or ')}`,
      });
    }
  };
  const checkAll = (values: readonly string[] | undefined, kinds: readonly EntityKind[], path: readonly (string | number)[]) =>
    values?.forEach((value, position) => check(value, kinds, [...path, position]));
  const local = (value: string, scope: string, known: readonly string[], what: string, path: readonly (string | number)[]) => {
    if (known.includes(value)) return;
    const suggestion = didYouMean(value, known);
    problems.push({
      code: 'dangling-reference',
      path,
      message: `${what} "${value}" does not exist on "${scope}"`,
      expected: `one of the ${what}s of "${scope}"${known.length > 0 ? `: ${abbreviateList(known)}` : ''}`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `declare it under "${scope}" first`,
    });
  };
  const uniqueWithin = (ids: readonly string[], scope: string, what: string, pathOf: (position: number) => (string | number)[]) => {
    const seen = new Set<string>();
    ids.forEach((value, position) => {
      if (seen.has(value)) {
        problems.push({ code: 'duplicate-id', path: pathOf(position), message: `${what} "${value}" appears twice on "${scope}"`, expected: `${what} ids unique within "${scope}"`, hint: 'rename one of them' });
      }
      seen.add(value);
    });
  };

  const hostsById = new Map(model.hosts.map((host) => [host.id, host]));
  const devicesById = new Map(model.network.devices.map((device) => [device.id, device]));
  const endpointCheck = (value: string, path: readonly (string | number)[]) => {
    const [owner = '', port = ''] = value.split(':');
    const device = devicesById.get(owner);
    const host = hostsById.get(owner);
    if (!device && !host) {
      check(owner, ['network-device', 'host'], path);
      return;
    }
    if (device && device.ports.length > 0) local(port, owner, device.ports.map((item) => item.id), 'port', path);
    if (host) local(port, owner, host.nics.map((nic) => nic.id), 'NIC', path);
  };

  model.power.ups.forEach((ups, i) => {
    check(ups.feed, ['power-feed'], ['power', 'ups', i, 'feed']);
    check(ups.shutdown?.server, ['host', 'workload'], ['power', 'ups', i, 'shutdown', 'server']);
  });
  model.power.pdus.forEach((pdu, i) => check(pdu.feed, ['power-feed', 'ups'], ['power', 'pdus', i, 'feed']));

  model.hosts.forEach((host, i) => {
    checkAll(host.power?.feeds, ['power-feed', 'ups', 'pdu'], ['hosts', i, 'power', 'feeds']);
    if (host.power?.poeFrom) endpointCheck(host.power.poeFrom, ['hosts', i, 'power', 'poeFrom']);
    check(host.managementVlan, ['vlan'], ['hosts', i, 'managementVlan']);
    uniqueWithin(host.disks.map((disk) => disk.id), host.id, 'disk', (position) => ['hosts', i, 'disks', diskEntryIndex(host.disks, position), 'id']);
    uniqueWithin(host.nics.map((nic) => nic.id), host.id, 'NIC', (position) => ['hosts', i, 'nics', position, 'id']);
    host.nics.forEach((nic, n) => {
      if (nic.connectedTo) endpointCheck(nic.connectedTo, ['hosts', i, 'nics', n, 'connectedTo']);
      checkAll(nic.vlans, ['vlan'], ['hosts', i, 'nics', n, 'vlans']);
    });
  });

  model.network.devices.forEach((device, i) => {
    checkAll(device.power?.feeds, ['power-feed', 'ups', 'pdu'], ['network', 'devices', i, 'power', 'feeds']);
    if (device.power?.poeFrom) endpointCheck(device.power.poeFrom, ['network', 'devices', i, 'power', 'poeFrom']);
    check(device.managementVlan, ['vlan'], ['network', 'devices', i, 'managementVlan']);
    uniqueWithin(device.ports.map((port) => port.id), device.id, 'port', (position) => ['network', 'devices', i, 'ports', position, 'id']);
  });
  model.network.links.forEach((link, i) => {
    endpointCheck(link.a, ['network', 'links', i, 'a']);
    endpointCheck(link.b, ['network', 'links', i, 'b']);
    checkAll(link.vlans, ['vlan'], ['network', 'links', i, 'vlans']);
  });
  const vids = new Map<number, string>();
  model.network.vlans.forEach((vlan, i) => {
    check(vlan.gateway, runsThings, ['network', 'vlans', i, 'gateway']);
    check(vlan.dhcp?.server, runsThings, ['network', 'vlans', i, 'dhcp', 'server']);
    const other = vids.get(vlan.vid);
    if (other !== undefined) {
      problems.push({ code: 'duplicate-id', path: ['network', 'vlans', i, 'vid'], message: `VLAN tag ${vlan.vid} is used by "${other}" and "${vlan.id}"`, expected: 'each 802.1Q tag used by one VLAN', hint: 'give one of them another tag' });
    } else vids.set(vlan.vid, vlan.id);
  });
  const zoneOrVlan = new Set<string>([...zones, 'wan', 'any', 'vpn', ...model.network.vlans.map((vlan) => vlan.id)]);
  model.network.firewall.rules.forEach((rule, i) => {
    for (const side of ['from', 'to'] as const) {
      if (!zoneOrVlan.has(rule[side])) {
        const suggestion = didYouMean(rule[side], zoneOrVlan);
        problems.push({
          code: 'dangling-reference',
          path: ['network', 'firewall', 'rules', i, side],
          message: `"${rule[side]}" is neither a zone nor a VLAN`,
          expected: `a zone (${zones.join(', ')}), a VLAN id, "wan", "vpn" or "any"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : 'declare the VLAN under network.vlans first',
        });
      }
    }
  });
  model.network.wan.forEach((wan, i) => check(wan.device, runsThings, ['network', 'wan', i, 'device']));
  model.network.portForwards.forEach((forward, i) => check(forward.to, runsThings, ['network', 'portForwards', i, 'to']));
  model.network.vpns.forEach((vpn, i) => check(vpn.endpoint, runsThings, ['network', 'vpns', i, 'endpoint']));

  model.storage.zfs.forEach((pool, i) => {
    const host = hostsById.get(pool.host);
    check(pool.host, ['host'], ['storage', 'zfs', i, 'host']);
    if (!host) return;
    const known = diskRefsOf(host);
    for (const section of ['vdevs', 'special', 'log'] as const) {
      (pool[section] ?? []).forEach((vdev, v) =>
        vdev.disks.forEach((disk, d) => local(disk, host.id, known, 'disk', ['storage', 'zfs', i, section, v, 'disks', d])),
      );
    }
    (pool.cache ?? []).forEach((disk, d) => local(disk, host.id, known, 'disk', ['storage', 'zfs', i, 'cache', d]));
    checkAll(pool.replicatedTo, ['host'], ['storage', 'zfs', i, 'replicatedTo']);
  });
  model.storage.raid.forEach((array, i) => {
    check(array.host, ['host'], ['storage', 'raid', i, 'host']);
    const host = hostsById.get(array.host);
    if (host) array.disks.forEach((disk, d) => local(disk, host.id, diskRefsOf(host), 'disk', ['storage', 'raid', i, 'disks', d]));
  });
  model.storage.ceph.forEach((ceph, i) => {
    check(ceph.cluster, ['proxmox-cluster'], ['storage', 'ceph', i, 'cluster']);
    checkAll(ceph.monitors, ['host'], ['storage', 'ceph', i, 'monitors']);
    check(ceph.publicNetwork, ['vlan'], ['storage', 'ceph', i, 'publicNetwork']);
    check(ceph.clusterNetwork, ['vlan'], ['storage', 'ceph', i, 'clusterNetwork']);
    ceph.osds.forEach((osd, o) => {
      check(osd.host, ['host'], ['storage', 'ceph', i, 'osds', o, 'host']);
      const host = hostsById.get(osd.host);
      if (host) local(osd.disk, host.id, host.disks.map((disk) => disk.id), 'disk', ['storage', 'ceph', i, 'osds', o, 'disk']);
    });
  });
  model.storage.shares.forEach((share, i) => {
    check(share.host, ['host'], ['storage', 'shares', i, 'host']);
    check(share.pool, ['zfs-pool', 'raid-array'], ['storage', 'shares', i, 'pool']);
  });

  model.clusters.proxmox.forEach((cluster, i) => {
    const nodeIds = cluster.nodes.map((node) => node.host);
    cluster.nodes.forEach((node, n) => check(node.host, ['host'], ['clusters', 'proxmox', i, 'nodes', n]));
    uniqueWithin(nodeIds, cluster.id, 'node', (position) => ['clusters', 'proxmox', i, 'nodes', position]);
    check(cluster.qdevice?.host, runsThings, ['clusters', 'proxmox', i, 'qdevice', 'host']);
    cluster.corosync?.links.forEach((link, l) => check(link.vlan, ['vlan'], ['clusters', 'proxmox', i, 'corosync', 'links', l, 'vlan']));
    cluster.ha?.groups?.forEach((group, g) =>
      group.nodes.forEach((node, n) => local(node, cluster.id, nodeIds, 'node', ['clusters', 'proxmox', i, 'ha', 'groups', g, 'nodes', n])),
    );
    check(cluster.migrationNetwork, ['vlan'], ['clusters', 'proxmox', i, 'migrationNetwork']);
    cluster.sharedStorage.forEach((storage, s) =>
      check(storage.source, ['ceph-cluster', 'ceph-pool', 'share', 'zfs-pool'], ['clusters', 'proxmox', i, 'sharedStorage', s, 'source']),
    );
  });
  model.clusters.kubernetes.forEach((cluster, i) => {
    checkAll(cluster.controlPlane, ['host', 'workload'], ['clusters', 'kubernetes', i, 'controlPlane']);
    checkAll(cluster.workers, ['host', 'workload'], ['clusters', 'kubernetes', i, 'workers']);
  });

  model.workloads.forEach((workload, i) => {
    check(workload.host, ['host'], ['workloads', i, 'host']);
    check(workload.cluster, ['proxmox-cluster'], ['workloads', i, 'cluster']);
    check(workload.runsOn, ['workload'], ['workloads', i, 'runsOn']);
    check(workload.storage, ['zfs-pool', 'raid-array', 'ceph-pool', 'ceph-cluster', 'share', 'shared-storage'], ['workloads', i, 'storage']);
    checkAll(workload.dependsOn, ['workload'], ['workloads', i, 'dependsOn']);
    checkAll(workload.vlans, ['vlan'], ['workloads', i, 'vlans']);
    if (workload.runsOn === workload.id) {
      problems.push({ code: 'invalid-reference', path: ['workloads', i, 'runsOn'], message: `"${workload.id}" cannot run inside itself`, expected: 'the id of another workload', hint: 'name the VM or container it runs in' });
    }
    if (workload.dependsOn.includes(workload.id)) {
      problems.push({ code: 'invalid-reference', path: ['workloads', i, 'dependsOn', workload.dependsOn.indexOf(workload.id)], message: `"${workload.id}" cannot depend on itself`, expected: 'the id of another workload', hint: 'remove it from dependsOn' });
    }
  });

  model.backups.targets.forEach((target, i) => {
    check(target.host, ['host', 'workload'], ['backups', 'targets', i, 'host']);
    check(target.pool, ['zfs-pool', 'raid-array', 'ceph-pool'], ['backups', 'targets', i, 'pool']);
    check(target.share, ['share'], ['backups', 'targets', i, 'share']);
  });
  model.backups.jobs.forEach((job, i) => {
    checkAll(job.sources, ['workload', 'host', 'zfs-pool', 'raid-array', 'share', 'backup-target', 'ceph-pool'], ['backups', 'jobs', i, 'sources']);
    check(job.target, ['backup-target'], ['backups', 'jobs', i, 'target']);
  });
  model.monitoring.systems.forEach((system, i) => {
    check(system.runsOn, ['host', 'workload'], ['monitoring', 'systems', i, 'runsOn']);
    checkAll(system.targets, anyKind, ['monitoring', 'systems', i, 'targets']);
  });
  model.monitoring.alerts.forEach((alert, i) => check(alert.from, ['monitoring-system'], ['monitoring', 'alerts', i, 'from']));
  checkAll(model.constraints.zeroDowntime, ['vlan', 'workload'], ['constraints', 'zeroDowntime']);
  model.waivers.forEach((waiver, i) => {
    if (waiver.subject !== '*') check(waiver.subject, anyKind, ['waivers', i, 'subject']);
  });
  return problems;
}

/** Ids a vdev or array may name on a host: single disks and whole disk entries. */
function diskRefsOf(host: Model['hosts'][number]): string[] {
  return [...new Set([...host.disks.map((disk) => disk.id), ...host.disks.map((disk) => disk.group)])].sort();
}

/** The spec index of the disk entry that produced the expanded disk at `position`. */
function diskEntryIndex(disks: Model['hosts'][number]['disks'], position: number): number {
  const pointer = disks[position]?.source.pointer ?? '';
  const last = pointer.split('/').pop();
  return last === undefined ? position : Number(last);
}

/** Converts a JSON pointer back to path segments (numbers for array indexes). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function abbreviateList(values: readonly string[]): string {
  return values.length <= 8 ? values.join(', ') : `${values.slice(0, 8).join(', ')} and ${values.length - 8} more`;
}
