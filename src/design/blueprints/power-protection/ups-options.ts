/**
 * The UPS decision: keep the UPS the site has, or one of the catalogue classes, for the loads that
 * belong on battery and a target runtime of "ride through" + "orderly shutdown". A UPS meets the
 * target when its runtime (vendor chart > Peukert for lead-acid > linear) covers it and the load stays
 * within 80 % of both its W and its VA rating (VA by APC's ×1.4 rule).
 */
import { APC_WATTS_TO_VA } from '../../../calc/power/apparent-power.js';
import { UPS_LOADING_LIMIT, requiredRatings } from '../../../calc/power/ups-sizing.js';
import { formatDuration, formatEnergy, formatPower } from '../../../intake/units/index.js';
import { seconds, watts, wattHours } from '../../../model/quantities.js';
import { DEFAULT_STAGE_SECONDS, type ShutdownStage } from '../../../model/shutdown-stages.js';
import type { Ups } from '../../../model/types.js';
import type { Column, Decision, DesignContext, Option } from '../../blueprint.js';
import { checkColumns, optionFigures, type FigureSpec } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { BLUEPRINT, type Load } from './protected-loads.js';
import { UPS_CLASSES, type UpsClass } from './ups-catalog.js';
import { batteryNeeded, runtimeAt, type UpsSpec } from './ups-runtime.js';

const PVE_SHUTDOWN = 'https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_startup_and_shutdown';
/** Time on battery before shutdown starts, when the spec gives none: rides out short outages. */
export const DEFAULT_RIDE_THROUGH = 3 * 60;
/** Seconds each stage takes when the spec gives no `needed` (see model/shutdown-stages). */
export const STAGE_SECONDS = DEFAULT_STAGE_SECONDS;

export interface TargetRuntime {
  readonly after: number;
  readonly needed: number;
  readonly total: number;
  readonly assumedAfter: boolean;
  readonly assumedNeeded: boolean;
}

/** The runtime the UPS must give: the spec's after + needed, else the defaults per stage. */
export function targetRuntime(ups: Ups | undefined, stages: readonly ShutdownStage[]): TargetRuntime {
  const after = ups?.shutdown?.after ?? DEFAULT_RIDE_THROUGH;
  const needed = ups?.shutdown?.needed ?? stages.reduce((sum, stage) => sum + STAGE_SECONDS[stage.stage], 0);
  return { after, needed, total: after + needed, assumedAfter: ups?.shutdown?.after === undefined, assumedNeeded: ups?.shutdown?.needed === undefined };
}

export type UpsChoice = { readonly kind: 'keep'; readonly ups: Ups } | { readonly kind: 'new'; readonly upsClass: UpsClass; readonly price: PriceEntry; readonly replaces?: Ups };

