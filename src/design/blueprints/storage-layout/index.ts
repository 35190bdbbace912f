/**
 * Blueprint storage-layout: how to lay out the disks at hand (free disks on a host, or an existing
 * pool as a what-if): mirrors vs RAIDZ1/2/3 (and Ceph on 3+ nodes), compared on usable capacity,
 * fault tolerance, relative IOPS, resilver time and expansion path; support vdevs (SLOG, special,
 * L2ARC) only when the workload justifies them.
 */
import { compareText } from '../../../intake/diagnostic.js';
import { addEntity, updateEntity } from '../../../model/collections.js';
import type { Disk, Model, ZfsPool } from '../../../model/types.js';
import { defineBlueprint, type Decision, type Design, type Option } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { matchKeywords, taskWords } from '../../keyword-match.js';
import { uniqueId } from '../../model-helpers.js';
import { BLUEPRINT, layoutDecision, type LayoutInput } from './layout-options.js';

interface Subject {
  readonly host: string;
  readonly disks: readonly Disk[];
  readonly pool?: ZfsPool;
}

/** Disks of `host` that no pool, array or OSD uses and that do not boot. */
function freeDisks(model: Model, host: string): Disk[] {
  const entity = model.hosts.find((candidate) => candidate.id === host);
  const used = new Set<string>();
  for (const pool of model.storage.zfs.filter((candidate) => candidate.host === host)) {
    for (const vdev of [...pool.vdevs, ...(pool.special ?? []), ...(pool.log ?? [])]) for (const disk of vdev.disks) used.add(disk);
    for (const disk of pool.cache ?? []) used.add(disk);
  }
  for (const array of model.storage.raid.filter((candidate) => candidate.host === host)) for (const disk of array.disks) used.add(disk);
  for (const ceph of model.storage.ceph) for (const osd of ceph.osds.filter((candidate) => candidate.host === host)) used.add(osd.disk);
  return (entity?.disks ?? []).filter((disk) => disk.boot !== true && !used.has(disk.id) && !used.has(disk.group));
}

/** What the task is about: a pool it names, else a host's free disks, else the pool with most disks. */
function pickSubject(model: Model, task: string): Subject | undefined {
  const words = new Set(taskWords(task));
  const poolDisks = (pool: ZfsPool): Disk[] => {
    const host = model.hosts.find((candidate) => candidate.id === pool.host);
    const ids = pool.vdevs.flatMap((vdev) => vdev.disks);
    return (host?.disks ?? []).filter((disk) => ids.includes(disk.id) || ids.includes(disk.group));
  };
  const named = model.storage.zfs.find((pool) => words.has(pool.id.toLowerCase()) || (pool.name !== undefined && words.has(pool.name.toLowerCase())));
  if (named) return { host: named.host, disks: poolDisks(named), pool: named };
  const withFree = model.hosts.map((host) => ({ host: host.id, disks: freeDisks(model, host.id) })).filter((entry) => entry.disks.length >= 2).sort((a, b) => b.disks.length - a.disks.length || compareText(a.host, b.host))[0];
  if (withFree) return withFree;
  const biggest = [...model.storage.zfs].sort((a, b) => poolDisks(b).length - poolDisks(a).length || compareText(a.id, b.id))[0];
  return biggest ? { host: biggest.host, disks: poolDisks(biggest), pool: biggest } : undefined;
}

function supportDecision(hdd: boolean, zvols: boolean, syncWrites: boolean): Decision {
  const make = (option: string) => optionFigures(BLUEPRINT, 'support', option, 'storage');
  const option = (id: string, title: string, justified: boolean, why: string, loss: string): Option => ({
    id,
    title,
    summary: why,
    figures: [make(id)('justified', { label: 'Justified by the workload', unit: 'boolean', value: justified, formula: why }), make(id)('loss', { label: 'If the device fails', unit: 'text', value: loss, formula: 'OpenZFS zpoolconcepts(7)' })],
    pros: [],
    cons: [],
    viable: justified,
    whyNot: justified ? [] : [why],
  });
  const options = [
    option('none', 'No support vdevs', true, 'the data disks serve everything', 'nothing'),
    option('slog', 'Mirrored SLOG on power-loss-protected SSDs', hdd && syncWrites, hdd && syncWrites ? 'sync writes (NFS/iSCSI for guests, databases) land on HDDs' : 'no sync-write workload on HDDs', 'the last seconds of sync writes if it dies with the host'),
    option('special', 'Mirrored special vdev for metadata and small blocks', hdd && zvols, hdd && zvols ? 'VM zvols with small blocks on HDDs' : 'no small-block workload on HDDs', 'the whole pool: it must be as redundant as the data vdevs'),
    option('l2arc', 'L2ARC read cache', false, 'only when the ARC hit rate is measured low (arc_summary) and more RAM is not an option', 'nothing (a cache)'),
  ];
  checkColumns([{ key: 'justified', label: 'Justified by the workload', unit: 'boolean', better: 'higher' }, { key: 'loss', label: 'If the device fails', unit: 'text', better: 'none' }], options);
  const chosen = options.find((entry) => entry.id === 'slog' && entry.viable) ?? options.find((entry) => entry.id === 'special' && entry.viable) ?? (options[0] as Option);
  return {
    id: 'support',
    question: 'Does the workload justify a SLOG, special vdev or L2ARC?',
    columns: [{ key: 'justified', label: 'Justified by the workload', unit: 'boolean', better: 'higher' }, { key: 'loss', label: 'If the device fails', unit: 'text', better: 'none' }],
    options,
    choice: {
      optionId: chosen.id,
      rationale:
        chosen.id === 'slog'
          ? 'Guests write synchronously to HDDs: a mirrored SLOG on power-loss-protected SSDs absorbs those writes.'
          : chosen.id === 'special'
            ? 'VM zvols put small blocks on HDDs: a mirrored special vdev (special_small_blocks) moves metadata and small blocks to SSD; it must be mirrored, since losing it loses the pool.'
            : 'No sync-write or small-block workload on HDDs, and no measured cache miss rate: support vdevs would add cost and failure modes for nothing.',
      cites: { rules: [], facts: chosen.figures.map((figure) => figure.fact.id) },
    },
  };
}

