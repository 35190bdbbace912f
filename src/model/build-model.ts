/**
 * Builds the model from a validated spec: locates every entity in its input file, expands disk
 * groups ("count: 2") into single disks and normalises cluster nodes.
 */
import type { Spec } from './schema/spec.js';
import type { Disk, Host, Model, Source } from './types.js';

/** Finds the source position of a spec path. */
export type Locator = (path: readonly (string | number)[]) => Source;

/** Converts a validated spec to the model, attaching sources through `locate`. */
export function buildModel(spec: Spec, locate: Locator, files: readonly string[]): Model {
  const located = <T extends object>(items: readonly T[], basePath: readonly (string | number)[]) =>
    items.map((item, index) => ({ ...item, source: locate([...basePath, index]) }));

  const hosts: Host[] = spec.hosts.map((host, hostIndex) => {
    const disks: Disk[] = host.disks.flatMap((disk, diskIndex) => {
      const { count, ...rest } = disk;
      const source = locate(['hosts', hostIndex, 'disks', diskIndex]);
      if (count === 1) return [{ ...rest, group: disk.id, source }];
      return Array.from({ length: count }, (_, copy) => ({ ...rest, id: `${disk.id}-${copy + 1}`, group: disk.id, source }));
    });
    return {
      ...host,
      disks,
      nics: located(host.nics, ['hosts', hostIndex, 'nics']),
      source: locate(['hosts', hostIndex]),
    };
  });

  return {
    site: { ...spec.site, source: locate(['site']) },
    power: {
      feeds: located(spec.power.feeds, ['power', 'feeds']),
      ups: located(spec.power.ups, ['power', 'ups']),
      pdus: located(spec.power.pdus, ['power', 'pdus']),
    },
    hosts,
    network: {
      devices: located(spec.network.devices, ['network', 'devices']),
      links: located(spec.network.links, ['network', 'links']),
      vlans: located(spec.network.vlans, ['network', 'vlans']),
      firewall: {
        defaultPolicy: spec.network.firewall?.defaultPolicy ?? 'allow',
        rules: located(spec.network.firewall?.rules ?? [], ['network', 'firewall', 'rules']),
        declared: spec.network.firewall !== undefined,
      },
      wan: located(spec.network.wan, ['network', 'wan']),
      portForwards: located(spec.network.portForwards, ['network', 'portForwards']),
      vpns: located(spec.network.vpns, ['network', 'vpns']),
    },
    storage: {
      zfs: located(spec.storage.zfs, ['storage', 'zfs']),
      raid: located(spec.storage.raid, ['storage', 'raid']),
      ceph: located(spec.storage.ceph, ['storage', 'ceph']),
      shares: located(spec.storage.shares, ['storage', 'shares']),
    },
    clusters: {
      proxmox: spec.clusters.proxmox.map((cluster, index) => ({
        ...cluster,
        nodes: cluster.nodes.map((node) => (typeof node === 'string' ? { host: node, votes: 1 } : node)),
        source: locate(['clusters', 'proxmox', index]),
      })),
      kubernetes: located(spec.clusters.kubernetes, ['clusters', 'kubernetes']),
    },
    workloads: located(spec.workloads, ['workloads']),
    backups: {
      targets: located(spec.backups.targets, ['backups', 'targets']),
      jobs: located(spec.backups.jobs, ['backups', 'jobs']),
    },
    monitoring: {
      systems: located(spec.monitoring.systems, ['monitoring', 'systems']),
      alerts: located(spec.monitoring.alerts, ['monitoring', 'alerts']),
      checks: spec.monitoring.checks,
    },
    constraints: spec.constraints,
    waivers: located(spec.waivers, ['waivers']),
    settings: { ...spec.settings, source: locate(['settings']) },
    files,
  };
}
