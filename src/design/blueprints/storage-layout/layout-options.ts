/**
 * The layout decision for a set of disks: mirrors, RAIDZ1/2/3 (and Ceph when the host is one of three
 * or more cluster nodes). Figures from the ZFS calculators: usable capacity (calc/zfs/zfs-usable-
 * capacity), fault tolerance (vdev-fault-tolerance), relative IOPS (relative-iops), resilver time
 * (resilver-estimate); the planning capacity against what the pool holds and will hold in a year.
 */
import { CEPH_DEFAULT_RATIOS } from '../../../calc/ceph/ceph-defaults.js';
import { cephUsable } from '../../../calc/ceph/ceph-pool-capacity.js';
import { DEFAULT_FILL_LIMIT } from '../../../calc/storage/fill-limit.js';
import { relativeRandomIops } from '../../../calc/zfs/relative-iops.js';
import { ASSUMED_RESILVER_RATE, resilverSeconds } from '../../../calc/zfs/resilver-estimate.js';
import { minimumVdevDisks, type ZfsVdevLayout } from '../../../calc/zfs/vdev-layout.js';
import { zfsPoolCapacity } from '../../../calc/zfs/zfs-usable-capacity.js';
import { formatBytes } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { Disk } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';

export const BLUEPRINT = 'storage-layout';
const RAIDZ_REFERENCE = 'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html';
/** Disks at or above this size get double parity: a second failure during a long resilver is likely enough. */
export const LARGE_DISK = 8e12;

export interface LayoutInput {
  readonly disks: readonly Disk[];
  /** The layout today (re-layout of an existing pool), if any. */
  readonly current?: { readonly layout: ZfsVdevLayout; readonly vdevs: number };
  /** Bytes the pool holds, and its growth per month. */
  readonly used?: number;
  readonly growthPerMonth?: number;
  /** Guests' disks (zvols) live on it: random I/O matters more than capacity. */
  readonly randomIo: boolean;
  /** Nodes of the cluster the host belongs to (Ceph needs ≥ 3). */
  readonly clusterNodes: number;
}

export interface Candidate {
  readonly id: string;
  readonly layout: ZfsVdevLayout;
  /** Disk ids per vdev. */
  readonly vdevs: readonly (readonly string[])[];
}

const columns: readonly Column[] = [
  { key: 'usable', label: 'Usable capacity', unit: 'bytes', better: 'higher' },
  { key: 'headroom', label: 'Planning capacity − data in a year', unit: 'bytes', better: 'higher' },
  { key: 'tolerance', label: 'Disks that may fail', unit: 'count', better: 'higher' },
  { key: 'read-iops', label: 'Random read IOPS (× one disk)', unit: 'count', better: 'higher' },
  { key: 'write-iops', label: 'Random write IOPS (× one disk)', unit: 'count', better: 'higher' },
  { key: 'resilver', label: 'Resilver of one disk', unit: 'seconds', better: 'lower' },
  { key: 'expansion', label: 'How it grows', unit: 'text', better: 'none' },
];

/** The layouts `disks` allow, in the order the table shows them. */
export function candidates(disks: readonly Disk[]): Candidate[] {
  const ids = disks.map((disk) => disk.id);
  const out: Candidate[] = [];
  if (ids.length >= 2 && ids.length % 2 === 0) out.push({ id: 'mirror', layout: 'mirror', vdevs: Array.from({ length: ids.length / 2 }, (_, index) => ids.slice(index * 2, index * 2 + 2)) });
  for (const layout of ['raidz1', 'raidz2', 'raidz3'] as const) if (ids.length >= minimumVdevDisks(layout) + 1) out.push({ id: layout, layout, vdevs: [ids] });
  return out;
}

const EXPANSION: Readonly<Record<ZfsVdevLayout, string>> = {
  stripe: 'add disks (no redundancy)',
  mirror: 'add a mirror pair; or replace both disks of a pair with larger ones',
  raidz1: 'attach one disk at a time (RAIDZ expansion, OpenZFS ≥ 2.3), add a same-width vdev, or replace every disk',
  raidz2: 'attach one disk at a time (RAIDZ expansion, OpenZFS ≥ 2.3), add a same-width vdev, or replace every disk',
  raidz3: 'attach one disk at a time (RAIDZ expansion, OpenZFS ≥ 2.3), add a same-width vdev, or replace every disk',
};

