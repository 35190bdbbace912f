/**
 * Blueprint capacity-expansion: when does a pool reach its fill limit (80 % by default) at its growth
 * rate (calc/storage/fill-forecast), and which way of growing it is cheapest per usable TB while
 * lasting the planning horizon: add a vdev like the existing one, replace every disk with larger
 * ones, or widen a RAIDZ vdev (RAIDZ expansion, OpenZFS ≥ 2.3). Disk prices are the user's or stated
 * assumptions per TB; bays are not in the spec, so they are asked about.
 */
import { isNumericFact } from '../../../analyze/fact.js';
import { DEFAULT_FILL_LIMIT } from '../../../calc/storage/fill-limit.js';
import { daysToFillLimit } from '../../../calc/storage/fill-forecast.js';
import { isAtLeast, parseOpenZfsVersion } from '../../../calc/zfs/openzfs-version.js';
import { isRaidz } from '../../../calc/zfs/vdev-layout.js';
import { zfsPoolCapacity } from '../../../calc/zfs/zfs-usable-capacity.js';
import { compareText } from '../../../intake/diagnostic.js';
import { formatBytes } from '../../../intake/units/index.js';
import { updateEntity } from '../../../model/collections.js';
import { bytes, TB } from '../../../model/quantities.js';
import type { Disk, Host, ZfsPool } from '../../../model/types.js';
import { defineBlueprint, type Column, type Decision, type Design, type Option } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { matchKeywords, taskWords } from '../../keyword-match.js';
import { purchase } from '../../purchase.js';

const BLUEPRINT = 'capacity-expansion';
/** Months of growth an expansion should absorb before the next one. */
export const HORIZON_MONTHS = 24;
/** Disk sizes offered when replacing, bytes. */
const SIZES = [4, 8, 12, 16, 20, 24].map((tb) => tb * TB);

const columns: readonly Column[] = [
  { key: 'usable', label: 'Usable capacity after', unit: 'bytes', better: 'higher' },
  { key: 'days', label: 'Days to the fill limit after', unit: 'days', better: 'higher' },
  { key: 'disks', label: 'Disks to buy', unit: 'count', better: 'lower' },
  { key: 'cost', label: 'Cost', unit: 'money', better: 'lower' },
  { key: 'per-tb', label: 'Cost per usable TB added', unit: 'money', better: 'lower' },
];

interface Plan {
  readonly id: string;
  readonly title: string;
  readonly vdevs: readonly { readonly layout: ZfsPool['vdevs'][number]['layout']; readonly sizes: readonly number[] }[];
  readonly newDisks: number;
  readonly newSize: number;
  readonly blocked?: string;
}

