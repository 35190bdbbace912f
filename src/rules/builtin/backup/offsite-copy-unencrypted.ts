import { isSyncJob } from '../../queries/backup-graph.js';
import { defineRule } from '../../rule.js';
import type { BackupJob, Model } from '../../../model/types.js';

/** True when the copies a job writes are encrypted: its own flag, or for a sync job every job feeding its source. */
function writesEncrypted(model: Model, job: BackupJob, seen: ReadonlySet<string> = new Set()): boolean {
  if (job.encrypted) return true;
  if (!isSyncJob(model, job) || seen.has(job.id)) return false;
  // PBS sync jobs copy chunks as they are: the copy is encrypted exactly when the backups were.
  if (job.tool !== 'pbs' && job.tool !== 'zfs-send' && job.tool !== 'rsync') return false;
  const feeding = model.backups.jobs.filter((candidate) => job.sources.includes(candidate.target));
  return feeding.length > 0 && feeding.every((candidate) => writesEncrypted(model, candidate, new Set([...seen, job.id])));
}

export const offsiteCopyUnencrypted = defineRule({
  meta: {
    id: 'backup/offsite-copy-unencrypted',
    layer: 'backup',
    title: 'Offsite copy is not encrypted',
    severity: 'high',
    rationale:
      'An offsite copy sits on hardware or in a service you do not control. Unencrypted, anyone with access there (the provider, a thief, a friend\'s visitor) can read every file and guest disk.',
    remediation: 'Encrypt on the client before upload: a PBS encryption key (client-side AES-256-GCM), restic/borg repositories (always encrypted), rclone crypt. Keep the key offline as well.',
    references: ['https://pbs.proxmox.com/docs/backup-client.html#encryption', 'https://restic.readthedocs.io/en/stable/100_references.html#design'],
    messages: { plain: 'Backup job "{job}" writes unencrypted copies to offsite target "{target}".' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas }
storage:
  shares: [{ id: files, host: nas, protocol: smb }]
backups:
  targets: [{ id: b2, kind: cloud, offsite: true }]
  jobs: [{ id: offsite, tool: rclone, sources: [files], target: b2, schedule: daily 05:00, encrypted: false }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas }
storage:
  shares: [{ id: files, host: nas, protocol: smb }]
backups:
  targets: [{ id: b2, kind: cloud, offsite: true }]
  jobs: [{ id: offsite, tool: restic, sources: [files], target: b2, schedule: daily 05:00, encrypted: true }]
`,
    },
  },
  subjects: ({ model }) => model.backups.jobs.filter((job) => model.backups.targets.some((target) => target.id === job.target && target.offsite)),
  check(job, context) {
    if (writesEncrypted(context.model, job)) return;
    context.report({ messageId: 'plain', data: { job: job.id, target: job.target }, subjects: [job.target] });
  },
});
