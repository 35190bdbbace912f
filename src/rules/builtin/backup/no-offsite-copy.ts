import { importantWorkloadsProtectedBy, jobsProtectingImportant, targetsReached } from '../../queries/backup-graph.js';
import { defineRule } from '../../rule.js';

export const noOffsiteCopy = defineRule({
  meta: {
    id: 'backup/no-offsite-copy',
    layer: 'backup',
    title: 'No offsite copy (3-2-1)',
    severity: 'high',
    rationale:
      'The 3-2-1 rule: three copies, on two media, one offsite. Fire, theft, flooding or a power surge destroy every copy kept in the same building; only an offsite copy survives a site loss.',
    remediation: 'Sync the backups to another site: a Proxmox Backup Server sync job to a remote PBS, or restic/rclone to object storage (Backblaze B2, S3) with encryption.',
    references: ['https://www.cisa.gov/sites/default/files/publications/data_backup_options.pdf', 'https://pbs.proxmox.com/docs/managing-remotes.html#sync-jobs'],
    messages: { onsite: 'Backup job "{job}" keeps every copy on site ({targets}); {workloads} have no offsite copy.' },
    examples: {
      failing: `version: 1
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
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: wiki, kind: vm, host: pve1 }
backups:
  targets:
    - { id: nas-dumps, kind: nas, host: nas }
    - { id: b2, kind: cloud, offsite: true }
  jobs:
    - { id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00 }
    - { id: offsite, sources: [nas-dumps], target: b2, schedule: daily 05:00, encrypted: true }
`,
    },
  },
  subjects: ({ model }) => jobsProtectingImportant(model),
  check(job, context) {
    const targets = targetsReached(context.model, job);
    if (targets.some((target) => target.offsite)) return;
    const workloads = importantWorkloadsProtectedBy(context.model, job);
    const evidence = workloads.map((id) => `backup/${id}/offsite-copies`).filter((id) => context.fact(id));
    context.report({ messageId: 'onsite', data: { job: job.id, targets: targets.map((target) => target.id).join(', '), workloads: workloads.join(', ') }, evidence, blastRadius: workloads });
  },
});
