/** Output schemas of the failure analysis, as `kestra analyze --format json` writes it (src/render/failure-json.ts). */
import { z } from 'zod';

const location = z.object({ file: z.string(), line: z.number().int(), column: z.number().int() });
const downByKind = z.record(z.string(), z.array(z.string())).describe('What is down, by kind: host, workload, vlan, pool, …');
const criticalityCounts = z.record(z.string(), z.number().int()).describe('Workloads taken down, by criticality.');

/** What a failure does: what fails, what goes down with it, which HA guests restart where, which cannot. */
export const impactShape = {
  failed: z.array(z.string()).describe('Components that fail, as graph node ids ("host:pve1").'),
  down: downByKind,
  restarted: z.array(z.object({ cluster: z.string(), guest: z.string(), from: z.string(), to: z.string() })),
  cannotRestart: z.array(z.object({ cluster: z.string(), guest: z.string(), from: z.string(), memory: z.number().describe('Bytes the guest needs.') })),
};

export const failureSchema = z.object({
  graph: z.object({ nodes: z.number().int(), components: z.number().int(), edges: z.number().int() }),
  spofs: z
    .array(
      z.object({
        rank: z.number().int(),
        component: z.string(),
        kind: z.string(),
        detail: z.string().optional(),
        source: location.optional(),
        takesDown: downByKind,
        workloads: criticalityCounts,
        size: z.number().int(),
        mitigation: z.string(),
      }),
    )
    .describe('Single points of failure, most critical first: one component whose loss takes a service down.'),
  blastRadii: z.array(z.object({ component: z.string(), size: z.number().int(), workloads: criticalityCounts, down: downByKind })).describe('What goes down with each component.'),
  scenarios: z.array(z.object({ id: z.string(), title: z.string(), text: z.string(), ...impactShape })).describe('Named scenarios: each host, switch, UPS, disk, ISP, site power.'),
  nPlusOne: z
    .array(z.looseObject({ cluster: z.string(), failedNode: z.string(), quorate: z.boolean(), displaced: z.array(z.string()), lost: z.array(z.string()), fenced: z.array(z.string()) }))
    .describe('Per HA cluster and failed node: do the survivors keep quorum and hold the HA guests?'),
  availability: z
    .array(z.looseObject({ service: z.string(), availability: z.number(), method: z.enum(['exact', 'monte-carlo']), downtimePerYear: z.number().describe('Seconds per 8760-hour year.') }))
    .describe('Availability of each workload from its components.'),
});
