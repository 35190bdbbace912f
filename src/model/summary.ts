/** A one-line census of a model, for `validate` and report headers. */
import type { Model } from './types.js';

export interface ModelSummary {
  readonly site: string;
  readonly counts: Readonly<Record<string, number>>;
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
