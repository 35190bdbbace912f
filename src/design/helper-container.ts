/**
 * A small helper container a design adds next to what runs today (a VPN connector, a monitoring
 * stack): placed on a host, attached to that host's management VLAN, on the host's pool when it is a
 * Proxmox container, marked with the blueprint that added it.
 */
import type { Bytes } from '../model/quantities.js';
import type { Model, Source, Workload } from '../model/types.js';

export interface HelperContainer {
  readonly id: string;
  readonly name: string;
  /** "ct": a Proxmox LXC container; "container": an app container on a NAS or server. */
  readonly kind: 'ct' | 'container';
  readonly host: string | undefined;
  readonly vcpu?: number;
  readonly memory: Bytes;
  readonly disk: Bytes;
  readonly criticality: Workload['criticality'];
  readonly source: Source;
}

/** The workload entity of `spec` in `model`. */
export function helperContainer(model: Model, spec: HelperContainer): Workload {
  const host = model.hosts.find((candidate) => candidate.id === spec.host);
  const pool = spec.kind === 'ct' ? model.storage.zfs.find((candidate) => candidate.host === spec.host) : undefined;
  return {
    id: spec.id,
    name: spec.name,
    kind: spec.kind,
    ...(spec.host !== undefined ? { host: spec.host } : {}),
    ...(pool !== undefined ? { storage: pool.id } : {}),
    ...(spec.vcpu !== undefined ? { vcpu: spec.vcpu } : {}),
    memory: spec.memory,
    disk: spec.disk,
    ha: false,
    criticality: spec.criticality,
    dependsOn: [],
    vlans: host?.managementVlan !== undefined ? [host.managementVlan] : [],
    servesInternet: false,
    needsInternet: true,
    source: spec.source,
  } as unknown as Workload;
}
