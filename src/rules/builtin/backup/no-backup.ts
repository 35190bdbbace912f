import { atLeast, jobsProtecting } from '../../queries/backup-graph.js';
import { defineRule } from '../../rule.js';

export const noBackup = defineRule({
  meta: {
    id: 'backup/no-backup',
    layer: 'backup',
    title: 'Workload that matters has no backup',
    severity: 'high',
    rationale:
      'Redundancy (RAID, replication, HA) protects against hardware failure, not against deletion, corruption, ransomware or a failed upgrade. A workload of medium criticality or more without any backup job is lost the first time one of those happens.',
    remediation: 'Add it to a backup job (vzdump or Proxmox Backup Server for guests, restic/borg for hosts and shares) and test a restore.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-vzdump.html', 'https://www.cisa.gov/sites/default/files/publications/data_backup_options.pdf'],
    messages: { none: '{criticality} workload "{workload}" is not covered by any backup job.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: wiki, kind: vm, host: pve1, criticality: high }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: wiki, kind: vm, host: pve1, criticality: high }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00 }]
`,
    },
  },
  subjects: ({ model }) => model.workloads.filter((workload) => atLeast(workload, 'medium')),
  check(workload, context) {
    if (jobsProtecting(context.model, workload).length > 0) return;
    const critical = workload.criticality.charAt(0).toUpperCase() + workload.criticality.slice(1);
    context.report({ messageId: 'none', data: { criticality: critical, workload: workload.id } });
  },
});
