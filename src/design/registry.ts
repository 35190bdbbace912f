/**
 * The built-in blueprints, one line each. The order is the order in which blueprints that serve the
 * same task are applied: each transforms the target of the one before (storage before the cluster that
 * uses it, the cluster before the backups that protect it, the network last).
 */
import type { Blueprint } from './blueprint.js';
import { backupStrategy } from './blueprints/backup-strategy/index.js';
import { capacityExpansion } from './blueprints/capacity-expansion/index.js';
import { gatewayMigration } from './blueprints/gateway-migration/index.js';
import { networkSegmentation } from './blueprints/network-segmentation/index.js';
import { observabilityStack } from './blueprints/observability-stack/index.js';
import { powerProtection } from './blueprints/power-protection/index.js';
import { proxmoxCluster } from './blueprints/proxmox-cluster/index.js';
import { remoteAccess } from './blueprints/remote-access/index.js';
import { storageLayout } from './blueprints/storage-layout/index.js';

export const builtInBlueprints: readonly Blueprint[] = [
  storageLayout,
  capacityExpansion,
  proxmoxCluster,
  backupStrategy,
  powerProtection,
  observabilityStack,
  gatewayMigration,
  networkSegmentation,
  remoteAccess,
];
