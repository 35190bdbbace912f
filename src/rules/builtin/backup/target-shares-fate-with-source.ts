import { compareText } from '../../../intake/diagnostic.js';
import { hostOf } from '../../queries/backup-graph.js';
import { storageHome } from '../../queries/storage-redundancy.js';
import { defineRule } from '../../rule.js';

export const targetSharesFateWithSource = defineRule({
  meta: {
    id: 'backup/target-shares-fate-with-source',
    layer: 'backup',
    title: 'Backup target on the same host or pool as its source',
    severity: 'high',
    rationale:
      'A backup stored on the same host or pool as the data it protects fails with it: one dead controller, pool corruption, theft or a ransomware run on that host takes the data and its backup together.',
    remediation: 'Point the job at a target on another machine (a NAS, a Proxmox Backup Server) and, for 3-2-1, keep another copy offsite.',
    references: ['https://www.cisa.gov/sites/default/files/publications/data_backup_options.pdf', 'https://pve.proxmox.com/pve-docs/chapter-vzdump.html'],
    messages: {
      sameHost: 'Backup job "{job}" writes {sources} to "{target}" on host "{host}", the host they run on.',
      samePool: 'Backup job "{job}" writes {sources} to "{target}" on pool "{pool}", the pool that holds them.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: wiki, kind: vm, host: pve1 }
backups:
  targets: [{ id: local-dumps, kind: other, host: pve1 }]
  jobs: [{ id: nightly, sources: [wiki], target: local-dumps, schedule: daily 02:00 }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: wiki, kind: vm, host: pve1 }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00 }]
`,
    },
  },
  subjects: ({ model }) => model.backups.jobs,
  check(job, context) {
    const { model } = context;
    const target = model.backups.targets.find((candidate) => candidate.id === job.target);
    if (!target || target.offsite) return;
    const targetPool = target.pool ? storageHome(model, target.pool)?.id : target.share ? storageHome(model, target.share)?.id : undefined;
    const sameHost: string[] = [];
    const samePool: string[] = [];
    for (const source of job.sources) {
      const workload = model.workloads.find((candidate) => candidate.id === source);
      const host = workload ? hostOf(model, workload) : model.hosts.some((candidate) => candidate.id === source) ? source : undefined;
      const pool = workload?.storage ? storageHome(model, workload.storage)?.id : storageHome(model, source)?.id;
      if (targetPool && pool === targetPool) samePool.push(source);
      else if (target.host && host === target.host) sameHost.push(source);
    }
    if (samePool.length > 0)
      context.report({ messageId: 'samePool', data: { job: job.id, sources: samePool.sort(compareText).join(', '), target: target.id, pool: targetPool ?? '' }, subjects: [target.id], blastRadius: samePool });
    if (sameHost.length > 0)
      context.report({ messageId: 'sameHost', data: { job: job.id, sources: sameHost.sort(compareText).join(', '), target: target.id, host: target.host ?? '' }, subjects: [target.id], blastRadius: sameHost });
  },
});
