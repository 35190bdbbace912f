/**
 * Facts of each UPS: the load of everything it feeds, that load against its watt rating (and its VA
 * rating by the APC ×1.4 rule), and the runtime at that load: from the vendor runtime chart when
 * given, else Peukert's law for lead-acid, else the linear model (lithium), with the linear figure
 * kept as the upper bound.
 */
import { APC_WATTS_TO_VA } from '../../calc/power/apparent-power.js';
import { DEFAULT_PEUKERT_EXPONENT, DEFAULT_RATED_HOURS, peukertUpsRuntime } from '../../calc/power/peukert.js';
import { runtimeFromChart } from '../../calc/power/runtime-chart.js';
import { upsApparentLoadRatio, upsLoadRatio } from '../../calc/power/ups-load.js';
import { DEFAULT_INVERTER_EFFICIENCY, linearUpsRuntime } from '../../calc/power/ups-runtime-linear.js';
import { formatDuration, formatPower } from '../../intake/units/index.js';
import { voltAmperes, wattHours, watts, type Seconds } from '../../model/quantities.js';
import type { Assumption, Ups } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { assumptionAt, subjectFacts, type SubjectFacts } from '../subject-facts.js';
import type { Consumer, PowerSupply } from './power-supply.js';

const APC_REFERENCE = 'https://www.manualsdir.com/manuals/45036/apc-650-1400-1000-420.html?page=22';
const PEUKERT_REFERENCE = 'https://en.wikipedia.org/wiki/Peukert%27s_law';
const LINEAR_REFERENCE = 'https://battery-calculator.com/ups-battery-runtime-calculation-formula.php';

/** Load, load ratio and runtime facts of one UPS. */
export function upsFacts(ups: Ups, supply: PowerSupply): { facts: Fact[]; assumptions: Assumption[] } {
  const facts = subjectFacts('power', ups.id, ups.source);
  const byId = new Map(supply.consumers.map((consumer) => [consumer.id, consumer]));
  const shares = supply.sharesOf(ups.id);
  const missing = [...new Set(shares.filter((share) => byId.get(share.consumer)?.draw === undefined).map((share) => share.consumer))];
  const loadFields = { label: 'UPS load', unit: 'watts' as const, formula: 'Σ draw × share of everything it feeds (through PDUs and PoE)' };
  if (missing.length > 0) {
    const question = `${ups.id} load cannot be computed: the draw of ${missing.join(', ')} is not given (power.idle or power.load)`;
    return {
      facts: [
        facts.unknown('load', question, loadFields),
        facts.unknown('load-ratio', question, { label: 'UPS load ratio', unit: 'ratio', formula: 'load / watt rating' }),
        facts.unknown('runtime', question, { label: 'UPS runtime', unit: 'seconds', formula: 'runtime at the load' }),
      ],
      assumptions: [],
    };
  }
  const inputs: FactInput[] = shares.map((share) => {
    const consumer = byId.get(share.consumer) as Consumer;
    return { name: `${share.consumer}${share.share < 1 ? ` × ${roundShare(share.share)}` : ''}${share.via.length > 0 ? ` via ${share.via.join(', ')}` : ''}`, value: (consumer.draw ?? 0) * share.share, unit: 'watts', factId: `power/${share.consumer}/draw` };
  });
  const load = watts(inputs.reduce((sum, input) => sum + (input.value as number), 0));
  const output: Fact[] = [facts.known('load', load, { ...loadFields, formula: `Σ ${inputs.map((input) => input.name).join(' + ') || 'nothing'}`, inputs })];
  const assumptions: Assumption[] = [];
  const loadInput: FactInput = { name: 'load', value: load, unit: 'watts', factId: facts.id('load') };

  // Load ratio: against the label's watt rating, else VA / 1.4 (APC's rule read backwards).
  const ratioFields = { label: 'UPS load ratio', unit: 'ratio' as const, formula: 'load / watt rating' };
  if (ups.watts !== undefined) {
    output.push(facts.known('load-ratio', upsLoadRatio(load, ups.watts), { ...ratioFields, formula: `load ${formatPower(load)} / watt rating ${formatPower(ups.watts)}`, inputs: [loadInput, { name: 'watt rating', value: ups.watts, unit: 'watts', source: ups.source }] }));
  } else if (ups.va !== undefined) {
    const rating = watts(ups.va / APC_WATTS_TO_VA);
    assumptions.push(assumptionAt('power/ups-watts-from-va', `A UPS without a watt rating is taken to deliver VA / ${APC_WATTS_TO_VA} watts (APC's ×1.4 rule read backwards, power factor ≈ 0.71).`, ups.source));
    output.push(facts.known('load-ratio', upsLoadRatio(load, rating), { ...ratioFields, formula: `load / (VA rating / ${APC_WATTS_TO_VA}); no watt rating given`, inputs: [loadInput, { name: 'VA rating', value: ups.va, unit: 'volt-amperes', source: ups.source }], reference: APC_REFERENCE }));
  } else {
    output.push(facts.unknown('load-ratio', `${ups.id} has no watt or VA rating; what rating is on its label?`, ratioFields));
  }
  if (ups.va !== undefined) {
    output.push(facts.known('va-load-ratio', upsApparentLoadRatio(load, voltAmperes(ups.va)), { label: 'UPS apparent load ratio', unit: 'ratio', formula: `load × ${APC_WATTS_TO_VA} / VA rating (APC rule for loads in watts)`, inputs: [loadInput, { name: 'VA rating', value: ups.va, unit: 'volt-amperes', source: ups.source }], reference: APC_REFERENCE }));
  }

  const runtime = runtimeFact(ups, load, loadInput, facts);
  output.push(...runtime.facts);
  assumptions.push(...runtime.assumptions);
  return { facts: output, assumptions };
}

