/**
 * Everything Kestra reads from a Proxmox VE cluster, as the API returned it. The collector fills
 * it; the mapping turns it into a spec without any I/O, so the mapping is tested on fixtures alone.
 */

type Json = Record<string, unknown>;

export interface PveZfsPool {
  /** An entry of GET /nodes/{node}/disks/zfs. */
  readonly summary: Json;
  /** GET /nodes/{node}/disks/zfs/{name}: the vdev tree; absent when it could not be read. */
  readonly detail?: Json;
}

export interface PveNode {
  readonly name: string;
  /** Online according to GET /nodes; offline nodes cannot be asked for their details. */
  readonly online: boolean;
  /** The node's entry in GET /nodes (maxcpu, maxmem…). */
  readonly entry: Json;
  /** GET /nodes/{node}/status. */
  readonly status?: Json;
  /** GET /nodes/{node}/disks/list. */
  readonly disks: readonly Json[];
  readonly zfs: readonly PveZfsPool[];
  /** GET /nodes/{node}/network. */
  readonly network: readonly Json[];
}

export interface PveGuest {
  /** The guest's entry in GET /cluster/resources (type qemu or lxc). */
  readonly resource: Json;
  /** GET /nodes/{node}/{qemu|lxc}/{vmid}/config; absent for guests on offline nodes and templates. */
  readonly config?: Json;
}

export interface PveSnapshot {
  /** GET /cluster/status: one "cluster" entry when clustered, and one entry per node. */
  readonly clusterStatus: readonly Json[];
  /** GET /cluster/config/nodes: corosync node list with quorum_votes and ringN_addr (clusters only). */
  readonly corosyncNodes: readonly Json[];
  /** GET /cluster/config/qdevice: "QNetd host", "State"… (empty without a QDevice). */
  readonly qdevice?: Json;
  readonly nodes: readonly PveNode[];
  /** GET /storage. */
  readonly storage: readonly Json[];
  readonly guests: readonly PveGuest[];
  /** GET /cluster/ha/resources. */
  readonly haResources: readonly Json[];
  /** GET /cluster/ha/rules (Proxmox VE 9) or, on older versions, GET /cluster/ha/groups. */
  readonly haPlacement: { readonly kind: 'rules' | 'groups'; readonly items: readonly Json[] };
  /** GET /cluster/replication. */
  readonly replication: readonly Json[];
  /** GET /cluster/backup. */
  readonly backupJobs: readonly Json[];
  /** GET /cluster/ceph/status and the pools of GET /nodes/{node}/ceph/pool, where Ceph is installed. */
  readonly ceph?: { readonly status: Json; readonly pools: readonly Json[] };
  /** Optional paths that could not be read, with the reason; reported, not fatal. */
  readonly unavailable: readonly string[];
}
