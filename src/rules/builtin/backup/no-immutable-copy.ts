import { importantWorkloadsProtectedBy, jobsProtectingImportant, targetsReached } from '../../queries/backup-graph.js';
import { defineRule } from '../../rule.js';

export const noImmutableCopy = defineRule({
  meta: {
    id: 'backup/no-immutable-copy',
    layer: 'backup',
    title: 'No immutable or offline copy',
    severity: 'medium',
    rationale:
      'Ransomware and attackers with admin rights delete or encrypt every backup they can reach before they strike. The 3-2-1-1-0 convention adds one copy that is immutable (object lock, WORM, tape) or offline (a rotated disk) and cannot be changed from the source side.',
    remediation: 'Keep one copy out of reach: S3/B2 object lock, a pull-based PBS whose credentials the source does not hold with a remove-vanished-off sync and protected snapshots, or a USB disk rotated offline.',
    references: [
      'https://community.veeam.com/blogs-and-podcasts-57/the-3-2-1-1-0-rule-in-practice-how-to-actually-implement-it-with-veeam-12799',
      'https://www.backblaze.com/docs/cloud-storage-object-lock',
      'https://www.cisa.gov/stopransomware/ransomware-guide',
    ],
    messages: { mutable: 'Every copy made by backup job "{job}" ({targets}) can be changed or deleted from the network; {workloads} have no immutable or offline copy.' },
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
    - { id: b2, kind: cloud, offsite: true, immutable: true }
  jobs:
    - { id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00 }
    - { id: offsite, tool: restic, sources: [nas-dumps], target: b2, schedule: daily 05:00, encrypted: true }
`,
    },
  },
  subjects: ({ model }) => jobsProtectingImportant(model),
  check(job, context) {
    const targets = targetsReached(context.model, job);
    if (targets.some((target) => target.immutable || target.offline)) return;
    const workloads = importantWorkloadsProtectedBy(context.model, job);
    const evidence = workloads.map((id) => `backup/${id}/immutable-copies`).filter((id) => context.fact(id));
    context.report({ messageId: 'mutable', data: { job: job.id, targets: targets.map((target) => target.id).join(', '), workloads: workloads.join(', ') }, evidence, blastRadius: workloads });
  },
});
