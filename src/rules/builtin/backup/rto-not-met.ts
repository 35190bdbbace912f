import { formatDuration } from '../../../intake/units/index.js';
import { seconds } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';

export const rtoNotMet = defineRule({
  meta: {
    id: 'backup/rto-not-met',
    layer: 'backup',
    title: 'Estimated restore time longer than the RTO',
    severity: 'high',
    rationale:
      'Recovery time is detection + provisioning + restoring the bytes at the restore rate + boot and checks. When that estimate exceeds the recovery time objective, a real outage will run past the target however well the restore goes.',
    remediation: 'Shorten the path: restore from a local PBS instead of the cloud, use live-restore, keep a warm standby or HA on shared storage, raise the restore link speed, or agree a longer RTO.',
    references: ['https://pbs.proxmox.com/docs/backup-client.html#restoring-data', 'https://pve.proxmox.com/pve-docs/chapter-ha-manager.html'],
    messages: { exceeded: 'Workload "{workload}" needs about {estimate} to restore, more than its RTO of {target}.' },
    needs: ['facts'],
    analyzers: ['backup'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: files, kind: vm, host: pve1, disk: 4TB, rto: 1h }
backups:
  targets: [{ id: b2, kind: cloud, offsite: true, restoreRate: 100 Mbit/s }]
  jobs: [{ id: nightly, tool: restic, sources: [files], target: b2, schedule: daily 02:00, encrypted: true, size: 4TB }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: files, kind: vm, host: pve1, disk: 40GB, rto: 8h }
backups:
  targets: [{ id: b2, kind: cloud, offsite: true, restoreRate: 100 Mbit/s }]
  jobs: [{ id: nightly, tool: restic, sources: [files], target: b2, schedule: daily 02:00, encrypted: true, size: 40GB }]
`,
    },
  },
  subjects: ({ model, number }) => model.workloads.filter((workload) => workload.rto !== undefined && number(`backup/${workload.id}/rto-estimate`) !== undefined),
  check(workload, context) {
    const estimate = context.number(`backup/${workload.id}/rto-estimate`) ?? 0;
    const target = workload.rto ?? Number.POSITIVE_INFINITY;
    if (estimate <= target) return;
    context.report({ messageId: 'exceeded', data: { workload: workload.id, estimate: formatDuration(seconds(estimate)), target: formatDuration(seconds(target)) }, evidence: [`backup/${workload.id}/rto-estimate`] });
  },
});
