import { z } from 'zod';
import { formatPercent } from '../../../intake/units/index.js';
import { ratio } from '../../../model/quantities.js';
import type { Model, Source } from '../../../model/types.js';
import { defineRule, type Subject } from '../../rule.js';

/** Where a link or NIC id ("host:nic", "device:port", a WAN id) is written, falling back to its owner. */
function locateLink(model: Model, id: string, factSource: Source | undefined): Source | undefined {
  const [owner = id, port] = id.split(':');
  const host = model.hosts.find((candidate) => candidate.id === owner);
  const nic = host?.nics.find((candidate) => candidate.id === port);
  if (nic) return nic.source;
  const link = model.network.links.find((candidate) => candidate.a === id || candidate.b === id);
  return link?.source ?? factSource ?? host?.source ?? model.network.devices.find((candidate) => candidate.id === owner)?.source ?? model.network.wan.find((wan) => wan.id === owner)?.source;
}

export const linkSaturated = defineRule({
  meta: {
    id: 'network/link-saturated',
    layer: 'network',
    title: 'Link above 70 % utilisation at peak',
    severity: 'medium',
    rationale:
      'Queueing delay climbs steeply as a link approaches saturation (an M/M/1 queue waits 2.3× its service time at 70 %, 9× at 90 %). Backups, migrations and Ceph recovery then starve latency-sensitive traffic such as corosync and storage I/O; 70 % peak is the usual planning ceiling.',
    remediation: 'Move bulk flows (backup, migration, Ceph replication) to their own link or VLAN with a bandwidth limit, schedule them off-peak, or upgrade the link (2.5/10 GbE, LACP).',
    references: ['https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network_requirements', 'https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_migration'],
    messages: { busy: 'Link "{link}" runs at {utilisation} of its capacity at peak (limit {limit}).' },
    options: z.strictObject({ maxUtilisation: z.number().gt(0).max(1).default(0.7).describe('Highest acceptable peak utilisation, 0..1.') }),
    needs: ['facts'],
    analyzers: ['network'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw:p1" }] }
  - { id: nas, role: nas, nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw:p2" }] }
network:
  devices: [{ id: sw, kind: switch, ports: [{ id: p1 }, { id: p2 }] }]
workloads:
  - { id: files, kind: vm, host: pve1, disk: 2TB }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [files], target: nas-dumps, schedule: daily 02:00, duration: 4h, size: 2TB }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, nics: [{ id: eno1, speed: 10GbE, connectedTo: "sw:p1" }] }
  - { id: nas, role: nas, nics: [{ id: eno1, speed: 10GbE, connectedTo: "sw:p2" }] }
network:
  devices: [{ id: sw, kind: switch, ports: [{ id: p1 }, { id: p2 }] }]
workloads:
  - { id: files, kind: vm, host: pve1, disk: 2TB }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [files], target: nas-dumps, schedule: daily 02:00, duration: 4h, size: 2TB }]
`,
    },
  },
  subjects: ({ model, analysis }) =>
    analysis.facts
      .filter((fact) => fact.layer === 'network' && fact.id.endsWith('/peak-utilisation') && fact.status === 'known')
      .flatMap((fact): Subject[] => {
        const source = locateLink(model, fact.subject, fact.source);
        return source ? [{ id: fact.subject, source }] : [];
      }),
  check(link, context) {
    const id = `network/${link.id}/peak-utilisation`;
    const utilisation = context.number(id) ?? 0;
    if (utilisation <= context.options.maxUtilisation) return;
    context.report({ messageId: 'busy', data: { link: link.id, utilisation: formatPercent(ratio(utilisation)), limit: formatPercent(ratio(context.options.maxUtilisation)) }, evidence: [id] });
  },
});
