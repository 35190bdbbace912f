/** A one-line census of a model, for `validate` and report headers. */
import type { Model } from './types.js';

export interface ModelSummary {
  readonly site: string;
  /** Entity counts keyed by plural noun. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Singular nouns for the plural keys of `counts`, for "1 host" rather than "1 hosts". */
const singular: Readonly<Record<string, string>> = {
  hosts: 'host',
  disks: 'disk',
  'network devices': 'network device',
  VLANs: 'VLAN',
  'WAN uplinks': 'WAN uplink',
  UPSes: 'UPS',
  'ZFS pools': 'ZFS pool',
  'RAID arrays': 'RAID array',
  'Ceph clusters': 'Ceph cluster',
  shares: 'share',
  'Proxmox clusters': 'Proxmox cluster',
  'Kubernetes clusters': 'Kubernetes cluster',
  workloads: 'workload',
  'backup jobs': 'backup job',
  'monitoring systems': 'monitoring system',
};

/** "3 hosts, 1 UPS, …" for the non-zero counts, in the order of `counts`. */
export function describeCounts(summary: ModelSummary): string {
  return Object.entries(summary.counts)
    .filter(([, value]) => value > 0)
    .map(([noun, value]) => `${value} ${value === 1 ? (singular[noun] ?? noun) : noun}`)
    .join(', ');
}

/** Counts the entities of each kind in a model. */
export function summarizeModel(model: Model): ModelSummary {
  return {
    site: model.site.name,
    counts: {
      hosts: model.hosts.length,
      disks: model.hosts.reduce((total, host) => total + host.disks.length, 0),
      'network devices': model.network.devices.length,
      VLANs: model.network.vlans.length,
      'WAN uplinks': model.network.wan.length,
      UPSes: model.power.ups.length,
      'ZFS pools': model.storage.zfs.length,
      'RAID arrays': model.storage.raid.length,
      'Ceph clusters': model.storage.ceph.length,
      shares: model.storage.shares.length,
      'Proxmox clusters': model.clusters.proxmox.length,
      'Kubernetes clusters': model.clusters.kubernetes.length,
      workloads: model.workloads.length,
      'backup jobs': model.backups.jobs.length,
      'monitoring systems': model.monitoring.systems.length,
    },
  };
}
