/** State shared by the Proxmox VE mapping steps: the snapshot, the ids handed out so far, notes and questions. */
import type { Annotations } from '../../spec-writer/annotations.js';
import type { IdAllocator } from '../id-allocator.js';
import type { GuestFacts } from './pve-guest-facts.js';
import type { NicTopology } from './pve-network-topology.js';
import type { PveSnapshot } from './pve-snapshot.js';

export type {
  BackupJobInput,
  BackupTargetInput,
  CephInput,
  HostInput,
  ProxmoxClusterInput,
  ShareInput,
  SharedStorageInput,
  VlanInput,
  WorkloadInput,
  ZfsPoolInput,
} from '../spec-input.js';

export interface PveMapContext {
  readonly snapshot: PveSnapshot;
  readonly ids: IdAllocator;
  readonly notes: Annotations;
  /** Guests that are not templates, by vmid. */
  readonly guests: readonly GuestFacts[];
  /** Host id of each node name. */
  readonly hostIds: ReadonlyMap<string, string>;
  /** The physical NICs of each node and what is stacked on them. */
  readonly topology: ReadonlyMap<string, readonly NicTopology[]>;
  /** Adds an open question once. */
  ask(question: string): void;
  /** Records something read but not mapped. */
  skip(what: string): void;
}