export const capacityExpansion = defineBlueprint({
  id: BLUEPRINT,
  title: 'Capacity expansion',
  summary: 'forecast to the 80 % line; add a vdev, replace disks, RAIDZ expansion: cost per usable TB',
  example: 'tank is filling up: plan the capacity expansion',
  keywords: [
    { term: 'capacity', synonyms: ['capacity planning', 'running out of space', 'filling up', 'full'], weight: 3 },
    { term: 'expand', synonyms: ['expansion', 'grow', 'more space', 'add disks', 'bigger disks'], weight: 3 },
    { term: 'forecast', synonyms: ['growth'], weight: 2 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model, analysis, prices } = context;
    const words = new Set(taskWords(context.task));
    const days = (pool: ZfsPool) => {
      const fact = analysis.byId.get(`storage/${pool.id}/days-to-fill-limit`);
      return isNumericFact(fact) ? fact.value : Number.POSITIVE_INFINITY;
    };
    const pool = model.storage.zfs.find((candidate) => words.has(candidate.id.toLowerCase())) ?? [...model.storage.zfs].filter((candidate) => candidate.used !== undefined).sort((a, b) => days(a) - days(b) || compareText(a.id, b.id))[0];
    const base = { blueprint: BLUEPRINT, title: 'Capacity expansion', purchases: [], risks: [], validation: [], rollback: [], assumptions: [] } as const;
    if (pool === undefined || pool.used === undefined) return { ...base, summary: 'No ZFS pool with a known used space to forecast.', decisions: [], target: model, openQuestions: [{ id: `design/${BLUEPRINT}/no-pool`, text: 'Which pool is filling up? Give its used space and growth per month.' }] };
    const host = model.hosts.find((candidate) => candidate.id === pool.host) as Host;
    const diskOf = (id: string): Disk[] => host.disks.filter((disk) => disk.id === id || disk.group === id);
    const vdevs = pool.vdevs.map((vdev) => ({ layout: vdev.layout, disks: vdev.disks.flatMap(diskOf) }));
    const kind = vdevs[0]?.disks[0]?.kind ?? 'hdd';
    const size = Math.min(...vdevs.flatMap((vdev) => vdev.disks.map((disk) => disk.size)));
    const perTb = prices.price(`${kind}-per-tb`);
    const growth = pool.growthPerMonth ?? 0;
    const limit = pool.fillLimit ?? DEFAULT_FILL_LIMIT;
    const usableNow = analysis.byId.get(`storage/${pool.id}/usable`);
    const now = isNumericFact(usableNow) ? usableNow.value : 0;
    const version = host.zfsVersion === undefined ? undefined : parseOpenZfsVersion(host.zfsVersion);
    const bigger = SIZES.find((candidate) => candidate >= size * 2) ?? size * 2;
    const width = vdevs[0]?.disks.length ?? 0;
    const plans: Plan[] = [
      { id: 'add-vdev', title: `Add a ${vdevs[0]?.layout} vdev of ${width} × ${formatBytes(bytes(size))}`, vdevs: [...vdevs.map((vdev) => ({ layout: vdev.layout, sizes: vdev.disks.map((disk) => disk.size) })), { layout: vdevs[0]?.layout ?? 'mirror', sizes: Array.from({ length: width }, () => size) }], newDisks: width, newSize: size },
      { id: 'replace-disks', title: `Replace every disk with ${formatBytes(bytes(bigger))}`, vdevs: vdevs.map((vdev) => ({ layout: vdev.layout, sizes: vdev.disks.map(() => bigger) })), newDisks: vdevs.reduce((sum, vdev) => sum + vdev.disks.length, 0), newSize: bigger },
      ...(vdevs.length === 1 && isRaidz(vdevs[0]?.layout ?? 'mirror')
        ? [
            {
              id: 'raidz-expansion',
              title: `Widen the ${vdevs[0]?.layout} vdev by 2 disks (RAIDZ expansion)`,
              vdevs: [{ layout: vdevs[0]?.layout ?? 'raidz1', sizes: Array.from({ length: width + 2 }, () => size) }],
              newDisks: 2,
              newSize: size,
              ...(version !== undefined && isAtLeast(version, 2, 3) ? {} : { blocked: `RAIDZ expansion needs OpenZFS 2.3; ${host.id} runs ${host.zfsVersion ?? 'an unknown version'}` }),
            },
          ]
        : []),
    ];
    const options: Option[] = plans.map((plan) => {
      const capacity = zfsPoolCapacity(plan.vdevs.map((vdev) => ({ layout: vdev.layout, diskSizes: vdev.sizes.map(bytes) })), pool.ashift ?? 12);
      const left = daysToFillLimit(bytes(pool.used as number), capacity.usable, limit, bytes(growth));
      const cost = Math.round(plan.newDisks * (plan.newSize / TB) * perTb.price.amount * 100) / 100;
      const added = (capacity.usable - now) / TB;
      const make = optionFigures(BLUEPRINT, 'expansion', plan.id, 'storage');
      const horizonDays = HORIZON_MONTHS * 30;
      const budget = model.constraints.budget;
      const whyNot = [
        ...(plan.blocked ? [plan.blocked] : []),
        ...(left !== 'never' && left < horizonDays ? [`lasts ${Math.round(left)} days, less than the ${HORIZON_MONTHS}-month horizon`] : []),
        ...(budget !== undefined && budget.currency === perTb.price.currency && cost > budget.amount ? [`costs ${cost} ${budget.currency}, over the budget of ${budget.amount} ${budget.currency}`] : []),
      ];
      return {
        id: plan.id,
        title: plan.title,
        summary: `${plan.newDisks} × ${formatBytes(bytes(plan.newSize))}`,
        figures: [
          make('usable', { label: 'Usable capacity after', unit: 'bytes', value: capacity.usable, formula: 'Σ vdev dspace − slop', calculator: 'calc/zfs/zfs-usable-capacity' }),
          make('days', { label: 'Days to the fill limit after', unit: 'days', value: left === 'never' ? null : Math.round(left), formula: '(usable × fill limit − used) / (growth per month / 30)', inputs: [{ name: 'used', value: pool.used ?? null, unit: 'bytes' }, { name: 'growth per month', value: growth, unit: 'bytes' }], calculator: 'calc/storage/fill-forecast', question: 'The pool does not grow (no growthPerMonth), so it never reaches the limit.' }),
          make('disks', { label: 'Disks to buy', unit: 'count', value: plan.newDisks, formula: 'new disks' }),
          make('cost', { label: 'Cost', unit: 'money', value: cost, currency: perTb.price.currency, formula: `disks × TB × ${perTb.item} (${perTb.note})` }),
          make('per-tb', { label: 'Cost per usable TB added', unit: 'money', value: added > 0 ? Math.round((cost / added) * 100) / 100 : null, currency: perTb.price.currency, formula: 'cost / (usable after − usable now) in TB', question: 'It adds no usable capacity.' }),
        ],
        pros: plan.id === 'add-vdev' ? ['No resilvers; capacity at once'] : plan.id === 'replace-disks' ? ['No free bays needed'] : ['Two disks at a time; no new vdev'],
        cons: plan.id === 'add-vdev' ? [`${width} free bays in ${host.id}`, ...(vdevs[0]?.layout === 'raidz1' && size >= 8 * TB ? ['Repeats single parity on large disks [storage/raidz1-large-disks]'] : [])] : plan.id === 'replace-disks' ? ['One resilver per disk, with reduced redundancy each time', 'Capacity arrives only after the last disk'] : ['Existing data keeps its old parity ratio until rewritten', 'Needs free bays'],
        viable: whyNot.length === 0,
        whyNot,
      };
    });
    checkColumns(columns, options);
    const perTbOf = (option: Option) => Number(option.figures.find((figure) => figure.column === 'per-tb')?.fact.value ?? Number.POSITIVE_INFINITY);
    const costOf = (option: Option) => Number(option.figures.find((figure) => figure.column === 'cost')?.fact.value ?? Number.POSITIVE_INFINITY);
    const blocked = (option: Option) => plans.find((entry) => entry.id === option.id)?.blocked !== undefined;
    // Without a viable option the cheapest one that can be done is chosen, and the plan reports what it breaks.
    const chosen = [...options.filter((option) => option.viable)].sort((a, b) => perTbOf(a) - perTbOf(b))[0] ?? ([...options].sort((a, b) => Number(blocked(a)) - Number(blocked(b)) || costOf(a) - costOf(b))[0] as Option);
    const plan = plans.find((entry) => entry.id === chosen.id) as Plan;
    const daysNow = days(pool);
    const decision: Decision = {
      id: 'expansion',
      question: `How should ${pool.id} grow? Today it reaches ${Math.round(limit * 100)} % in ${Number.isFinite(daysNow) ? `${Math.round(daysNow)} days` : 'no foreseeable time'}.`,
      columns,
      options,
      choice: { optionId: chosen.id, rationale: chosen.viable ? `${chosen.title} is the cheapest per usable TB among the options that last ${HORIZON_MONTHS} months at ${formatBytes(bytes(growth))} a month and fit the budget.` : `No option both lasts ${HORIZON_MONTHS} months and fits the budget; ${chosen.title} is the cheapest that can be done (${chosen.whyNot.join('; ')}), so the plan reports the constraint it breaks.`, cites: { rules: ['storage/pool-fills-within-six-months', 'storage/pool-above-fill-limit'], facts: [`storage/${pool.id}/days-to-fill-limit`, ...chosen.figures.map((figure) => figure.fact.id)] } },
    };
    const source = blueprintSource(BLUEPRINT);
    const newDisks: Disk[] = Array.from({ length: plan.newDisks }, (_, index) => ({ id: `${pool.id}-new-${index + 1}`, group: `${pool.id}-new`, size: bytes(plan.newSize), kind, source }));
    let target = updateEntity<Host>(model, 'hosts', host.id, (entity) => ({ ...entity, disks: [...entity.disks, ...newDisks] }));
    target = updateEntity<ZfsPool>(target, 'storage.zfs', pool.id, (entity) => {
      if (plan.id === 'add-vdev') return { ...entity, vdevs: [...entity.vdevs, { layout: entity.vdevs[0]?.layout ?? 'mirror', disks: newDisks.map((disk) => disk.id) }] };
      if (plan.id === 'raidz-expansion') return { ...entity, vdevs: [{ layout: entity.vdevs[0]?.layout ?? 'raidz1', disks: [...(entity.vdevs[0]?.disks ?? []), ...newDisks.map((disk) => disk.id)] }] };
      let next = 0;
      return { ...entity, vdevs: vdevs.map((vdev) => ({ layout: vdev.layout, disks: vdev.disks.map(() => (newDisks[next++] as Disk).id) })) };
    });
    if (plan.id === 'replace-disks') {
      const old = new Set(vdevs.flatMap((vdev) => vdev.disks.map((disk) => disk.id)));
      target = updateEntity<Host>(target, 'hosts', host.id, (entity) => ({ ...entity, disks: entity.disks.filter((disk) => !old.has(disk.id)) }));
    }
    return {
      ...base,
      summary: `${pool.id} (${formatBytes(bytes(pool.used))} of ${formatBytes(bytes(now))}, +${formatBytes(bytes(growth))}/month): ${chosen.title}.`,
      decisions: [decision],
      target,
      purchases: [purchase(perTb, Math.round(plan.newDisks * (plan.newSize / TB) * 100) / 100, host.id)],
      risks: [{ id: 'storage/expansion-bays', description: `The spec does not say how many free bays ${host.id} has.`, blastRadius: [pool.id], mitigation: 'Check the bays before ordering; replace disks instead when none are free.' }],
      validation: [`zpool list ${pool.name ?? pool.id}: SIZE grew as planned; zpool status ONLINE`],
      rollback: ['Before data lands on the new space: zpool remove (mirror vdevs only) or keep the old disks until every resilver finished'],
      assumptions: [...prices.assumptions([perTb])],
      openQuestions: [{ id: `design/${BLUEPRINT}/bays`, subject: host.id, text: `How many free drive bays does ${host.id} have?` }],
    };
  },
});
