/** Inventory of clusters: Proxmox VE (nodes, votes, QDevice, corosync, HA, shared storage) and Kubernetes. */
import type { Model } from '../../model/types.js';
import { cell, idCell, idsCell, yesNo } from '../describe.js';
import type { Block } from '../report-model.js';

/** Proxmox and Kubernetes clusters as declared. */
export function clusterBlocks(model: Model): Block[] {
  const blocks: Block[] = [];
  if (model.clusters.proxmox.length > 0) {
    blocks.push({ kind: 'heading', text: 'Proxmox clusters' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Cluster' }, { title: 'Nodes (votes)' }, { title: 'QDevice' }, { title: 'Corosync links' }, { title: 'HA' }, { title: 'Shared storage' }, { title: 'Migration network' }],
      rows: model.clusters.proxmox.map((cluster) => [
        idCell(cluster.id),
        cell(cluster.nodes.map((node) => `${node.host} (${node.votes})`).join(', ')),
        idCell(cluster.qdevice?.host),
        cell(
          (cluster.corosync?.links ?? [])
            .map((link, index) => `link${index}: ${link.vlan ?? 'untagged'}${link.dedicated ? ' (dedicated)' : ' (shared)'}`)
            .join('; '),
        ),
        cell(yesNo(cluster.ha?.enabled)),
        cell(cluster.sharedStorage.map((storage) => `${storage.id} (${storage.kind} on ${storage.source})`).join(', ')),
        idCell(cluster.migrationNetwork),
      ]),
    });
  }
  if (model.clusters.kubernetes.length > 0) {
    blocks.push({ kind: 'heading', text: 'Kubernetes clusters' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Cluster' }, { title: 'Distribution' }, { title: 'Control plane' }, { title: 'Workers' }, { title: 'etcd' }],
      rows: model.clusters.kubernetes.map((cluster) => [idCell(cluster.id), cell(cluster.distribution), idsCell(cluster.controlPlane), idsCell(cluster.workers), cell(cluster.etcd)]),
    });
  }
  return blocks;
}
