/**
 * Step templates for backup targets and jobs: Proxmox Backup Server datastores, remotes and sync jobs
 * (https://pbs.proxmox.com/docs/), vzdump jobs on Proxmox VE, restic and ZFS send/receive (syncoid).
 */
import { findEntity } from '../../model/collections.js';
import type { BackupJob, BackupTarget, Model } from '../../model/types.js';
import { HOUR, MINUTE, draft, listText, shell, ui, type TemplateContext, type TemplateTable } from './step-draft.js';

function target(model: Model, id: string): BackupTarget | undefined {
  return findEntity(model, 'backups.targets', id) as BackupTarget | undefined;
}

function retentionText(job: BackupJob): string {
  const keep = Object.entries(job.retention ?? {}).map(([period, count]) => `keep-${period}=${count}`);
  return keep.length > 0 ? keep.join(',') : 'keep-last=7';
}

/** A Proxmox calendar event ("02:30", "hourly") for the job's schedule, or its description when no simple form exists. */
function calendarEvent(job: BackupJob): string {
  const cron = job.schedule.cron ?? '';
  const daily = /^(\d+) (\d+) \* \* \*$/u.exec(cron);
  if (daily) return `${daily[2]?.padStart(2, '0')}:${daily[1]?.padStart(2, '0')}`;
  if (/^\d+ \* \* \* \*$/u.test(cron)) return 'hourly';
  return job.schedule.description;
}

function targetCommands(entity: BackupTarget): ReturnType<typeof shell>[] {
  switch (entity.kind) {
    case 'pbs':
      return entity.offsite && entity.host === undefined
        ? [shell(`proxmox-backup-manager datastore create ${entity.id} /mnt/datastore/${entity.id}   # on the offsite PBS`), shell(`proxmox-backup-manager remote create <local-pbs> --host <address> --auth-id sync@pbs --fingerprint <fp>   # on the offsite PBS, for a pull sync`)]
        : [shell(`proxmox-backup-manager datastore create ${entity.id} /mnt/datastore/${entity.id}`, entity.host), shell(`pvesm add pbs ${entity.id} --server <IP of ${entity.host ?? 'the PBS'}> --datastore ${entity.id} --username backup@pbs --fingerprint <fp> --encryption-key autogen`)];
    case 'usb':
      return [shell(`proxmox-backup-manager datastore create ${entity.id} /mnt/datastore/${entity.id} --backing-device <uuid>   # PBS removable datastore`, entity.host)];
    case 'cloud':
      return [shell(`restic -r s3:<endpoint>/<bucket> init   # bucket created with object lock${entity.immutable ? ' (compliance/governance retention)' : ''}`)];
    case 'zfs':
      return [shell(`zfs create ${entity.pool ?? '<pool>'}/backups   # receiving dataset for syncoid`, entity.host)];
    default:
      return [shell(`pvesm add nfs ${entity.id} --server <IP of ${entity.host ?? 'the NAS'}> --export <export> --content backup`)];
  }
}

function jobCommands(job: BackupJob, context: TemplateContext): ReturnType<typeof shell>[] {
  const syncFrom = job.sources.map((source) => target(context.target, source)).find((found) => found !== undefined);
  const schedule = calendarEvent(job);
  if (syncFrom !== undefined && (job.tool === 'pbs' || job.tool === undefined)) {
    return [shell(`proxmox-backup-manager sync-job create ${job.id} --remote <remote of ${syncFrom.id}> --remote-store ${syncFrom.id} --store ${job.target} --schedule '${schedule}' --remove-vanished true   # on the receiving PBS`)];
  }
  switch (job.tool) {
    case 'restic':
      return [shell(`restic -r <repo of ${job.target}> backup <paths of ${listText(job.sources)}> && restic forget --prune ${retentionText(job).replaceAll('keep-', '--keep-').replaceAll(',', ' ').replaceAll('=', ' ')}   # systemd timer ${schedule}`)];
    case 'zfs-send':
      return [shell(`syncoid --recursive --no-sync-snap <pool>/<dataset> root@<${job.target} host>:<pool>/backups   # cron ${schedule}; sanoid for snapshot retention`)];
    default:
      return [ui(`Datacenter ▸ Backup ▸ Add: storage ${job.target}, schedule ${job.schedule.description}, mode snapshot, retention ${retentionText(job)}, guests ${listText(job.sources)}`), shell(`pvesh create /cluster/backup --storage ${job.target} --schedule '${schedule}' --mode snapshot --vmid <vmids of ${listText(job.sources)}> --prune-backups ${retentionText(job)}`)];
  }
}