function runtimeFact(ups: Ups, load: number, loadInput: FactInput, facts: SubjectFacts): { facts: Fact[]; assumptions: Assumption[] } {
  const fields = { label: 'UPS runtime', unit: 'seconds' as const, formula: 'vendor runtime chart > Peukert (lead-acid) > linear (lithium)' };
  if (load <= 0) return { facts: [facts.unknown('runtime', `Nothing in the spec draws from ${ups.id}; which devices are plugged into it?`, fields)], assumptions: [] };
  const battery = ups.batteryWh;
  const output: Fact[] = [];
  const assumptions: Assumption[] = [];
  let chartNote = '';
  if (battery !== undefined) {
    output.push(
      facts.known('runtime-upper-bound', linearUpsRuntime({ battery: wattHours(battery), load: watts(load) }), {
        label: 'UPS runtime, linear upper bound',
        unit: 'seconds',
        formula: `battery ${battery} Wh × η ${DEFAULT_INVERTER_EFFICIENCY} / load ${formatPower(watts(load))}`,
        inputs: [{ name: 'battery', value: battery, unit: 'watt-hours', source: ups.source }, loadInput, { name: 'inverter efficiency', value: DEFAULT_INVERTER_EFFICIENCY, unit: 'ratio', assumed: true }],
        reference: LINEAR_REFERENCE,
      }),
    );
  }
  if (ups.runtimeChart !== undefined && ups.runtimeChart.length > 0) {
    const chart = ups.runtimeChart.map((point) => ({ load: watts(point.load), runtime: point.runtime as Seconds }));
    const chartInputs: FactInput[] = [loadInput, ...chart.map((point): FactInput => ({ name: `chart ${formatPower(point.load)}`, value: point.runtime, unit: 'seconds', source: ups.source }))];
    const read = runtimeFromChart(chart, watts(load));
    if (read.kind === 'charted') {
      const [low, high] = read.between;
      const formula = low === high ? `vendor runtime chart at ${formatPower(low.load)}` : `vendor runtime chart, log-log interpolation between ${formatPower(low.load)} (${formatDuration(low.runtime)}) and ${formatPower(high.load)} (${formatDuration(high.runtime)})`;
      return { facts: [...output, facts.known('runtime', read.runtime, { ...fields, formula, inputs: chartInputs })], assumptions };
    }
    if (read.kind === 'at-least') {
      const formula = `at least ${formatDuration(read.runtime)}: the load is below the chart's lowest point (${formatPower(read.lowest.load)}), so its runtime there is a lower bound`;
      return { facts: [...output, facts.known('runtime', read.runtime, { ...fields, formula, inputs: chartInputs })], assumptions };
    }
    chartNote = `; the load is above the chart's highest point (${formatPower(read.highest.load)}) and the chart is not extrapolated`;
  }
  if (battery === undefined) {
    const question = chartNote === ''
      ? `${ups.id} has no battery Wh and no runtime chart; runtime cannot be computed. What is its battery energy (batteryWh) or its vendor runtime chart?`
      : `${ups.id}'s load ${formatPower(watts(load))} is above its runtime chart's highest point and the chart is not extrapolated; with no battery Wh, runtime cannot be computed. What is its battery energy (batteryWh)?`;
    return { facts: [...output, facts.unknown('runtime', question, fields)], assumptions };
  }
  const batteryInput: FactInput = { name: 'battery', value: battery, unit: 'watt-hours', source: ups.source };
  if (ups.chemistry === 'lead-acid') {
    assumptions.push(assumptionAt('power/peukert-defaults', `Lead-acid UPS runtime uses Peukert's law with exponent ${DEFAULT_PEUKERT_EXPONENT} (above the AGM range 1.05–1.15, so it errs short), a ${DEFAULT_RATED_HOURS}-hour capacity rating and ${DEFAULT_INVERTER_EFFICIENCY * 100} % inverter efficiency.`, ups.source));
    const runtime = peukertUpsRuntime({ battery: wattHours(battery), load: watts(load) });
    return {
      facts: [...output, facts.known('runtime', runtime, {
        ...fields,
        formula: `Peukert: ${DEFAULT_RATED_HOURS} h × (E·η / (P·${DEFAULT_RATED_HOURS} h))^${DEFAULT_PEUKERT_EXPONENT}, at most E·η/P${chartNote}`,
        inputs: [batteryInput, loadInput, { name: 'Peukert exponent', value: DEFAULT_PEUKERT_EXPONENT, unit: 'count', assumed: true }, { name: 'inverter efficiency', value: DEFAULT_INVERTER_EFFICIENCY, unit: 'ratio', assumed: true }],
        reference: PEUKERT_REFERENCE,
      })],
      assumptions,
    };
  }
  const runtime = linearUpsRuntime({ battery: wattHours(battery), load: watts(load) });
  return {
    facts: [...output, facts.known('runtime', runtime, { ...fields, formula: `linear: E × η ${DEFAULT_INVERTER_EFFICIENCY} / P (lithium holds its capacity at UPS loads)${chartNote}`, inputs: [batteryInput, loadInput], reference: LINEAR_REFERENCE })],
    assumptions,
  };
}

function roundShare(share: number): string {
  return String(Math.round(share * 1000) / 1000);
}
