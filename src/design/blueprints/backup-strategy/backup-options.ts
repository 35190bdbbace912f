/**
 * The three decisions of a backup strategy, each over computed figures:
 * - the tool (Proxmox Backup Server, restic/borg, ZFS send/receive with sanoid/syncoid): retention
 *   storage (calc/backup/retention-storage), memory (PBS rule), what restores look like;
 * - the schedule, the least frequent one whose worst-case RPO (calc/backup/recovery-point) meets every
 *   protected workload's RPO target;
 * - the second/offsite copy (rotated offline USB disks, object storage with object lock, a second PBS
 *   offsite), judged by 3-2-1 and 3-2-1-1-0 (calc/backup/three-two-one), seed time over the uplink
 *   (calc/network) and cost.
 */
import { backupRpo } from '../../../calc/backup/recovery-point.js';
import { retentionStorage, type RetentionPolicy } from '../../../calc/backup/retention-storage.js';
import { evaluateThreeTwoOne, evaluateThreeTwoOneOneZero } from '../../../calc/backup/three-two-one.js';
import { pbsMemory } from '../../../calc/compute/host-memory-rules.js';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { transferTime } from '../../../calc/network/transfer-time.js';
import { formatDuration } from '../../../intake/units/index.js';
import { bitsPerSecond, bytes, seconds, TB } from '../../../model/quantities.js';
import type { Column, Decision, DesignContext, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';

export const BLUEPRINT = 'backup-strategy';
export const RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 6 };

export interface BackupScope {
  /** Bytes of one full backup of the guests. */
  readonly guestBytes: number;
  /** Guest data changed per day (the spec's, else 2 % of the full, assumed). */
  readonly changePerDay: number;
  readonly changeAssumed: boolean;
  /** Bytes of NAS data to protect (pools minus media and backup shares). */
  readonly dataBytes: number;
  /** Tightest RPO target among the protected workloads, seconds. */
  readonly rpoTarget?: number;
  /** Duration of one backup run, seconds. */
  readonly runDuration: number;
  readonly wanUp?: number;
}

export type CopyChoice = { readonly kind: 'usb-rotation'; readonly price: PriceEntry; readonly tb: number } | { readonly kind: 'cloud'; readonly price: PriceEntry; readonly tb: number } | { readonly kind: 'offsite-pbs'; readonly price: PriceEntry } | { readonly kind: 'none' };

const schedules = [
  { id: 'daily', title: 'Daily at 02:00', text: 'daily 02:00', gap: 86_400 },
  { id: 'every-6h', title: 'Every 6 hours', text: 'every 6h', gap: 21_600 },
  { id: 'hourly', title: 'Hourly', text: 'hourly', gap: 3_600 },
] as const;
export type ScheduleId = (typeof schedules)[number]['id'];
export const scheduleText = (id: ScheduleId): string => schedules.find((entry) => entry.id === id)?.text ?? 'daily 02:00';

