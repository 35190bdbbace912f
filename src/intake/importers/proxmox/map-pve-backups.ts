/**
 * Backup jobs (GET /cluster/backup) and the storages they write to. Proxmox knows what is backed
 * up, when, where and how long it is kept; it cannot say whether a target is offsite or immutable.
 */
import { slugId } from '../id-allocator.js';
import { asBoolean, asNumber, asRecord, asString } from '../json-fields.js';
import { parseSchedule } from '../../units/index.js';
import { compareText } from '../../diagnostic.js';
import type { GuestFacts } from './pve-guest-facts.js';
import { parsePropertyString } from './pve-property-string.js';
import type { BackupJobInput, BackupTargetInput, PveMapContext } from './pve-map-context.js';
import type { PveStorage } from './pve-storage-config.js';

type Retention = NonNullable<BackupJobInput['retention']>;

export interface MappedBackups {
  readonly targets: readonly BackupTargetInput[];
  readonly jobs: readonly BackupJobInput[];
}

/** Maps backup jobs and their targets; `hostForStorage` names the host Kestra added for a storage's server, if any. */
export function mapPveBackups(
  context: PveMapContext,
  storages: readonly PveStorage[],
  workloadIds: ReadonlyMap<number, string>,
  hostForStorage: (storage: string) => string | undefined,
): MappedBackups {
  const jobs = [...context.snapshot.backupJobs]
    .filter((job) => job.type === undefined || job.type === 'vzdump')
    .sort((a, b) => compareText(String(a.id), String(b.id)));
  // vzdump writes to "local" when a job names no storage (pve-docs "Backup and Restore").
  const storageOf = (job: Record<string, unknown>) => asString(job.storage) ?? 'local';
  const targetStorages = [...new Set([...jobs.map(storageOf), ...storages.filter((storage) => storage.type === 'pbs').map((storage) => storage.id)])].sort(compareText);

  const targetIds = new Map<string, string>();
  const targets: BackupTargetInput[] = [];
  for (const storageId of targetStorages) {
    const storage = storages.find((candidate) => candidate.id === storageId);
    if (!storage) continue;
    const target = backupTarget(context, storage, hostForStorage(storage.id));
    targetIds.set(storage.id, target.id);
    targets.push(target);
  }
  if (targets.length > 0) {
    context.ask(`Backup targets (${targets.map((target) => target.id).join(', ')}): is any of them offsite, immutable or offline? Kestra assumed each is onsite, and has no copy elsewhere.`);
  }

  const mapped = jobs.flatMap((job): BackupJobInput[] => {
    const name = asString(job.id) ?? 'backup';
    if (asBoolean(job.enabled) === false) {
      context.skip(`backup job ${name}: disabled`);
      return [];
    }
    const storage = storages.find((candidate) => candidate.id === storageOf(job));
    const target = storage ? targetIds.get(storage.id) : undefined;
    const sources = selectGuests(job, context.guests).flatMap((guest) => (workloadIds.has(guest.vmid) ? [workloadIds.get(guest.vmid) as string] : []));
    const scheduleText = asString(job.schedule) ?? [asString(job.dow), asString(job.starttime)].filter(Boolean).join(' ');
    if (!target || sources.length === 0 || !parseSchedule(scheduleText).ok) {
      context.skip(`backup job ${name}: ${!target ? `storage ${storageOf(job)} is not defined` : sources.length === 0 ? 'it selects no guest' : `schedule "${scheduleText}" not understood`}`);
      return [];
    }
    const retention = retentionOf(job['prune-backups'] ?? (asNumber(job.maxfiles) !== undefined ? `keep-last=${String(job.maxfiles)}` : storage?.prune));
    const mappedJob: BackupJobInput = {
      id: context.ids.take(slugId(name, 'backup'), 'job'),
      tool: storage?.type === 'pbs' ? 'pbs' : 'vzdump',
      sources,
      target,
      schedule: scheduleText,
      ...(retention ? { retention } : {}),
      // vzdump archives are not encrypted; PBS encrypts client-side when the storage has a key.
      encrypted: storage?.type === 'pbs' ? storage.encrypted : false,
    };
    context.notes.entity(mappedJob, 'imported', `proxmox backup job ${name}${asString(job.mode) ? `, mode ${String(job.mode)}` : ''}`);
    return [mappedJob];
  });
  if (mapped.length > 0) context.ask('Backups: when was a restore from each job last tested, and how long does a run take?');
  return { targets, jobs: mapped };
}

function backupTarget(context: PveMapContext, storage: PveStorage, host: string | undefined): BackupTargetInput {
  const single = storage.nodes?.length === 1 ? context.hostIds.get(storage.nodes[0] as string) : undefined;
  const kind = storage.type === 'pbs' ? 'pbs' : storage.type === 'nfs' || storage.type === 'cifs' ? 'nas' : 'other';
  const name =
    storage.type === 'pbs'
      ? `PBS ${storage.server ?? ''} datastore ${storage.location ?? ''}`
      : storage.server
        ? `${storage.server}:${storage.location ?? ''}`
        : storage.path
          ? `directory ${storage.path}${single ? '' : ' on each node'}`
          : undefined;
  const target: BackupTargetInput = {
    id: context.ids.take(storage.id, 'backup'),
    ...(name ? { name: name.trim() } : {}),
    kind,
    ...((host ?? single) ? { host: host ?? single } : {}),
    offsite: false,
  };
  context.notes.entity(target, 'imported', `proxmox storage ${storage.id} (${storage.type})`);
  context.notes.field(target, 'offsite', 'assumed', 'Proxmox does not know where a storage is');
  return target;
}

/** The guests a job backs up: all (optionally on one node, minus exclusions), a vmid list, or a pool. */
function selectGuests(job: Record<string, unknown>, guests: readonly GuestFacts[]): GuestFacts[] {
  const list = (text: unknown) => new Set((asString(text) ?? '').split(/[,\s]+/).filter(Boolean).map(Number));
  const node = asString(job.node);
  if (asBoolean(job.all) === true) {
    const excluded = list(job.exclude);
    return guests.filter((guest) => !excluded.has(guest.vmid) && (node === undefined || guest.node === node));
  }
  const pool = asString(job.pool);
  if (pool !== undefined) return guests.filter((guest) => guest.pool === pool);
  const chosen = list(job.vmid);
  return guests.filter((guest) => chosen.has(guest.vmid));
}

/** Reads "keep-daily=7,keep-weekly=4" or its object form; keep-all means no pruning, so no retention figures. */
export function retentionOf(prune: unknown): Retention | undefined {
  const record = typeof prune === 'string' ? parsePropertyString(prune, 'keep-all') : asRecord(prune);
  if (!record || asBoolean(record['keep-all']) === true) return undefined;
  const retention: Retention = {};
  for (const period of ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const) {
    const value = asNumber(record[`keep-${period}`]);
    if (value !== undefined && value >= 0) retention[period] = value;
  }
  return Object.keys(retention).length > 0 ? retention : undefined;
}
