/**
 * The built-in blueprints, one line each. The order is the order in which blueprints that serve the
 * same task are applied: each transforms the target of the one before (storage before the cluster that
 * uses it, the cluster before the backups that protect it, the network last).
 */
import type { Blueprint } from './blueprint.js';
import { gatewayMigration } from './blueprints/gateway-migration/index.js';
import { networkSegmentation } from './blueprints/network-segmentation/index.js';
import { proxmoxCluster } from './blueprints/proxmox-cluster/index.js';

export const builtInBlueprints: readonly Blueprint[] = [
  proxmoxCluster,
  gatewayMigration,
  networkSegmentation,
];