/** The layout decision for `input`. */
export function layoutDecision(input: LayoutInput): { readonly decision: Decision; readonly chosen?: Candidate } {
  const size = Math.min(...input.disks.map((disk) => disk.size));
  const kind = input.disks[0]?.kind ?? 'hdd';
  const yearOfData = (input.used ?? 0) + 12 * (input.growthPerMonth ?? 0);
  const minTolerance = size >= LARGE_DISK && kind === 'hdd' ? 2 : 1;
  const options: Option[] = candidates(input.disks).map((candidate) => {
    const capacity = zfsPoolCapacity(candidate.vdevs.map((vdev) => ({ layout: candidate.layout, diskSizes: vdev.map(() => bytes(size)) })), 12);
    const planning = capacity.usable * DEFAULT_FILL_LIMIT;
    const headroom = input.used === undefined ? null : planning - yearOfData;
    const iops = relativeRandomIops(capacity.vdevs.map((vdev) => ({ layout: vdev.layout, disks: vdev.disks })));
    const firstVdev = capacity.vdevs[0];
    const resilver = firstVdev === undefined ? 0 : resilverSeconds({ layout: firstVdev.layout, disks: firstVdev.disks, usedOnVdev: bytes((input.used ?? capacity.usable * DEFAULT_FILL_LIMIT) * (firstVdev.dspace / capacity.dspace)), deflateRatio: firstVdev.deflateRatio, diskRate: ASSUMED_RESILVER_RATE[kind] });
    const make = optionFigures(BLUEPRINT, 'layout', candidate.id, 'storage');
    const whyNot = [
      ...(capacity.faultTolerance < minTolerance ? [`tolerates ${capacity.faultTolerance} disk failure; ${formatBytes(bytes(size))} ${kind.toUpperCase()}s resilver for ${Math.round(resilver / 3600)} h, so a second failure must be survivable [storage/raidz1-large-disks]`] : []),
      ...(headroom !== null && headroom < 0 ? [`${formatBytes(bytes(planning))} planning capacity holds less than the ${formatBytes(bytes(yearOfData))} expected in a year [storage/pool-above-fill-limit]`] : []),
    ];
    return {
      id: candidate.id,
      title: `${candidate.vdevs.length > 1 ? `${candidate.vdevs.length} × ` : ''}${candidate.layout} of ${candidate.vdevs[0]?.length}`,
      summary: candidate.vdevs.map((vdev) => vdev.join(' ')).join(' | '),
      figures: [
        make('usable', { label: 'Usable capacity', unit: 'bytes', value: capacity.usable, formula: 'Σ vdev dspace − slop (ashift 12)', inputs: [{ name: 'disks', value: input.disks.length, unit: 'count' }, { name: 'disk size', value: size, unit: 'bytes' }], reference: RAIDZ_REFERENCE, calculator: 'calc/zfs/zfs-usable-capacity' }),
        make('headroom', { label: 'Planning capacity − data in a year', unit: 'bytes', value: headroom, formula: 'usable × 80 % − (used + 12 × growth per month)', inputs: [{ name: 'used', value: input.used ?? null, unit: 'bytes' }, { name: 'growth per month', value: input.growthPerMonth ?? 0, unit: 'bytes' }], question: 'No data is on these disks yet; the whole planning capacity is free.' }),
        make('tolerance', { label: 'Disks that may fail', unit: 'count', value: capacity.faultTolerance, formula: 'weakest vdev: mirror n − 1, RAIDZ-p p', calculator: 'calc/zfs/vdev-fault-tolerance' }),
        make('read-iops', { label: 'Random read IOPS (× one disk)', unit: 'count', value: iops.read, formula: 'mirror: every disk; RAIDZ: one disk per vdev (engine model)', calculator: 'calc/zfs/relative-iops' }),
        make('write-iops', { label: 'Random write IOPS (× one disk)', unit: 'count', value: iops.write, formula: 'one disk per top-level vdev (engine model)', calculator: 'calc/zfs/relative-iops' }),
        make('resilver', { label: 'Resilver of one disk', unit: 'seconds', value: resilver, formula: 'bytes on one disk / sustained disk rate', inputs: [{ name: 'disk rate', value: ASSUMED_RESILVER_RATE[kind], unit: 'bytes-per-second', assumed: true }], calculator: 'calc/zfs/resilver-estimate' }),
        make('expansion', { label: 'How it grows', unit: 'text', value: EXPANSION[candidate.layout], formula: 'zpool-add(8), zpool-attach(8)' }),
      ],
      pros: candidate.layout === 'mirror' ? ['Most random IOPS, fastest resilver, grows two disks at a time'] : [`Most capacity per disk at ${candidate.layout.slice(-1)} parity`],
      cons: candidate.layout === 'mirror' ? ['Half the raw capacity', 'Losing both disks of one pair loses the pool'] : ['Random IOPS of one disk per vdev', 'Small blocks (zvols) waste space to padding'],
      viable: whyNot.length === 0,
      whyNot,
    };
  });
  if (input.clusterNodes > 0) {
    const make = optionFigures(BLUEPRINT, 'layout', 'ceph', 'storage');
    const raw = size * input.disks.length * Math.max(1, input.clusterNodes);
    options.push({
      id: 'ceph',
      title: `Ceph across ${input.clusterNodes} nodes`,
      summary: 'The same disks as OSDs on every node, size 3.',
      figures: [
        make('usable', { label: 'Usable capacity', unit: 'bytes', value: cephUsable(bytes(raw), CEPH_DEFAULT_RATIOS.full, { kind: 'replicated', size: 3 }), formula: 'raw of all nodes × 0.95 / 3', calculator: 'calc/ceph/ceph-pool-capacity' }),
        make('headroom', { label: 'Planning capacity − data in a year', unit: 'bytes', value: null, formula: 'Ceph plans to nearfull, per pool', question: 'Ceph capacity is planned per pool against nearfull.' }),
        make('tolerance', { label: 'Disks that may fail', unit: 'count', value: 2, formula: 'size 3: two copies may be lost (writes need min_size 2)' }),
        make('read-iops', { label: 'Random read IOPS (× one disk)', unit: 'count', value: input.disks.length * input.clusterNodes, formula: 'every OSD serves reads' }),
        make('write-iops', { label: 'Random write IOPS (× one disk)', unit: 'count', value: (input.disks.length * input.clusterNodes) / 3, formula: 'every write lands on three OSDs' }),
        make('resilver', { label: 'Resilver of one disk', unit: 'seconds', value: null, formula: 'backfill spreads over every OSD', question: 'Ceph backfill time depends on the cluster network and load.' }),
        make('expansion', { label: 'How it grows', unit: 'text', value: 'add OSDs or nodes', formula: 'pveceph osd create' }),
      ],
      pros: ['Survives a whole node', 'Shared by every node'],
      cons: ['Needs 3+ nodes and 10GbE', 'A third of the raw capacity'],
      viable: input.clusterNodes >= 3,
      whyNot: input.clusterNodes >= 3 ? [] : [`Ceph needs at least 3 nodes; the cluster has ${input.clusterNodes} [storage/ceph-fewer-than-three-nodes]`],
    });
  }
  checkColumns(columns, options);
  const usable = (option: Option) => Number(option.figures.find((figure) => figure.column === 'usable')?.fact.value ?? 0);
  const tolerance = (option: Option) => Number(option.figures.find((figure) => figure.column === 'tolerance')?.fact.value ?? 0);
  const zfsViable = options.filter((option) => option.viable && option.id !== 'ceph');
  const currentOption = input.current === undefined ? undefined : options.find((option) => option.id === (input.current?.layout ?? ''));
  const floor = Math.max(minTolerance, currentOption !== undefined ? tolerance(currentOption) : 0);
  const eligible = zfsViable.filter((option) => tolerance(option) >= floor);
  const preferred = input.randomIo ? eligible.find((option) => option.id === 'mirror') ?? eligible[0] : [...eligible].sort((a, b) => usable(b) - usable(a) || tolerance(b) - tolerance(a))[0];
  const chosen = currentOption !== undefined && eligible.includes(currentOption) ? currentOption : (preferred ?? currentOption ?? options[0]);
  const rationale =
    chosen === undefined
      ? 'No layout is possible with these disks.'
      : chosen === currentOption && !chosen.viable
        ? `No layout of these disks both survives ${minTolerance} disk failure${minTolerance > 1 ? 's' : ''} and holds a year of data; rebuilding would not help. Keep ${chosen.id} and add disks (capacity-expansion) instead.`
        : chosen === currentOption
          ? `The current ${chosen.id} already meets the rules (tolerates ${tolerance(chosen)}, holds a year of data); a rebuild would cost a full copy out and back for nothing.`
          : `${chosen.title} ${input.randomIo ? 'gives guests the most random IOPS' : 'gives the most capacity'} among layouts that tolerate ${floor} failed disk${floor > 1 ? 's' : ''}${size >= LARGE_DISK ? ` (${formatBytes(bytes(size))} disks: double parity) [storage/raidz1-large-disks]` : ''} and hold a year of data.`;
  const candidate = chosen === undefined ? undefined : candidates(input.disks).find((entry) => entry.id === chosen.id);
  return {
    decision: { id: 'layout', question: `How should the ${input.disks.length} disks be laid out?`, columns, options, choice: { optionId: chosen?.id ?? 'none', rationale, cites: { rules: ['storage/raidz1-large-disks', 'storage/pool-above-fill-limit'], facts: chosen?.figures.map((figure) => figure.fact.id) ?? [] } } },
    ...(candidate !== undefined ? { chosen: candidate } : {}),
  };
}