/** The tool decision. `pbsHost` is where PBS would run (undefined: nowhere). */
export function toolDecision(scope: BackupScope, pbsHost: string | undefined, hypervisors: boolean): Decision {
  const retention = retentionStorage({ model: 'incremental', policy: RETENTION, fullSize: bytes(scope.guestBytes), changePerDay: bytes(scope.changePerDay), runInterval: seconds(86_400) });
  const columns: Column[] = [
    { key: 'storage', label: 'Retention storage', unit: 'bytes', better: 'lower' },
    { key: 'memory', label: 'Memory of the backup server', unit: 'bytes', better: 'lower' },
    { key: 'restore', label: 'Restore granularity', unit: 'text', better: 'none' },
    { key: 'verify', label: 'Built-in verification', unit: 'boolean', better: 'higher' },
  ];
  const storageFigure = (make: ReturnType<typeof optionFigures>) =>
    make('storage', { label: 'Retention storage', unit: 'bytes', value: retention.storage, formula: `one full + changes per retained point (${Object.entries(RETENTION).map(([bucket, count]) => `${count} ${bucket}`).join(', ')})`, inputs: [{ name: 'full', value: scope.guestBytes, unit: 'bytes' }, { name: 'change per day', value: scope.changePerDay, unit: 'bytes', ...(scope.changeAssumed ? { assumed: true } : {}) }], calculator: 'calc/backup/retention-storage' });
  const option = (id: string, title: string, memory: number, restore: string, verify: boolean, viable: boolean, whyNot: string[], pros: string[], cons: string[]): Option => {
    const make = optionFigures(BLUEPRINT, 'tool', id, 'backup');
    return {
      id,
      title,
      summary: restore,
      figures: [storageFigure(make), make('memory', { label: 'Memory of the backup server', unit: 'bytes', value: memory, formula: id === 'pbs' ? '4 GiB + 1 GiB per TiB of datastore' : 'no server daemon', ...(id === 'pbs' ? { calculator: 'calc/compute/host-memory-rules' } : {}) }), make('restore', { label: 'Restore granularity', unit: 'text', value: restore, formula: 'tool capability' }), make('verify', { label: 'Built-in verification', unit: 'boolean', value: verify, formula: 'tool capability' })],
      pros,
      cons,
      viable,
      whyNot,
    };
  };
  const options = [
    option('pbs', `Proxmox Backup Server${pbsHost ? ` on ${pbsHost}` : ''}`, pbsMemory(bytes(retention.storage)), 'whole guest, single disk or single file', true, pbsHost !== undefined && hypervisors, [...(hypervisors ? [] : ['No Proxmox VE hosts to back up']), ...(pbsHost ? [] : ['No host outside the cluster can run it'])], ['Incremental with dirty bitmaps, deduplicated, encrypted client-side', 'Verify jobs, sync jobs to another datastore or a removable disk'], ['Needs a host of its own (not a guest of the cluster it protects)']),
    option('restic', 'restic (or borg) file-level backups', 0, 'files and directories', true, true, [], ['Works for any host and any S3 storage, with object lock'], ['Guest-unaware: databases need dumps first', 'Restoring a whole VM means rebuilding it']),
    option('zfs-send', 'ZFS send/receive (sanoid/syncoid)', 0, 'whole datasets and zvols (snapshots)', false, true, [], ['Block-level, cheap incrementals', 'Replicas can be mounted at once'], ['Needs ZFS on the receiving side', 'No deduplication or encryption beyond ZFS native encryption']),
  ];
  checkColumns(columns, options);
  const chosen = options.find((entry) => entry.viable) as Option;
  return {
    id: 'tool',
    question: 'Which tool takes the backups?',
    columns,
    options,
    choice: { optionId: chosen.id, rationale: chosen.id === 'pbs' ? `The guests run on Proxmox VE: PBS backs them up guest-aware, incrementally (dirty bitmaps), deduplicated and encrypted, verifies what it stores, and syncs to a second datastore for the other copies; its datastore needs ${Math.round(retention.storage / 1e9)} GB for the retention.` : `${chosen.title} fits what runs here.`, cites: { rules: ['backup/no-backup'], facts: chosen.figures.map((figure) => figure.fact.id) } },
  };
}

/** The schedule decision: the least frequent schedule that meets the tightest RPO target. */
export function scheduleDecision(scope: BackupScope): { readonly decision: Decision; readonly id: ScheduleId } {
  const columns: Column[] = [
    { key: 'rpo', label: 'Worst-case data loss (RPO)', unit: 'seconds', better: 'lower' },
    { key: 'meets', label: 'Meets every RPO target', unit: 'boolean', better: 'higher' },
    { key: 'runs', label: 'Runs per day', unit: 'count', better: 'lower' },
  ];
  const options: Option[] = schedules.map((entry) => {
    const rpo = backupRpo({ longestGap: seconds(entry.gap), duration: seconds(scope.runDuration) });
    const meets = scope.rpoTarget === undefined || rpo <= scope.rpoTarget;
    const make = optionFigures(BLUEPRINT, 'schedule', entry.id, 'backup');
    return {
      id: entry.id,
      title: entry.title,
      summary: entry.text,
      figures: [
        make('rpo', { label: 'Worst-case data loss (RPO)', unit: 'seconds', value: rpo, formula: 'longest gap between runs + run duration', inputs: [{ name: 'gap', value: entry.gap, unit: 'seconds' }, { name: 'run duration', value: scope.runDuration, unit: 'seconds' }], calculator: 'calc/backup/recovery-point' }),
        make('meets', { label: 'Meets every RPO target', unit: 'boolean', value: meets, formula: 'RPO ≤ tightest target of the protected workloads', inputs: [{ name: 'tightest target', value: scope.rpoTarget ?? null, unit: 'seconds' }] }),
        make('runs', { label: 'Runs per day', unit: 'count', value: 86_400 / entry.gap, formula: '24 h / gap' }),
      ],
      pros: entry.id === 'daily' ? ['One quiet run at night'] : ['Less data lost'],
      cons: entry.id === 'daily' ? [] : ['More runs during the day'],
      viable: meets,
      whyNot: meets ? [] : [`RPO ${formatDuration(rpo)} exceeds the ${formatDuration(seconds(scope.rpoTarget ?? 0))} target [backup/rpo-not-met]`],
    };
  });
  checkColumns(columns, options);
  const chosen = options.find((entry) => entry.viable) ?? (options[options.length - 1] as Option);
  return {
    decision: { id: 'schedule', question: 'How often do the backups run?', columns, options, choice: { optionId: chosen.id, rationale: `${chosen.title} is the least frequent schedule whose worst-case loss meets the tightest RPO target${scope.rpoTarget !== undefined ? ` (${formatDuration(seconds(scope.rpoTarget))})` : ''}.`, cites: { rules: ['backup/rpo-not-met'], facts: chosen.figures.map((figure) => figure.fact.id) } } },
    id: chosen.id as ScheduleId,
  };
}

