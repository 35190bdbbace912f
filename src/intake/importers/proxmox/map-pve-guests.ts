/**
 * Proxmox VE guests as workloads: kind, placement, vCPUs, memory, disk and the storage that holds
 * it, HA, VLANs. Criticality, RPO/RTO and dependencies are for the owner to say.
 */
import { bytes } from '../../../model/quantities.js';
import { formatMemory } from '../../units/index.js';
import { slugId } from '../id-allocator.js';
import { safeName, safeText } from '../safe-text.js';
import type { GuestFacts } from './pve-guest-facts.js';
import type { MappedStorage } from './map-pve-storage.js';
import type { PveMapContext, WorkloadInput } from './pve-map-context.js';

export interface MappedGuests {
  readonly workloads: readonly WorkloadInput[];
  /** Workload id of each vmid. */
  readonly workloadIds: ReadonlyMap<number, string>;
}

/** Maps every guest that is not a template. */
export function mapPveGuests(
  context: PveMapContext,
  storage: MappedStorage,
  vlanIds: ReadonlyMap<number, string>,
  clusterId: string | undefined,
  haGuests: ReadonlySet<number>,
): MappedGuests {
  const replicated = new Set(context.snapshot.replication.map((job) => Number(job.guest)));
  const workloadIds = new Map<number, string>();
  const workloads: WorkloadInput[] = [];
  for (const guest of context.guests) {
    const label = `${guest.kind === 'vm' ? 'qemu' : 'lxc'}/${guest.vmid}`;
    const name = safeName(guest.name);
    const preferred = name === undefined ? `${guest.kind}-${guest.vmid}` : slugId(name, `${guest.kind}-${guest.vmid}`);
    const id = context.ids.has(preferred) ? context.ids.take(`${preferred}-${guest.vmid}`, guest.kind) : context.ids.take(preferred, guest.kind);
    workloadIds.set(guest.vmid, id);
    const host = context.hostIds.get(guest.node);
    const storageRef = guest.mainStorage === undefined ? undefined : storage.refFor(guest.mainStorage, guest.node, replicated.has(guest.vmid));
    const vlans = [...new Set(guest.nets.flatMap((net) => (net.tag !== undefined && vlanIds.has(net.tag) ? [vlanIds.get(net.tag) as string] : [])))].sort();
    const workload: WorkloadInput = {
      id,
      ...(name !== undefined && name !== id ? { name } : {}),
      kind: guest.kind,
      ...(host ? { host } : {}),
      ...(clusterId ? { cluster: clusterId } : {}),
      ...(guest.vcpu !== undefined && guest.vcpu >= 1 ? { vcpu: guest.vcpu } : {}),
      ...(guest.memoryBytes !== undefined ? { memory: formatMemory(bytes(guest.memoryBytes)) } : {}),
      ...(guest.diskBytes !== undefined ? { disk: formatMemory(bytes(guest.diskBytes)) } : {}),
      ...(storageRef ? { storage: storageRef } : {}),
      ha: haGuests.has(guest.vmid),
      // Untagged guests sit on the bridge's native VLAN, which Proxmox does not know: leave them for the user.
      ...(vlans.length > 0 ? { vlans } : {}),
    };
    context.notes.entity(workload, 'imported', describe(guest, label, storageRef === undefined ? storage.storages.find((item) => item.id === guest.mainStorage) : undefined));
    workloads.push(workload);
  }
  for (const guest of context.snapshot.guests.filter((candidate) => candidate.resource.template === 1 || candidate.resource.template === true)) {
    context.skip(`template ${String(guest.resource.type)}/${String(guest.resource.vmid)}: templates do not run, so they are not workloads`);
  }
  if (workloads.length > 0) {
    context.ask(`Criticality, RPO and RTO of each workload (${workloads.length} imported with the default criticality "medium"), and which workloads depend on which.`);
  }
  return { workloads, workloadIds };
}

function describe(guest: GuestFacts, label: string, unmodelled: { readonly id: string; readonly type: string } | undefined): string {
  const parts = [`proxmox ${label} on ${guest.node}`];
  const tags = guest.tags.flatMap((tag) => safeText(tag) ?? []);
  if (tags.length > 0) parts.push(`tags: ${tags.join(', ')}`);
  if (!guest.configured) parts.push('config not read (node offline): figures from /cluster/resources');
  if (unmodelled) parts.push(`disk on ${unmodelled.id} (${unmodelled.type}), a storage type Kestra does not model`);
  return parts.join('; ');
}