const columns: readonly Column[] = [
  { key: 'load', label: 'Load on battery', unit: 'watts', better: 'none' },
  { key: 'load-ratio', label: 'Load / W rating', unit: 'ratio', better: 'lower' },
  { key: 'va-ratio', label: 'Load × 1.4 / VA rating', unit: 'ratio', better: 'lower' },
  { key: 'runtime', label: 'Runtime at the load', unit: 'seconds', better: 'higher' },
  { key: 'runtime-upper', label: 'Runtime, linear upper bound', unit: 'seconds', better: 'none' },
  { key: 'battery-needed', label: 'Battery the target runtime needs', unit: 'watt-hours', better: 'none' },
  { key: 'meets', label: 'Meets the target runtime within 80 % load', unit: 'boolean', better: 'higher' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

interface Candidate {
  readonly id: string;
  readonly title: string;
  readonly spec: UpsSpec;
  readonly watts?: number;
  readonly va?: number;
  readonly cost: FigureSpec;
}

/** The UPS decision for `loads` (on battery in the target) and `target`. */
export function upsDecision(context: DesignContext, loads: readonly Load[], target: TargetRuntime, current: Ups | undefined, currency: string): { readonly decision: Decision; readonly choice: UpsChoice; readonly load: number | null } {
  const unknown = loads.filter((load) => load.draw === null).map((load) => load.id);
  const load = unknown.length > 0 ? null : loads.reduce((sum, entry) => sum + (entry.draw as number), 0);
  const loadInputs = loads.map((entry) => ({ name: entry.id, value: entry.draw, unit: 'watts' as const, factId: entry.drawFact }));
  const candidates: Candidate[] = [
    ...(current !== undefined ? [{ id: 'keep', title: `Keep ${current.id}${current.model !== undefined ? ` (${current.model})` : ''}`, spec: current, ...(current.watts !== undefined ? { watts: current.watts } : current.va !== undefined ? { watts: current.va / APC_WATTS_TO_VA } : {}), ...(current.va !== undefined ? { va: current.va } : {}), cost: { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'nothing to buy' } as FigureSpec }] : []),
    ...UPS_CLASSES.map((upsClass): Candidate => {
      const price = context.prices.price(upsClass.price);
      return { id: upsClass.id, title: price.item, spec: { batteryWh: wattHours(upsClass.batteryWh), chemistry: upsClass.chemistry }, watts: upsClass.watts, va: upsClass.va, cost: { label: 'Purchase cost', unit: 'money', value: price.price.amount, currency: price.price.currency, formula: `${price.item} (${price.note})` } };
    }),
  ];
  const options: Option[] = candidates.map((candidate) => {
    const make = optionFigures(BLUEPRINT, 'ups', candidate.id, 'power');
    const estimate = load === null ? { runtime: null, upper: null, model: 'none' as const, calculator: 'calc/power/peukert' } : runtimeAt(candidate.spec, load);
    const ratio = load === null || candidate.watts === undefined ? null : load / candidate.watts;
    const vaRatio = load === null || candidate.va === undefined ? null : (load * APC_WATTS_TO_VA) / candidate.va;
    const needed = load === null || load <= 0 ? null : batteryNeeded(candidate.spec.chemistry, load, target.total);
    const meets = estimate.runtime !== null && ratio !== null && estimate.runtime >= target.total && ratio <= UPS_LOADING_LIMIT && (vaRatio === null || vaRatio <= UPS_LOADING_LIMIT);
    const question = unknown.length > 0 ? `The draw of ${unknown.join(', ')} is not given (power.idle or power.load).` : undefined;
    const whyNot = [
      ...(question !== undefined ? [question] : []),
      ...(ratio !== null && ratio > UPS_LOADING_LIMIT ? [`${formatPower(watts(load as number))} is ${Math.round(ratio * 100)} % of its ${formatPower(watts(candidate.watts as number))} [power/ups-overloaded]`] : []),
      ...(vaRatio !== null && vaRatio > UPS_LOADING_LIMIT ? [`${Math.round(vaRatio * 100)} % of its ${candidate.va} VA`] : []),
      ...(estimate.runtime !== null && estimate.runtime < target.total ? [`${formatDuration(seconds(estimate.runtime))} at ${formatPower(watts(load as number))}, short of the ${formatDuration(seconds(target.total))} target [power/ups-runtime-too-short]`] : []),
      ...(estimate.runtime === null && question === undefined ? ['no battery energy or runtime chart to compute its runtime from'] : []),
    ];
    return {
      id: candidate.id,
      title: candidate.title,
      summary: `${candidate.va ?? '?'} VA / ${candidate.watts !== undefined ? Math.round(candidate.watts) : '?'} W, ${candidate.spec.batteryWh !== undefined ? formatEnergy(wattHours(candidate.spec.batteryWh)) : 'battery unknown'} ${candidate.spec.chemistry}.`,
      figures: [
        make('load', { label: 'Load on battery', unit: 'watts', value: load, formula: 'Σ draw of the loads on battery (power analyzer)', inputs: loadInputs, ...(question !== undefined ? { question } : {}) }),
        make('load-ratio', { label: 'Load / W rating', unit: 'ratio', value: ratio, formula: 'load / watt rating', inputs: [{ name: 'watt rating', value: candidate.watts ?? null, unit: 'watts' }], calculator: 'calc/power/ups-load', question: question ?? 'The UPS has no W or VA rating.' }),
        make('va-ratio', { label: 'Load × 1.4 / VA rating', unit: 'ratio', value: vaRatio, formula: `load × ${APC_WATTS_TO_VA} / VA rating (APC rule)`, inputs: [{ name: 'VA rating', value: candidate.va ?? null, unit: 'volt-amperes' }], calculator: 'calc/power/ups-load', question: question ?? 'The UPS has no VA rating.' }),
        make('runtime', { label: 'Runtime at the load', unit: 'seconds', value: estimate.runtime, formula: estimate.model === 'chart' ? 'vendor runtime chart, log-log interpolation' : estimate.model === 'peukert' ? 'Peukert (lead-acid): 20 h × (E·0.9 / (P·20 h))^1.2, at most E·0.9/P' : 'linear: E × 0.9 / P', inputs: [{ name: 'battery', value: candidate.spec.batteryWh ?? null, unit: 'watt-hours' }, { name: 'load', value: load, unit: 'watts' }], calculator: estimate.calculator, question: question ?? 'No battery energy or runtime chart.' }),
        make('runtime-upper', { label: 'Runtime, linear upper bound', unit: 'seconds', value: estimate.upper, formula: 'E × 0.9 / P (ignores Peukert losses)', calculator: 'calc/power/ups-runtime-linear', question: question ?? 'No battery energy.' }),
        make('battery-needed', { label: 'Battery the target runtime needs', unit: 'watt-hours', value: needed, formula: `${candidate.spec.chemistry === 'lead-acid' ? 'Peukert solved for E: (P·20 h / 0.9) × (t / 20 h)^(1/1.2)' : 'linear: P × t / 0.9'}, t = ${formatDuration(seconds(target.total))}`, inputs: [{ name: 'target runtime', value: target.total, unit: 'seconds', assumed: target.assumedAfter || target.assumedNeeded }], calculator: 'calc/power/ups-sizing', question: question ?? 'Nothing draws from it.' }),
        make('meets', { label: 'Meets the target runtime within 80 % load', unit: 'boolean', value: meets, formula: `runtime ≥ ${formatDuration(seconds(target.total))} and load ≤ ${UPS_LOADING_LIMIT * 100} % of W and VA` }),
        make('cost', candidate.cost),
      ],
      pros: candidate.id === 'keep' ? ['Nothing to buy or re-plug'] : [`${formatDuration(seconds(estimate.runtime ?? 0))} at the load`],
      cons: candidate.spec.chemistry === 'lead-acid' ? ['Lead-acid batteries lose capacity with age: replace every 3–5 years, test yearly'] : [],
      viable: meets,
      whyNot,
    };
  });
  checkColumns(columns, options);
  const cost = (option: Option) => Number(option.figures.find((figure) => figure.column === 'cost')?.fact.value ?? Number.POSITIVE_INFINITY);
  const keep = options.find((option) => option.id === 'keep');
  const chosen = keep?.viable === true ? keep : ([...options].filter((option) => option.viable && option.id !== 'keep').sort((a, b) => cost(a) - cost(b))[0] ?? keep ?? (options[options.length - 1] as Option));
  const upsClass = UPS_CLASSES.find((entry) => entry.id === chosen.id);
  const choice: UpsChoice = upsClass === undefined ? { kind: 'keep', ups: current as Ups } : { kind: 'new', upsClass, price: context.prices.price(upsClass.price), ...(current !== undefined ? { replaces: current } : {}) };
  const required = load === null ? undefined : requiredRatings(watts(load));
  const rationale = load === null
    ? `The load on battery cannot be summed: ${unknown.join(', ')} ha${unknown.length === 1 ? 's' : 've'} no draw in the spec.`
    : `${loads.length} loads draw ${formatPower(watts(load))} on battery. The target runtime is ${formatDuration(seconds(target.total))}: ${formatDuration(seconds(target.after))} riding out short outages, then ${formatDuration(seconds(target.needed))} for the staged shutdown${target.assumedNeeded ? ` (stage times assumed; PVE waits up to 180 s per guest, ${PVE_SHUTDOWN})` : ''}. That needs ≥ ${Math.round(required?.watts ?? 0)} W and ≥ ${Math.round(required?.va ?? 0)} VA of rating (80 % limit) and, for lead-acid, ${formatEnergy(wattHours(batteryNeeded('lead-acid', load, target.total)))} of battery by Peukert (the linear bound would say ${formatEnergy(wattHours(batteryNeeded('lithium', load, target.total)))}). ${chosen.viable ? (chosen.id === 'keep' ? `${current?.id} covers it for nothing.` : `${chosen.title} is the cheapest class that covers it.`) : 'No option covers it: the largest class is chosen and the gap is a risk.'}`;
  return {
    decision: { id: 'ups', question: 'Which UPS carries the loads that belong on battery, for long enough?', columns, options, choice: { optionId: chosen.id, rationale, cites: { rules: ['power/ups-runtime-too-short', 'power/ups-overloaded', 'power/critical-device-not-on-ups'], facts: [...chosen.figures.map((figure) => figure.fact.id), ...loads.map((entry) => entry.drawFact)] } } },
    choice,
    load,
  };
}