export const storageLayout = defineBlueprint({
  id: BLUEPRINT,
  title: 'Storage layout',
  summary: 'mirror vs RAIDZ1/2/3 (and Ceph) for the disks at hand: capacity, fault tolerance, IOPS, resilver, growth; SLOG/special/L2ARC when justified',
  example: 'Choose the ZFS layout for the four 8 TB disks in the NAS',
  keywords: [
    { term: 'raidz', synonyms: ['raidz1', 'raidz2', 'raidz3', 'raid-z'], weight: 3 },
    { term: 'vdev', synonyms: ['slog', 'l2arc', 'special vdev', 'zil'], weight: 3 },
    { term: 'storage layout', synonyms: ['pool layout', 'zfs layout', 'disk layout', 'lay out'], weight: 3 },
    { term: 'mirror', weight: 2 },
    { term: 'zfs', synonyms: ['zpool'], weight: 2 },
    { term: 'disk', synonyms: ['drive', 'hdd', 'ssd'], weight: 1 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model } = context;
    const subject = pickSubject(model, context.task);
    const base: Omit<Design, 'decisions' | 'target' | 'summary'> = { blueprint: BLUEPRINT, title: 'Storage layout', purchases: [], risks: [], validation: [], rollback: [], assumptions: [], openQuestions: [] };
    if (subject === undefined || subject.disks.length < 2) {
      return { ...base, summary: 'No host has two or more disks to lay out.', decisions: [], target: model, openQuestions: [{ id: `design/${BLUEPRINT}/no-disks`, text: 'Which disks should be laid out? Add them under the host\'s disks.' }] };
    }
    const randomIo = subject.pool !== undefined && model.workloads.some((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.storage === subject.pool?.id);
    const syncWrites = subject.pool !== undefined && model.clusters.proxmox.some((cluster) => cluster.sharedStorage.some((storage) => (storage.kind === 'nfs' || storage.kind === 'iscsi') && model.storage.shares.some((share) => share.id === storage.source && share.pool === subject.pool?.id)));
    const cluster = model.clusters.proxmox.find((candidate) => candidate.nodes.some((node) => node.host === subject.host));
    const current = subject.pool?.vdevs[0];
    const input: LayoutInput = {
      disks: subject.disks,
      ...(current !== undefined ? { current: { layout: current.layout, vdevs: subject.pool?.vdevs.length ?? 1 } } : {}),
      ...(subject.pool?.used !== undefined ? { used: subject.pool.used } : {}),
      ...(subject.pool?.growthPerMonth !== undefined ? { growthPerMonth: subject.pool.growthPerMonth } : {}),
      randomIo,
      clusterNodes: cluster?.nodes.length ?? 0,
    };
    const layout = layoutDecision(input);
    const zvols = subject.pool !== undefined && model.workloads.some((workload) => workload.kind === 'vm' && workload.storage === subject.pool?.id);
    const support = supportDecision(subject.disks[0]?.kind === 'hdd', zvols, syncWrites);
    const chosen = layout.chosen;
    let target = model;
    if (chosen !== undefined && subject.pool === undefined) {
      const id = uniqueId(model, `${subject.host}-data`);
      target = addEntity(model, 'storage.zfs', { id, host: subject.host, vdevs: chosen.vdevs.map((disks) => ({ layout: chosen.layout, disks: [...disks] })), ashift: 12, source: blueprintSource(BLUEPRINT) } as unknown as ZfsPool);
    } else if (chosen !== undefined && subject.pool !== undefined && chosen.layout !== current?.layout) {
      target = updateEntity<ZfsPool>(model, 'storage.zfs', subject.pool.id, (pool) => ({ ...pool, vdevs: chosen.vdevs.map((disks) => ({ layout: chosen.layout, disks: [...disks] })) }));
    }
    const chosenOption = layout.decision.options.find((option) => option.id === layout.decision.choice.optionId);
    const name = subject.pool?.id ?? `${subject.host}'s ${subject.disks.length} free disks`;
    return {
      ...base,
      summary: `${name}: ${chosenOption?.title ?? 'no layout'}${target === model ? ' (no change)' : ''}; support vdevs: ${support.choice.optionId}.`,
      decisions: [layout.decision, support],
      target,
      risks: chosenOption !== undefined && !chosenOption.viable ? [{ id: 'storage/layout-no-fit', description: `${name} cannot meet both the failure tolerance and a year of growth with these disks.`, blastRadius: [subject.pool?.id ?? subject.host], mitigation: 'Add disks (capacity-expansion) before the pool reaches its fill limit.' }] : [],
      validation: [`zpool status: the ${chosenOption?.title ?? ''} layout ONLINE; a scrub finishes without errors`],
      rollback: target === model ? [] : ['Until data is written: zpool destroy and recreate'],
      assumptions: [{ id: `design/${BLUEPRINT}/iops-model`, text: 'Relative IOPS follow Kestra\'s model (one disk per RAIDZ vdev, every disk of a mirror for reads); they rank layouts, they do not predict absolute IOPS.', sources: [] }],
    };
  },
});