export const backupTemplates: TemplateTable = {
  'backup-target.add': (change) => {
    const entity = change.after as unknown as BackupTarget;
    return [
      draft(change, {
        title: `Set up backup target ${change.subject} (${entity.kind}${entity.offsite ? ', offsite' : ''}${entity.immutable ? ', immutable' : ''})`,
        preChecks: [entity.pool ? `Pool ${entity.pool} is healthy and has room for the retention` : 'The target has room for the retention'],
        action: { summary: entity.kind === 'pbs' ? 'Create the datastore and add it to Proxmox VE; keep the encryption key off-site as well.' : 'Prepare the target.', commands: targetCommands(entity) },
        validation: ['The target is listed and writable (pvesm status / proxmox-backup-manager datastore list / restic snapshots)'],
        rollback: ['Remove the storage entry; no backups are on it yet'],
        duration: HOUR,
      }),
    ];
  },
  'backup-target.remove': (change) => [
    draft(change, {
      title: `Retire backup target ${change.subject}`,
      preChecks: ['No job writes to it; its oldest backups have aged past the retention the new targets hold'],
      action: { summary: 'Remove the storage entry; keep the data until the new targets hold the same history.', commands: [shell(`pvesm remove ${change.subject}`)] },
      validation: ['Every job runs green against its new target'],
      rollback: ['Add the storage entry again; the data is still there'],
      duration: 20 * MINUTE,
    }),
  ],
  'backup-target.modify': (change) => [
    draft(change, {
      title: `Change backup target ${change.subject}`,
      action: { summary: `Set ${listText(change.fields.map((field) => field.path))}.`, commands: [ui('PBS: Datastore ▸ Options / Proxmox VE: Datacenter ▸ Storage')] },
      validation: ['The next backup run succeeds'],
      rollback: ['Set the previous values'],
      duration: 20 * MINUTE,
    }),
  ],
  'backup-job.add': (change, context) => {
    const job = change.after as unknown as BackupJob;
    return [
      draft(change, {
        title: `Schedule backup job ${change.subject}: ${listText(job.sources)} → ${job.target} (${job.schedule.description})`,
        action: { summary: `Retention ${retentionText(job)}${job.encrypted ? ', client-side encryption' : ''}${job.verify ? ', verify after backup' : ''}.`, commands: jobCommands(job, context) },
        validation: ['Run it once now and read the task log', 'A test restore of one guest to a spare VMID boots (qmrestore / pct restore / restic restore)'],
        rollback: ['Delete the job; the backups it made stay'],
        duration: HOUR,
      }),
    ];
  },
  'backup-job.remove': (change) => [
    draft(change, {
      title: `Remove backup job ${change.subject}`,
      preChecks: ['Its sources are covered by the new jobs (their last runs are green)'],
      action: { summary: 'Delete the job; keep its backups until they age out.', commands: [ui('Datacenter ▸ Backup ▸ ' + change.subject + ' ▸ Remove')] },
      validation: ['The remaining jobs cover every protected workload'],
      rollback: ['Recreate the job with its old schedule'],
      duration: 10 * MINUTE,
    }),
  ],
  'backup-job.modify': (change, context) => {
    const job = change.after as unknown as BackupJob;
    return [
      draft(change, {
        title: `Change backup job ${change.subject}`,
        action: { summary: `Set ${listText(change.fields.map((field) => field.path))}.`, commands: jobCommands(job, context) },
        validation: ['The next run succeeds and lands where intended'],
        rollback: ['Set the previous schedule/target/retention'],
        duration: 20 * MINUTE,
      }),
    ];
  },
};