/** The second/offsite copy decision. */
export function copyDecision(context: DesignContext, scope: BackupScope, retentionBytes: number, verified: boolean): { readonly decision: Decision; readonly choice: CopyChoice } {
  const { prices, intent, model } = context;
  const tb = Math.max(1, Math.ceil(((retentionBytes + scope.dataBytes) * 1.25) / TB));
  const usb = prices.price('usb-disk-per-tb');
  const cloud = prices.price('cloud-storage-tb-year');
  const pbsBox = prices.price('pbs-box');
  const seed = scope.wanUp === undefined ? null : transferTime(bytes(retentionBytes + scope.dataBytes), tcpGoodput(bitsPerSecond(scope.wanUp)));
  const budget = model.constraints.budget;
  const columns: Column[] = [
    { key: 'copies', label: 'Copies', unit: 'count', better: 'higher' },
    { key: 'offsite', label: 'Offsite copies', unit: 'count', better: 'higher' },
    { key: 'immutable', label: 'Offline or immutable copies', unit: 'count', better: 'higher' },
    { key: 'rule', label: '3-2-1 met', unit: 'boolean', better: 'higher' },
    { key: 'rule-plus', label: '3-2-1-1-0 met', unit: 'boolean', better: 'higher' },
    { key: 'seed', label: 'First copy over the uplink', unit: 'seconds', better: 'lower' },
    { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
    { key: 'yearly', label: 'Yearly cost', unit: 'money', better: 'lower' },
  ];
  const defs = [
    { id: 'usb-rotation', title: `Two rotated ${tb} TB USB disks, one always offsite`, copies: 3, media: 2, offsite: 1, immutable: 1, seed: null, cost: 2 * tb * usb.price.amount, yearly: 0, currency: usb.price.currency, note: usb.note },
    { id: 'cloud', title: 'Object storage with object lock (restic)', copies: 3, media: 2, offsite: 1, immutable: 1, seed, cost: 0, yearly: tb * cloud.price.amount, currency: cloud.price.currency, note: cloud.note },
    { id: 'offsite-pbs', title: 'A second PBS at another site (pull sync)', copies: 3, media: 2, offsite: 1, immutable: 0, seed, cost: pbsBox.price.amount + tb * prices.price('hdd-per-tb').price.amount, yearly: 0, currency: pbsBox.price.currency, note: pbsBox.note },
    { id: 'none', title: 'Local backups only', copies: 2, media: 2, offsite: 0, immutable: 0, seed: null, cost: 0, yearly: 0, currency: usb.price.currency, note: '' },
  ];
  const options: Option[] = defs.map((def) => {
    const census = { copies: def.copies, media: def.media, offsite: def.offsite, immutable: def.immutable, verified };
    const base = evaluateThreeTwoOne(census);
    const plus = evaluateThreeTwoOneOneZero(census);
    const make = optionFigures(BLUEPRINT, 'copies', def.id, 'backup');
    const overBudget = budget !== undefined && budget.currency === def.currency && def.cost > budget.amount;
    const whyNot = [...base.shortfalls.map((shortfall) => `3-2-1: ${shortfall} [backup/no-offsite-copy]`), ...(intent.immutable ? plus.shortfalls.filter((shortfall) => !base.shortfalls.includes(shortfall)).map((shortfall) => `3-2-1-1-0: ${shortfall} [backup/no-immutable-copy]`) : []), ...(overBudget ? [`costs ${def.cost} ${def.currency}, over the budget`] : [])];
    return {
      id: def.id,
      title: def.title,
      summary: def.note,
      figures: [
        make('copies', { label: 'Copies', unit: 'count', value: def.copies, formula: 'primary + local backup + this copy' }),
        make('offsite', { label: 'Offsite copies', unit: 'count', value: def.offsite, formula: 'copies at another site' }),
        make('immutable', { label: 'Offline or immutable copies', unit: 'count', value: def.immutable, formula: 'unplugged disk or object lock' }),
        make('rule', { label: '3-2-1 met', unit: 'boolean', value: base.passes, formula: '3 copies, 2 media, 1 offsite', calculator: 'calc/backup/three-two-one' }),
        make('rule-plus', { label: '3-2-1-1-0 met', unit: 'boolean', value: plus.passes, formula: '3-2-1 + 1 offline/immutable + 0 verify errors', calculator: 'calc/backup/three-two-one' }),
        make('seed', { label: 'First copy over the uplink', unit: 'seconds', value: def.seed, formula: 'bytes × 8 / TCP goodput of the upload', calculator: 'calc/network/transfer-time', question: def.id === 'none' || def.id === 'usb-rotation' ? 'Nothing crosses the uplink.' : 'The WAN upload rate is not given.' }),
        make('cost', { label: 'Purchase cost', unit: 'money', value: def.cost, currency: def.currency, formula: def.id === 'usb-rotation' ? `2 × ${tb} TB × ${usb.item}` : def.id === 'offsite-pbs' ? `${pbsBox.item} + ${tb} TB of disk` : 'nothing to buy' }),
        make('yearly', { label: 'Yearly cost', unit: 'money', value: def.yearly, currency: def.currency, formula: def.id === 'cloud' ? `${tb} TB × ${cloud.item}` : 'none' }),
      ],
      pros: def.id === 'usb-rotation' ? ['Offline when unplugged: ransomware cannot reach it', 'No uplink needed'] : def.id === 'cloud' ? ['No one has to carry disks', 'Object lock makes it immutable'] : def.id === 'offsite-pbs' ? ['Guest-aware restores at the other site'] : [],
      cons: def.id === 'usb-rotation' ? ['Someone has to swap the disks weekly: the offsite copy is up to a week old'] : def.id === 'cloud' ? ['Restoring everything takes the download time', 'A recurring bill'] : def.id === 'offsite-pbs' ? ['A second box to run and patch', 'Not immutable unless the remote side enforces it'] : ['A fire, theft or ransomware takes every copy'],
      viable: whyNot.length === 0,
      whyNot,
    };
  });
  checkColumns(columns, options);
  const costOf = (option: Option) => Number(option.figures.find((figure) => figure.column === 'cost')?.fact.value ?? 0) + Number(option.figures.find((figure) => figure.column === 'yearly')?.fact.value ?? 0);
  const chosen = [...options.filter((option) => option.viable)].sort((a, b) => costOf(a) - costOf(b))[0] ?? (options[3] as Option);
  const choice: CopyChoice = chosen.id === 'usb-rotation' ? { kind: 'usb-rotation', price: usb, tb } : chosen.id === 'cloud' ? { kind: 'cloud', price: cloud, tb } : chosen.id === 'offsite-pbs' ? { kind: 'offsite-pbs', price: pbsBox } : { kind: 'none' };
  return {
    decision: { id: 'copies', question: 'Where do the second and the offsite copies live?', columns, options, choice: { optionId: chosen.id, rationale: `${chosen.title} is the cheapest option (purchase plus one year) that meets 3-2-1${intent.immutable ? '-1-0' : ''} for ${tb} TB (retention plus data, with 25 % headroom).`, cites: { rules: ['backup/no-offsite-copy', 'backup/no-immutable-copy'], facts: chosen.figures.map((figure) => figure.fact.id) } } },
    choice,
  };
}
