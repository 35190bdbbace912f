/**
 * What the guests placed on a host ask of it. A guest is a workload whose `host` is the host and
 * that does not run inside another workload (`runsOn`): containers in a Docker VM are inside the
 * VM's memory, not the host's. VMs and LXC containers must state vCPU and memory; containers and
 * services count when they state them.
 */
import type { Host, Model, Workload } from '../../model/types.js';

export interface GuestLoad {
  readonly guests: readonly Workload[];
  readonly vcpu: number;
  readonly memory: number;
  /** Guests that must state vCPU but do not. */
  readonly missingVcpu: readonly string[];
  /** Guests that must state memory but do not. */
  readonly missingMemory: readonly string[];
}

/** True for guests whose size the hypervisor fixes (VMs, LXC containers). */
function mustStateSize(workload: Workload): boolean {
  return workload.kind === 'vm' || workload.kind === 'ct';
}

/** Sums the vCPU and memory of the guests placed directly on `host`. */
export function guestLoad(host: Host, model: Model): GuestLoad {
  const guests = model.workloads.filter((workload) => workload.host === host.id && workload.runsOn === undefined);
  return {
    guests,
    vcpu: guests.reduce((sum, guest) => sum + (guest.vcpu ?? 0), 0),
    memory: guests.reduce((sum, guest) => sum + (guest.memory ?? 0), 0),
    missingVcpu: guests.filter((guest) => guest.vcpu === undefined && mustStateSize(guest)).map((guest) => guest.id),
    missingMemory: guests.filter((guest) => guest.memory === undefined && mustStateSize(guest)).map((guest) => guest.id),
  };
}
