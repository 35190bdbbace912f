/**
 * Workloads and backup targets in the failure graph.
 *
 * - A workload fails on its own (a crash, a bad update) and needs where it runs: the workload it runs
 *   inside (`runsOn`, e.g. a container in a Docker VM), else its host. Guests of a standalone host, and
 *   non-HA guests of a node that does not fence, need only that host.
 * - A guest on a node that fences (a node with HA guests, see build-clusters.ts) needs that node as a
 *   quorate member: when the node loses quorum it reboots and takes the guest with it.
 * - An HA guest needs ANY quorate member it may restart on: every node for shared storage, the replica
 *   holders for ZFS replication, only its home node for local storage (ha-cluster.ts). Whether the
 *   survivors have the memory for it is not a gate; impact() places restarted guests first-fit
 *   decreasing and fails those that do not fit, and nPlusOne() reports the shortfall.
 * - It also needs the storage that holds its disk (except a replicated HA guest, whose replica lives
 *   on the node it restarts on), the workloads it depends on, its VLANs (so their gateways), and the
 *   internet when it serves or needs the internet.
 * - A backup target needs its host or workload, the share and pool it writes to, and the internet
 *   when it is in the cloud or offsite without a host of the site.
 */
import { compareText } from '../intake/diagnostic.js';
import type { Source } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { componentOptions } from './build-context.js';
import { clusterOfHost, guestCluster, haPlacement, isHaGuest, type HaCluster } from './ha-cluster.js';
import { resolveStorage } from './storage-refs.js';

/** Adds every workload with its placement, storage, dependencies, VLANs and internet. */
export function addWorkloads(context: BuildContext, haClusters: readonly HaCluster[]): void {
  const { model, builder } = context;
  const byHost = clusterOfHost(model);
  const fencing = new Map<string, string>();
  for (const cluster of haClusters) {
    for (const guest of cluster.guests) if (guest.ha) fencing.set(guest.home, `member:${cluster.cluster}/${guest.home}`);
  }
  const storageAssumed: Source[] = [];
  // HA guests with the same candidate nodes share one "any quorate member of these" node.
  const placementNode = (cluster: string, nodeCount: number, eligible: readonly string[]): string | undefined => {
    const name = eligible.length === nodeCount ? `${cluster}/any-node` : `${cluster}/${[...eligible].sort(compareText).join('+')}`;
    return builder.anyOf('placement', name, eligible.map((host) => `member:${cluster}/${host}`), { entity: cluster });
  };
  for (const workload of model.workloads) {
    const id = builder.add(
      'workload',
      workload.id,
      componentOptions(context, workload, [workload.kind, 'workload'], undefined, { detail: workload.kind, criticality: workload.criticality }),
    );
    let storageNode = workload.storage === undefined ? undefined : resolveStorage(model, workload.storage)?.node;
    if (workload.runsOn !== undefined) builder.needs(id, `workload:${workload.runsOn}`);
    else if (workload.host !== undefined) {
      const cluster = guestCluster(workload, byHost);
      if (cluster && isHaGuest(workload, cluster)) {
        const placement = haPlacement(model, cluster, workload);
        if (placement.storageAssumed) storageAssumed.push(workload.source);
        if (placement.storage?.replicaHosts) storageNode = undefined;
        builder.needs(id, placementNode(cluster.id, cluster.nodes.length, placement.eligible));
      } else builder.needs(id, fencing.get(workload.host) ?? `host:${workload.host}`);
    }
    builder.needs(id, storageNode);
    for (const dependency of workload.dependsOn) builder.needs(id, `workload:${dependency}`);
    for (const vlan of workload.vlans) builder.needs(id, `vlan:${vlan}`);
    if (workload.servesInternet || workload.needsInternet) builder.needs(id, context.internet);
  }
  if (storageAssumed.length > 0) {
    builder.assume({
      id: 'failure/ha-guest-storage-assumed-shared',
      text: 'An HA guest without `storage` is assumed to be on shared storage, so it may restart on any node of its cluster.',
      sources: storageAssumed,
    });
  }
  for (const target of model.backups.targets) {
    const id = builder.add('backup-target', target.id, { entity: target.id, source: target.source, detail: target.kind });
    builder.needs(id, target.host === undefined ? undefined : context.entityNode.get(target.host));
    builder.needs(id, target.share === undefined ? undefined : context.entityNode.get(target.share));
    builder.needs(id, target.pool === undefined ? undefined : context.entityNode.get(target.pool));
    if (target.kind === 'cloud' || (target.offsite && target.host === undefined)) builder.needs(id, context.internet);
  }
}
