/**
 * The model: the validated spec with every quantity in base units, every entity located in its input,
 * disk groups expanded to single disks, and cluster nodes normalised to `{ host, votes }`.
 */
import type { z } from 'zod';
import type { alertRouteSchema, monitoringSchema, monitoringSystemSchema } from './schema/monitoring.js';
import type { backupJobSchema, backupTargetSchema } from './schema/backups.js';
import type { kubernetesClusterSchema, proxmoxClusterSchema } from './schema/clusters.js';
import type { constraintsSchema, settingsSchema, waiverSchema } from './schema/constraints.js';
import type { diskSchema, hostSchema, nicSchema } from './schema/hosts.js';
import type {
  linkSchema,
  networkDeviceSchema,
  portForwardSchema,
  vlanSchema,
  vpnSchema,
  wanSchema,
  firewallRuleSchema,
} from './schema/network.js';
import type { pduSchema, powerFeedSchema, upsSchema } from './schema/power.js';
import type { siteSchema } from './schema/site.js';
import type { cephSchema, raidArraySchema, shareSchema, zfsPoolSchema } from './schema/storage.js';
import type { workloadSchema } from './schema/workloads.js';

/** Where an entity or value was written: 1-based line and column, and its JSON pointer in the spec. */
export interface Source {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
}

/** An entity that remembers where it came from. */
export type Located<T> = T & { readonly source: Source };

type Out<S extends z.ZodType> = z.output<S>;

export type Disk = Located<
  Omit<Out<typeof diskSchema>, 'count'> & {
    /** Id of the disk entry this disk came from (equal to `id` when the entry had count 1). */
    readonly group: string;
  }
>;
export type Nic = Located<Out<typeof nicSchema>>;
export type Host = Located<Omit<Out<typeof hostSchema>, 'disks' | 'nics'> & { readonly disks: readonly Disk[]; readonly nics: readonly Nic[] }>;
export type PowerFeed = Located<Out<typeof powerFeedSchema>>;
export type Ups = Located<Out<typeof upsSchema>>;
export type Pdu = Located<Out<typeof pduSchema>>;
export type NetworkDevice = Located<Out<typeof networkDeviceSchema>>;
export type Link = Located<Out<typeof linkSchema>>;
export type Vlan = Located<Out<typeof vlanSchema>>;
export type FirewallRule = Located<Out<typeof firewallRuleSchema>>;
export type Wan = Located<Out<typeof wanSchema>>;
export type PortForward = Located<Out<typeof portForwardSchema>>;
export type Vpn = Located<Out<typeof vpnSchema>>;
export type ZfsPool = Located<Out<typeof zfsPoolSchema>>;
export type RaidArray = Located<Out<typeof raidArraySchema>>;
export type CephCluster = Located<Out<typeof cephSchema>>;
export type Share = Located<Out<typeof shareSchema>>;
export interface ClusterNode {
  readonly host: string;
  readonly votes: number;
}
export type ProxmoxCluster = Located<Omit<Out<typeof proxmoxClusterSchema>, 'nodes'> & { readonly nodes: readonly ClusterNode[] }>;
export type KubernetesCluster = Located<Out<typeof kubernetesClusterSchema>>;
export type Workload = Located<Out<typeof workloadSchema>>;
export type BackupTarget = Located<Out<typeof backupTargetSchema>>;
export type BackupJob = Located<Out<typeof backupJobSchema>>;
export type MonitoringSystem = Located<Out<typeof monitoringSystemSchema>>;
export type AlertRoute = Located<Out<typeof alertRouteSchema>>;
export type Waiver = Located<Out<typeof waiverSchema>>;

/** The model of one site. */
export interface Model {
  readonly site: Located<Out<typeof siteSchema>>;
  readonly power: {
    readonly feeds: readonly PowerFeed[];
    readonly ups: readonly Ups[];
    readonly pdus: readonly Pdu[];
  };
  readonly hosts: readonly Host[];
  readonly network: {
    readonly devices: readonly NetworkDevice[];
    readonly links: readonly Link[];
    readonly vlans: readonly Vlan[];
    readonly firewall: { readonly defaultPolicy: 'allow' | 'deny'; readonly rules: readonly FirewallRule[]; readonly declared: boolean };
    readonly wan: readonly Wan[];
    readonly portForwards: readonly PortForward[];
    readonly vpns: readonly Vpn[];
  };
  readonly storage: {
    readonly zfs: readonly ZfsPool[];
    readonly raid: readonly RaidArray[];
    readonly ceph: readonly CephCluster[];
    readonly shares: readonly Share[];
  };
  readonly clusters: {
    readonly proxmox: readonly ProxmoxCluster[];
    readonly kubernetes: readonly KubernetesCluster[];
  };
  readonly workloads: readonly Workload[];
  readonly backups: { readonly targets: readonly BackupTarget[]; readonly jobs: readonly BackupJob[] };
  readonly monitoring: {
    readonly systems: readonly MonitoringSystem[];
    readonly alerts: readonly AlertRoute[];
    readonly checks: Out<typeof monitoringSchema>['checks'];
  };
  readonly constraints: Out<typeof constraintsSchema>;
  readonly waivers: readonly Waiver[];
  /** House settings; located so a bad rule id in `settings.severity` can be pointed at. */
  readonly settings: Located<Out<typeof settingsSchema>>;
  /** Every input file the model was read from, in the order given. */
  readonly files: readonly string[];
}

/** Something Kestra took for granted; listed under Assumptions in every report. */
export interface Assumption {
  /** Stable key, e.g. "units/memory-gb-is-gib". */
  readonly id: string;
  readonly text: string;
  /** Where the assumption applies, when it applies to particular values. */
  readonly sources: readonly Source[];
}

/** A fact Kestra needs but does not have; listed under Open Questions, never silently zero. */
export interface OpenQuestion {
  readonly id: string;
  /** Entity the question is about. */
  readonly subject?: string;
  readonly text: string;
  readonly source?: Source;
}
