import { z } from 'zod';
import { criticality, duration, id, percent, ref, size, text } from './fields.js';

/** A VM, container or service. Services may run inside other workloads (`runsOn`). */
export const workloadSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  kind: z.enum(['vm', 'ct', 'container', 'service']).describe('vm (KVM), ct (LXC), container (Docker/Podman) or service.'),
  host: ref('the host it runs on').optional(),
  cluster: ref('the Proxmox cluster it belongs to (for HA)').optional(),
  runsOn: ref('the workload it runs inside, e.g. a Docker VM').optional(),
  vcpu: z.number().int().min(1).optional().describe('Virtual CPUs (cores x sockets).'),
  memory: size('memory', 'Memory assigned.').optional(),
  disk: size('disk', 'Disk assigned.').optional(),
  storage: ref('the pool, Ceph pool, share or shared storage that holds its disk').optional(),
  ha: z.boolean().default(false).describe('Managed by Proxmox HA (restarted on another node).'),
  criticality: criticality.default('medium'),
  rpo: duration('Most data loss acceptable (recovery point objective).').optional(),
  rto: duration('Longest acceptable outage (recovery time objective).').optional(),
  slo: percent('Availability objective, e.g. "99.9%".').optional(),
  dependsOn: z.array(ref('a workload it needs')).default([]),
  vlans: z.array(ref('a VLAN it is attached to')).default([]),
  servesInternet: z.boolean().default(false).describe('Reached from the internet (needs the WAN uplink).'),
  needsInternet: z.boolean().default(false).describe('Needs the internet to work.'),
  clients: z.array(z.string()).optional().describe('Who uses it (people, devices, other sites).'),
  adminInterface: z.boolean().optional().describe('It is an admin UI (hypervisor, NAS, controller).'),
  notes: text('Free notes.').optional(),
});
