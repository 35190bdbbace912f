import { z } from 'zod';
import { primaryJobs } from '../../queries/backup-graph.js';
import { defineRule } from '../../rule.js';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const restoreUntested = defineRule({
  meta: {
    id: 'backup/restore-untested',
    layer: 'backup',
    title: 'No restore test in the last 90 days',
    severity: 'medium',
    rationale:
      'A backup is only as good as the last restore that worked. Jobs fail silently, keys get lost, datastores corrupt; the "0" in 3-2-1-1-0 stands for zero errors in restore verification. A quarterly test restore finds these before they matter.',
    remediation: 'Restore one guest or a sample of files to a scratch location (qmrestore/pct restore to a new id, restic restore to a temp dir), check it boots or opens, and record the date in lastRestoreTest.',
    references: [
      'https://pbs.proxmox.com/docs/maintenance.html#verification',
      'https://community.veeam.com/blogs-and-podcasts-57/the-3-2-1-1-0-rule-in-practice-how-to-actually-implement-it-with-veeam-12799',
    ],
    messages: {
      never: 'Backup job "{job}" has never had a restore tested.',
      stale: 'Backup job "{job}" was last restore-tested on {tested}, {days} days ago (more than {maxDays}).',
    },
    options: z.strictObject({ maxDays: z.number().int().positive().default(90).describe('Longest acceptable time since the last restore test, in days.') }),
    needs: ['date'],
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
  targets: [{ id: nas-dumps, kind: nas, host: nas }]
  jobs: [{ id: nightly, sources: [wiki], target: nas-dumps, schedule: daily 02:00, lastRestoreTest: 2026-09-20 }]
`,
    },
  },
  // A job never restore-tested fails on any day; the age of a recorded test needs today's date, and without
  // one it is left to the open question its fact raises.
  subjects: ({ model }) => primaryJobs(model),
  check(job, context) {
    const fact = `backup/${job.id}/last-restore-test-age`;
    const evidence = context.fact(fact) ? [fact] : [];
    if (!job.lastRestoreTest) {
      context.report({ messageId: 'never', data: { job: job.id }, evidence });
      return;
    }
    if (context.date === undefined) return;
    const days = daysBetween(job.lastRestoreTest, context.date);
    if (days > context.options.maxDays) context.report({ messageId: 'stale', data: { job: job.id, tested: job.lastRestoreTest, days, maxDays: context.options.maxDays }, evidence });
  },
});
