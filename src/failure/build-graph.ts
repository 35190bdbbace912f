/**
 * Compiles a model into its failure graph. The modelling rules, with their sources, live beside the
 * code that applies them: build-power.ts (feeds, UPSes, PDUs, PoE), build-network.ts (devices,
 * cabling, reachability, VLANs, WAN, VPN), build-storage.ts (disks, vdevs, pools, RAID, Ceph),
 * build-clusters.ts (hosts, quorum, QDevice, fencing, Kubernetes) and build-workloads.ts (placement,
 * HA, storage, dependencies, backup targets).
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { Model } from '../model/types.js';
import { availabilityResolver } from './availability-defaults.js';
import { type BuildContext, entityNodeIds } from './build-context.js';
import { addClusters, addHosts } from './build-clusters.js';
import { addNetwork } from './build-network.js';
import { addPowerSources } from './build-power.js';
import { addStorage } from './build-storage.js';
import { addWorkloads } from './build-workloads.js';
import { createGraphBuilder, type FailureGraph } from './graph.js';
import { haClusters } from './ha-cluster.js';

/** The failure graph of `model`; `analysis` supplies min_size and guest-memory facts where computed. */
export function buildFailureGraph(model: Model, analysis?: Analysis): FailureGraph {
  const builder = createGraphBuilder();
  const context: BuildContext = {
    model,
    ...(analysis ? { analysis } : {}),
    builder,
    availability: availabilityResolver(model),
    entityNode: entityNodeIds(model),
    ...(model.network.wan.length > 0 ? { internet: 'internet:site' } : {}),
  };
  addPowerSources(context);
  const network = addNetwork(context);
  const storage = addStorage(context);
  addHosts(context, network, storage);
  const ha = haClusters(model, analysis);
  addClusters(context, network, ha.clusters);
  addWorkloads(context, ha.clusters);
  for (const assumption of ha.assumptions) builder.assume(assumption);
  return builder.freeze(ha.clusters);
}
