import { formatDuration } from '../../../intake/units/index.js';
import { seconds } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';

export const rpoNotMet = defineRule({
  meta: {
    id: 'backup/rpo-not-met',
    layer: 'backup',
    title: 'Backup schedule longer than the RPO',
    severity: 'high',
    rationale:
      'The worst-case data loss of a schedule is the longest gap between runs plus the run time (a failure just before a job completes leaves the previous restore point). If that exceeds the workload\'s recovery point objective, the target is not met on the worst day, only on average.',
    remediation: 'Run the job more often (hourly PBS backups are cheap thanks to dirty bitmaps), add ZFS replication or snapshots for the short RPO, or agree a longer RPO with the owner.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-vzdump.html#vzdump_jobs', 'https://pve.proxmox.com/pve-docs/chapter-pvesr.html'],
    messages: { exceeded: 'Workload "{workload}" can lose up to {achieved} of data, more than its RPO of {target}.' },
    needs: ['facts'],
    analyzers: ['backup'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: wiki, kind: vm, host: pve1, rpo: 24h }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00, duration: 1h }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: wiki, kind: vm, host: pve1, rpo: 24h }
backups:
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: sixhourly, sources: [wiki], target: nas-dumps, schedule: every 6h, duration: 10m }]
`,
    },
  },
  subjects: ({ model, number }) => model.workloads.filter((workload) => workload.rpo !== undefined && number(`backup/${workload.id}/achieved-rpo`) !== undefined),
  check(workload, context) {
    const achieved = context.number(`backup/${workload.id}/achieved-rpo`) ?? 0;
    const target = workload.rpo ?? Number.POSITIVE_INFINITY;
    if (achieved <= target) return;
    context.report({ messageId: 'exceeded', data: { workload: workload.id, achieved: formatDuration(seconds(achieved)), target: formatDuration(seconds(target)) }, evidence: [`backup/${workload.id}/achieved-rpo`] });
  },
});
