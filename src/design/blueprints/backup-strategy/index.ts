/**
 * Blueprint backup-strategy: which tool, how often (from the RPO targets), where the second and the
 * offsite copies live (3-2-1, and 3-2-1-1-0 when asked), the retention storage, the RTO of each
 * critical workload against its target (calc/backup/recovery-time) and a restore-test cadence.
 */
import { recoveryTime } from '../../../calc/backup/recovery-time.js';
import { retentionStorage } from '../../../calc/backup/retention-storage.js';
import { pbsMemory } from '../../../calc/compute/host-memory-rules.js';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { formatDuration } from '../../../intake/units/index.js';
import { parseSchedule } from '../../../intake/units/schedule.js';
import { addEntity, removeEntity } from '../../../model/collections.js';
import { bitsPerSecond, bytes, seconds } from '../../../model/quantities.js';
import type { BackupJob, BackupTarget, Model, Workload } from '../../../model/types.js';
import { defineBlueprint, type Design, type Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { matchKeywords } from '../../keyword-match.js';
import { uniqueId } from '../../model-helpers.js';
import { purchase, purchaseAssumptions } from '../../purchase.js';
import { BLUEPRINT, RETENTION, copyDecision, scheduleDecision, scheduleText, toolDecision, type BackupScope, type CopyChoice } from './backup-options.js';

const source = blueprintSource(BLUEPRINT);
/** Share of a guest's data assumed to change per day when the spec does not say. */
const ASSUMED_DAILY_CHANGE = 0.02;
/** Detection and boot-verify times assumed for the RTO estimate, seconds. */
const DETECT = 15 * 60;
const BOOT = 5 * 60;

function schedule(text: string): BackupJob['schedule'] {
  const parsed = parseSchedule(text);
  if (!parsed.ok) throw new Error(`bad built-in schedule "${text}"`);
  return parsed.value;
}

/** Bytes of NAS data worth protecting: pools minus the shares that hold media or backups. */
function nasData(model: Model): number {
  return model.storage.zfs
    .filter((pool) => model.hosts.find((host) => host.id === pool.host)?.role === 'nas')
    .reduce((sum, pool) => sum + Math.max(0, (pool.used ?? 0) - model.storage.shares.filter((share) => share.pool === pool.id && /media|backup/iu.test(`${share.id} ${share.purpose ?? ''}`)).reduce((total, share) => total + (share.used ?? 0), 0)), 0);
}

export const backupStrategy = defineBlueprint({
  id: BLUEPRINT,
  title: 'Backup strategy',
  summary: 'PBS vs restic/borg vs ZFS send; 3-2-1 (and 3-2-1-1-0) copies, schedules from RPO, retention storage, RTO vs target, restore tests',
  example: 'Design a backup strategy with an offsite copy following 3-2-1',
  keywords: [
    { term: 'backup', synonyms: ['backup strategy', 'back up', 'restore', 'disaster recovery'], weight: 3 },
    { term: '3-2-1', synonyms: ['3-2-1-1-0', 'offsite', 'immutable', 'air gap'], weight: 3 },
    { term: 'pbs', synonyms: ['proxmox backup server', 'restic', 'borg', 'syncoid', 'sanoid'], weight: 3 },
    { term: 'rpo', synonyms: ['rto', 'retention'], weight: 2 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model } = context;
    const guests = model.workloads.filter((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.runsOn === undefined && workload.host !== undefined && model.hosts.find((host) => host.id === workload.host)?.role === 'hypervisor');
    const existingJob = model.backups.jobs.find((job) => job.sources.some((id) => guests.some((guest) => guest.id === id)));
    const guestBytes = existingJob?.size ?? guests.reduce((sum, guest) => sum + (guest.disk ?? 0), 0);
    const changePerDay = existingJob?.changePerDay ?? guestBytes * ASSUMED_DAILY_CHANGE;
    const rpoTargets = model.workloads.filter((workload) => workload.rpo !== undefined && guests.some((guest) => guest.id === workload.id)).map((workload) => workload.rpo as number);
    const wan = model.network.wan[0];
    const scope: BackupScope = {
      guestBytes,
      changePerDay,
      changeAssumed: existingJob?.changePerDay === undefined,
      dataBytes: nasData(model),
      ...(rpoTargets.length > 0 ? { rpoTarget: Math.min(...rpoTargets) } : {}),
      runDuration: existingJob?.duration ?? 3600,
      ...(wan !== undefined ? { wanUp: wan.up } : {}),
    };
    const backupHost = model.hosts.find((host) => host.role === 'backup-server') ?? model.hosts.find((host) => host.role === 'nas');
    const tool = toolDecision(scope, backupHost?.id, guests.length > 0);
    const cadence = scheduleDecision(scope);
    const retention = retentionStorage({ model: 'incremental', policy: RETENTION, fullSize: bytes(guestBytes), changePerDay: bytes(changePerDay), runInterval: seconds(86_400) }).storage;
    const copies = copyDecision(context, scope, retention, tool.choice.optionId === 'pbs');
    const built = transformBackups(model, guests, backupHost?.id, tool.choice.optionId, cadence.id, copies.choice, existingJob);
    // RTO of each protected guest: restore over the backup host's link.
    const link = Math.max(1e9, ...(backupHost?.nics.map((nic) => nic.speed) ?? []));
    const rate = tcpGoodput(bitsPerSecond(link));
    const rto = guests.filter((guest) => guest.criticality === 'critical' || guest.criticality === 'high').map((guest) => ({ guest, estimate: recoveryTime({ size: bytes(guest.disk ?? 0), rate, detect: seconds(DETECT), provision: seconds(0), boot: seconds(BOOT) }).total }));
    const late = rto.filter((entry) => entry.guest.rto !== undefined && entry.estimate > entry.guest.rto);
    return {
      blueprint: BLUEPRINT,
      title: 'Backup strategy',
      summary: `${tool.options.find((option) => option.id === tool.choice.optionId)?.title}, ${cadence.decision.options.find((option) => option.id === cadence.id)?.title.toLowerCase()}, retention ${Object.entries(RETENTION).map(([bucket, count]) => `${count} ${bucket}`).join(' / ')} (${Math.round(retention / 1e9)} GB); second copy: ${copies.decision.options.find((option) => option.id === copies.decision.choice.optionId)?.title}. ${late.length === 0 ? 'Every critical guest restores within its RTO target.' : `${late.map((entry) => entry.guest.id).join(', ')} would miss the RTO target.`}`,
      decisions: [tool, cadence.decision, copies.decision],
      target: built.model,
      purchases: built.purchases,
      risks: [
        ...late.map((entry) => ({ id: `backup/rto-${entry.guest.id}`, description: `Restoring ${entry.guest.id} takes about ${formatDuration(seconds(entry.estimate))}, over its ${formatDuration(seconds(entry.guest.rto ?? 0))} RTO target.`, blastRadius: [entry.guest.id], mitigation: 'Keep it under HA with replication, or restore to faster storage.' })),
        { id: 'backup/untested-restores', description: 'A backup nobody has restored is a hope, not a backup.', blastRadius: guests.map((guest) => guest.id), mitigation: 'Restore one guest a month to a spare VMID and record the date (lastRestoreTest).' },
      ],
      validation: [
        ...rto.map((entry) => `${entry.guest.id}: restore estimate ${formatDuration(seconds(entry.estimate))} (detect 15 min + ${Math.round((entry.guest.disk ?? 0) / 1e9)} GB at ${Math.round(rate / 1e6)} Mbit/s + boot 5 min) against an RTO of ${entry.guest.rto !== undefined ? formatDuration(seconds(entry.guest.rto)) : 'none given'}`),
        'Monthly: restore one guest (rotating) to a spare VMID and boot it; quarterly: restore the largest critical guest end to end',
        'The PBS verify job reports no errors; the offsite copy is younger than one rotation',
      ],
      rollback: ['Re-enable the previous backup job; keep its backups until the new ones cover the retention'],
      assumptions: [
        ...purchaseAssumptions(context.prices, built.purchases),
        ...(scope.changeAssumed ? [{ id: `design/${BLUEPRINT}/daily-change`, text: `Guest data changing ${ASSUMED_DAILY_CHANGE * 100} % a day was assumed for retention storage (give changePerDay on the backup job).`, sources: [] }] : []),
        { id: `design/${BLUEPRINT}/rto-times`, text: `RTO estimates assume 15 min to notice and decide, no provisioning (the cluster is there) and 5 min to boot and check.`, sources: [] },
        { id: `design/${BLUEPRINT}/nas-data`, text: 'NAS data to protect is each NAS pool\'s used space minus its media and backup shares.', sources: [] },
      ],
      openQuestions: [],
      ...(tool.choice.optionId === 'pbs' && backupHost !== undefined ? { mappings: [{ item: `backups of ${guests.map((guest) => guest.id).join(', ')}`, from: existingJob?.target ?? 'none', to: 'pbs-local' }] } : {}),
    };
  },
});

function transformBackups(model: Model, guests: readonly Workload[], host: string | undefined, tool: string, cadence: Parameters<typeof scheduleText>[0], copy: CopyChoice, existing: BackupJob | undefined): { model: Model; purchases: Purchase[] } {
  if (tool !== 'pbs' || host === undefined) return { model, purchases: [] };
  let next = model;
  const hostEntity = model.hosts.find((candidate) => candidate.id === host);
  const pool = model.storage.zfs.find((candidate) => candidate.host === host);
  const pbsOnNas = hostEntity?.role === 'nas';
  const pbsId = pbsOnNas ? uniqueId(next, 'pbs') : host;
  if (pbsOnNas) {
    const memory = pbsMemory(bytes(existing?.size ?? 0));
    next = addEntity(next, 'workloads', { id: pbsId, name: 'Proxmox Backup Server', kind: 'vm', host, vcpu: 2, memory: bytes(Math.ceil(memory / 2 ** 30) * 2 ** 30), disk: 32e9, criticality: 'high', ha: false, dependsOn: [], vlans: hostEntity?.managementVlan ? [hostEntity.managementVlan] : [], servesInternet: false, needsInternet: false, source } as unknown as Workload);
  }
  const localId = uniqueId(next, 'pbs-local');
  next = addEntity(next, 'backups.targets', { id: localId, name: 'PBS datastore', kind: 'pbs', host: pbsId, ...(pool ? { pool: pool.id } : {}), offsite: false, media: 'disk', immutable: false, offline: false, source } as unknown as BackupTarget);
  next = addEntity(next, 'backups.jobs', { id: uniqueId(next, 'pbs-guests'), tool: 'pbs', sources: guests.map((guest) => guest.id), target: localId, schedule: schedule(scheduleText(cadence)), duration: existing?.duration ?? 3600, retention: RETENTION, encrypted: true, verify: true, ...(existing?.size !== undefined ? { size: existing.size } : {}), ...(existing?.changePerDay !== undefined ? { changePerDay: existing.changePerDay } : {}), source } as unknown as BackupJob);
  if (existing !== undefined) next = removeEntity(next, 'backups.jobs', existing.id);
  const purchases: Purchase[] = [];
  if (copy.kind === 'usb-rotation' || copy.kind === 'cloud') {
    const offsiteId = uniqueId(next, copy.kind === 'usb-rotation' ? 'usb-offsite' : 'cloud-offsite');
    next = addEntity(next, 'backups.targets', { id: offsiteId, name: copy.kind === 'usb-rotation' ? 'Rotated USB disks (PBS removable datastore)' : 'Object storage with object lock', kind: copy.kind === 'usb-rotation' ? 'usb' : 'cloud', ...(copy.kind === 'usb-rotation' ? { host: pbsId } : { provider: 'S3-compatible object storage' }), offsite: true, media: copy.kind === 'usb-rotation' ? 'disk' : 'cloud', immutable: copy.kind === 'cloud', offline: copy.kind === 'usb-rotation', source } as unknown as BackupTarget);
    const sources = [localId, ...(pool ? [pool.id] : [])];
    next = addEntity(next, 'backups.jobs', { id: uniqueId(next, 'offsite-copy'), tool: copy.kind === 'usb-rotation' ? 'pbs' : 'restic', sources, target: offsiteId, schedule: schedule(copy.kind === 'usb-rotation' ? 'weekly sun 10:00' : 'daily 05:00'), duration: 7200, retention: { weekly: 4, monthly: 12 }, encrypted: true, verify: true, source } as unknown as BackupJob);
    if (copy.kind === 'usb-rotation') purchases.push(purchase(copy.price, 2 * copy.tb, offsiteId));
  }
  return { model: next, purchases };
}
