import { z } from 'zod';
import { duration, id, ref, text } from './fields.js';

export const clusterNodeSchema = z.union([
  ref('a host in the cluster'),
  z.strictObject({ host: ref('a host in the cluster'), votes: z.number().int().min(0).max(255).default(1) }),
]);

export const proxmoxClusterSchema = z.strictObject({
  id: id(),
  name: text('Cluster name as pvecm shows it.').optional(),
  nodes: z.array(clusterNodeSchema).min(1).describe('Hosts in the cluster; a plain id has 1 vote.'),
  qdevice: z
    .strictObject({ host: ref('the host or device that runs corosync-qnetd') })
    .optional()
    .describe('External vote (corosync-qnetd) for even node counts.'),
  corosync: z
    .strictObject({
      links: z
        .array(
          z.strictObject({
            vlan: ref('the VLAN the corosync link uses').optional(),
            nics: z.array(z.string()).optional().describe('"host:nic" per node.'),
            dedicated: z.boolean().default(false).describe('Carries nothing but corosync.'),
          }),
        )
        .default([]),
    })
    .optional(),
  ha: z
    .strictObject({
      enabled: z.boolean().default(false),
      groups: z.array(z.strictObject({ id: id(), nodes: z.array(ref('a node')), restricted: z.boolean().optional() })).optional(),
    })
    .optional(),
  migrationNetwork: ref('the VLAN used for live migration').optional(),
  sharedStorage: z
    .array(
      z.strictObject({
        id: id(),
        kind: z.enum(['ceph', 'nfs', 'smb', 'iscsi', 'zfs-replication', 'zfs-over-iscsi']),
        source: ref('the Ceph cluster, share, or ZFS pool that backs it'),
        interval: duration('Replication interval for zfs-replication, e.g. "15m".').optional(),
      }),
    )
    .default([])
    .describe('Storage every node can reach, so HA guests can restart anywhere.'),
  notes: text('Free notes.').optional(),
});

export const kubernetesClusterSchema = z.strictObject({
  id: id(),
  controlPlane: z.array(ref('a host or workload that runs a control-plane node')).min(1),
  workers: z.array(ref('a host or workload that runs a worker')).default([]),
  etcd: z.enum(['stacked', 'external']).default('stacked'),
  distribution: text('k3s, k8s, Talos…').optional(),
  notes: text('Free notes.').optional(),
});

/** Clusters: Proxmox VE and Kubernetes. */
export const clustersSchema = z.strictObject({
  proxmox: z.array(proxmoxClusterSchema).default([]),
  kubernetes: z.array(kubernetesClusterSchema).default([]),
});
