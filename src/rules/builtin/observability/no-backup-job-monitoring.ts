import { hasExporter } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const noBackupJobMonitoring = defineRule({
  meta: {
    id: 'observability/no-backup-job-monitoring',
    layer: 'observability',
    title: 'Failed backup jobs do not alert',
    severity: 'medium',
    rationale:
      'Backup jobs fail quietly: a full target, an expired credential, a changed path. Without an alert on failed or missing runs, the gap is discovered at restore time, when the newest backup turns out to be months old.',
    remediation: 'Alert on failure and on absence: vzdump/PBS notification targets (mail, Gotify, webhook), a healthchecks.io ping at the end of each restic/borg run, or the PBS exporter with a "last successful backup" alert; set monitoring.checks.backupJobs: true.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-notifications.html', 'https://healthchecks.io/docs/'],
    messages: { unchecked: 'Backup job(s) {jobs} can fail without anyone being told.' },
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
monitoring:
  checks: { backupJobs: false }
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
monitoring:
  checks: { backupJobs: true }
`,
    },
  },
  subjects: ({ model }) => (model.backups.jobs.length > 0 ? [model.backups.jobs[0]!] : []),
  check(_first, context) {
    const { model } = context;
    if (model.monitoring.checks.backupJobs === true || hasExporter(model, 'pbs')) return;
    const jobs = model.backups.jobs.map((job) => job.id);
    context.report({ messageId: 'unchecked', data: { jobs: jobs.join(', ') }, subjects: jobs });
  },
});
