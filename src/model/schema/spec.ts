import { z } from 'zod';
import { backupsSchema } from './backups.js';
import { clustersSchema } from './clusters.js';
import { constraintsSchema, settingsSchema, waiverSchema } from './constraints.js';
import { hostSchema } from './hosts.js';
import { monitoringSchema } from './monitoring.js';
import { networkSchema } from './network.js';
import { powerSchema } from './power.js';
import { siteSchema } from './site.js';
import { storageSchema } from './storage.js';
import { workloadSchema } from './workloads.js';

export const SPEC_VERSION = 1;

/** The whole input spec of one site, as a user writes it in YAML or JSON. */
export const specSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editor hint; ignored.'),
    version: z.literal(SPEC_VERSION).describe('Spec format version; always 1 for now.'),
    site: siteSchema,
    power: powerSchema.default({ feeds: [], ups: [], pdus: [] }),
    hosts: z.array(hostSchema).default([]),
    network: networkSchema.default({ devices: [], links: [], vlans: [], wan: [], portForwards: [], vpns: [] }),
    storage: storageSchema.default({ zfs: [], raid: [], ceph: [], shares: [] }),
    clusters: clustersSchema.default({ proxmox: [], kubernetes: [] }),
    workloads: z.array(workloadSchema).default([]),
    backups: backupsSchema.default({ targets: [], jobs: [] }),
    monitoring: monitoringSchema.default({ systems: [], alerts: [], checks: {} }),
    constraints: constraintsSchema.default({ maintenanceWindows: [], zeroDowntime: [], goals: [] }),
    waivers: z.array(waiverSchema).default([]),
    settings: settingsSchema.default({}),
  })
  .describe('Kestra infrastructure spec: what one site has today.');

/** The spec as written (before units are parsed). */
export type SpecInput = z.input<typeof specSchema>;
/** The spec after validation: every quantity in base units. */
export type Spec = z.output<typeof specSchema>;
