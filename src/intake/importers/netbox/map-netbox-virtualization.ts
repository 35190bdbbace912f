/**
 * Virtualization from NetBox: Proxmox clusters (by cluster type) with their member devices, and
 * virtual machines with vCPUs, memory and disk. Other cluster types are reported, not mapped.
 */
import { bytes, MiB } from '../../../model/quantities.js';
import { formatBytes, formatMemory } from '../../units/index.js';
import { slugId } from '../id-allocator.js';
import { asNumber, asRecord, asString } from '../json-fields.js';
import { safeName, safeText } from '../safe-text.js';
import type { ProxmoxClusterInput, WorkloadInput } from '../spec-input.js';
import { refId, vmDiskBytes } from './netbox-compat.js';
import type { MappedDevice } from './map-netbox-devices.js';
import { type NetboxMapContext, naturalCompare } from './netbox-map-context.js';

/** NetBox ids of devices that are nodes of a Proxmox cluster; read before devices are classified. */
export function proxmoxClusterNodes(context: NetboxMapContext): Set<number> {
  const proxmox = new Set(context.snapshot.clusters.filter(isProxmox).map((cluster) => asNumber(cluster.id)));
  return new Set(context.snapshot.devices.flatMap((device) => (proxmox.has(refId(device.cluster)) ? [asNumber(device.id) ?? -1] : [])));
}

const isProxmox = (cluster: Record<string, unknown>) => /proxmox|pve/i.test(`${asString(asRecord(cluster.type)?.slug) ?? ''} ${asString(asRecord(cluster.type)?.name) ?? ''}`);

/** Maps Proxmox clusters; returns them with their ids by NetBox cluster id. */
export function mapNetboxClusters(context: NetboxMapContext, devices: ReadonlyMap<number, MappedDevice>): { clusters: ProxmoxClusterInput[]; clusterIds: Map<number, string> } {
  const clusterIds = new Map<number, string>();
  const clusters: ProxmoxClusterInput[] = [];
  const sorted = [...context.snapshot.clusters].sort((a, b) => naturalCompare(asString(a.name) ?? '', asString(b.name) ?? ''));
  for (const cluster of sorted) {
    const netboxId = asNumber(cluster.id);
    const name = safeName(cluster.name) ?? `cluster ${String(netboxId)}`;
    if (netboxId === undefined) continue;
    if (!isProxmox(cluster)) {
      context.skip(`cluster ${name}: type ${safeText(asRecord(cluster.type)?.name) ?? '?'} is not a Proxmox cluster`);
      continue;
    }
    const nodes = context.snapshot.devices
      .filter((device) => refId(device.cluster) === netboxId)
      .flatMap((device) => {
        const mapped = devices.get(asNumber(device.id) ?? -1);
        return mapped?.as === 'host' ? [mapped.entity.id] : [];
      })
      .sort(naturalCompare);
    if (nodes.length === 0) {
      context.skip(`cluster ${name}: no device in NetBox is a member, and a cluster needs nodes`);
      continue;
    }
    const id = context.ids.take(slugId(name, `cluster-${netboxId}`), 'cluster');
    clusterIds.set(netboxId, id);
    const mapped: ProxmoxClusterInput = { id, ...(name !== id ? { name } : {}), nodes };
    context.notes.entity(mapped, 'imported', `netbox cluster ${name}`);
    context.notes.entity(mapped, 'unknown', 'QDevice, corosync links, HA and shared storage (import the cluster with "kestra import proxmox" into the same spec)');
    clusters.push(mapped);
  }
  return { clusters, clusterIds };
}

/** Statuses of VMs that do not run (NetBox VirtualMachineStatusChoices). */
const NOT_RUNNING = new Set(['planned', 'decommissioning']);

/** Maps virtual machines. */
export function mapNetboxVirtualMachines(context: NetboxMapContext, devices: ReadonlyMap<number, MappedDevice>, clusterIds: ReadonlyMap<number, string>): WorkloadInput[] {
  const workloads: WorkloadInput[] = [];
  const sorted = [...context.snapshot.virtualMachines].sort((a, b) => naturalCompare(asString(a.name) ?? '', asString(b.name) ?? '') || (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0));
  for (const vm of sorted) {
    const netboxId = asNumber(vm.id);
    if (netboxId === undefined) continue;
    const name = safeName(vm.name);
    const status = asString(asRecord(vm.status)?.value);
    if (status !== undefined && NOT_RUNNING.has(status)) {
      context.skip(`virtual machine ${name ?? netboxId}: status ${status}`);
      continue;
    }
    const id = context.ids.take(name ? slugId(name, `vm-${netboxId}`) : `vm-${netboxId}`, 'vm');
    const host = devices.get(refId(vm.device) ?? -1);
    const cluster = clusterIds.get(refId(vm.cluster) ?? -1);
    const vcpus = asNumber(vm.vcpus);
    const memory = asNumber(vm.memory);
    const disk = vmDiskBytes(vm, context.snapshot.version);
    const workload: WorkloadInput = {
      id,
      ...(name !== undefined && name !== id ? { name } : {}),
      kind: 'vm',
      ...(host?.as === 'host' ? { host: host.entity.id } : {}),
      ...(cluster ? { cluster } : {}),
      ...(vcpus !== undefined && vcpus > 0 ? { vcpu: Math.max(1, Math.round(vcpus)) } : {}),
      // NetBox labels VM memory "MB"; hypervisors and the people who type it in mean MiB.
      ...(memory !== undefined && memory > 0 ? { memory: formatMemory(bytes(memory * MiB)) } : {}),
      ...(disk !== undefined && disk > 0 ? { disk: formatBytes(bytes(disk), { both: false }) } : {}),
    };
    context.notes.entity(workload, 'imported', `netbox virtual machine ${name ?? netboxId}${status ? ` (${status})` : ''}`);
    workloads.push(workload);
  }
  if (workloads.length > 0) context.ask(`Criticality, RPO and RTO of each virtual machine (${workloads.length} imported with the default criticality "medium"), and which depend on which.`);
  return workloads;
}
