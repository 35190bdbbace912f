/** `kestra calc ups`: a UPS's load against its ratings and its runtime by every model. */
import { Command } from 'commander';
import { apcVoltAmperesForWatts } from '../../../calc/power/apparent-power.js';
import { DEFAULT_PEUKERT_EXPONENT, DEFAULT_RATED_HOURS, peukertUpsRuntime } from '../../../calc/power/peukert.js';
import { runtimeFromChart, type RuntimePoint } from '../../../calc/power/runtime-chart.js';
import { upsApparentLoadRatio, upsLoadRatio } from '../../../calc/power/ups-load.js';
import { DEFAULT_INVERTER_EFFICIENCY, linearUpsRuntime } from '../../../calc/power/ups-runtime-linear.js';
import { formatApparentPower, formatDuration, formatEnergy, formatPercent, formatPower, parseApparentPower, parseDuration, parseEnergy, parsePercent, parsePower } from '../../../intake/units/index.js';
import { ratio, wattHours, watts, type Seconds, type Watts } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseChoiceFlag, parseDecimalFlag, parseFlag, parseOptionalFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The flags of `kestra calc ups`; the Peukert exponent may be a number when a typed caller gives it. */
export interface UpsOptions {
  va?: string;
  watts?: string;
  batteryWh?: string;
  load?: string;
  chemistry?: string;
  peukert?: string | number;
  efficiency?: string;
  chart?: string;
}

/** The `kestra calc ups` command. */
export function upsCalcCommand(io: Io): Command {
  return new Command('ups')
    .description('UPS load against its W and VA ratings, and runtime: vendor chart, Peukert (lead-acid), linear upper bound.')
    .option('--va <VA>', 'apparent power rating, e.g. 1500VA')
    .option('--watts <W>', 'real power rating, e.g. 900W')
    .option('--battery-wh <Wh>', 'battery energy, e.g. 216Wh (2 × 12 V × 9 Ah)')
    .option('--load <W>', 'real power drawn by everything on it, e.g. 180W')
    .option('--chemistry <kind>', 'lead-acid (default) or lithium')
    .option('--peukert <k>', `Peukert exponent for lead-acid (default ${DEFAULT_PEUKERT_EXPONENT})`)
    .option('--efficiency <percent>', `inverter efficiency (default ${DEFAULT_INVERTER_EFFICIENCY * 100}%)`)
    .option('--chart <points>', 'vendor runtime chart, e.g. "550W=14m,1100W=5m"')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc ups --va 1500 --watts 900 --battery-wh 200 --load 180W\n  $ kestra calc ups --watts 1100 --load 369W --chart "550W=14m,1100W=5m"')
    .action((options: UpsOptions & { json?: boolean }) => printCalcResult(io, upsCalc(options), options.json === true));
}

/** Computes `kestra calc ups` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function upsCalc(options: UpsOptions): CalcResult {
  if (options.load === undefined) throw new UsageError('--load is required', 'give the real power drawn, e.g. --load 180W');
  const load = parseFlag('--load', options.load, parsePower);
  if (!(load > 0)) throw new UsageError('--load must be more than 0 W', 'write e.g. --load 180W');
  const va = parseOptionalFlag('--va', options.va, parseApparentPower);
  const rating = parseOptionalFlag('--watts', options.watts, parsePower);
  const battery = parseOptionalFlag('--battery-wh', options.batteryWh, parseEnergy);
  const chemistry = options.chemistry === undefined ? 'lead-acid' : parseChoiceFlag('--chemistry', options.chemistry, ['lead-acid', 'lithium'] as const);
  const exponent = options.peukert === undefined ? DEFAULT_PEUKERT_EXPONENT : parseDecimalFlag('--peukert', options.peukert, 1, 2);
  const efficiency = parseOptionalFlag('--efficiency', options.efficiency, parsePercent) ?? ratio(DEFAULT_INVERTER_EFFICIENCY);
  if (!(efficiency > 0)) throw new UsageError('--efficiency must be more than 0%', 'write e.g. --efficiency 90%');
  const chart = options.chart === undefined ? undefined : parseChart(options.chart);
  if (battery === undefined && chart === undefined) throw new UsageError('give --battery-wh or --chart', 'runtime needs the battery energy (e.g. --battery-wh 216Wh) or the vendor chart (e.g. --chart "550W=14m,1100W=5m")');
  if (battery !== undefined && !(battery > 0)) throw new UsageError('--battery-wh must be more than 0 Wh', 'write e.g. --battery-wh 216Wh');

  const lines: CalcLine[] = [];
  const notes: string[] = [];
  if (rating !== undefined && rating > 0) {
    const ratio = upsLoadRatio(load, rating);
    lines.push({ key: 'load-ratio', label: 'Load / watt rating', value: formatPercent(ratio), amount: ratio, unit: 'ratio', formula: 'load W / rating W' });
    if (ratio > 1) notes.push('The load is above the watt rating: the UPS will overload and cut out or go to bypass.');
  }
  lines.push({ key: 'apparent-load', label: 'Apparent load (APC ×1.4)', value: formatApparentPower(apcVoltAmperesForWatts(load)), amount: apcVoltAmperesForWatts(load), unit: 'volt-amperes', formula: 'load W × 1.4' });
  if (va !== undefined && va > 0) {
    const ratio = upsApparentLoadRatio(load, va);
    lines.push({ key: 'va-load-ratio', label: 'Apparent load / VA rating', value: formatPercent(ratio), amount: ratio, unit: 'ratio', formula: 'load W × 1.4 / rating VA' });
  }
  const runtimes: { key: string; label: string; seconds: Seconds; formula: string }[] = [];
  if (chart !== undefined) {
    const read = runtimeFromChart(chart, load);
    if (read.kind === 'above-chart') notes.push(`The load is above the chart's highest point (${formatPower(read.highest.load)}); the chart is not extrapolated.`);
    else runtimes.push({ key: 'runtime-chart', label: read.kind === 'at-least' ? 'Runtime, vendor chart (at least)' : 'Runtime, vendor chart', seconds: read.runtime, formula: read.kind === 'at-least' ? `below the chart's lowest point (${formatPower(read.lowest.load)}): its runtime is a lower bound` : 'log-log interpolation between charted points' });
  }
  if (battery !== undefined) {
    if (chemistry === 'lead-acid') {
      runtimes.push({ key: 'runtime-peukert', label: `Runtime, Peukert k = ${exponent}`, seconds: peukertUpsRuntime({ battery: wattHours(battery), load, exponent, inverterEfficiency: efficiency }), formula: `${DEFAULT_RATED_HOURS} h × (E·η / (P·${DEFAULT_RATED_HOURS} h))^k, at most E·η/P` });
    }
    runtimes.push({ key: 'runtime-linear', label: 'Runtime, linear upper bound', seconds: linearUpsRuntime({ battery: wattHours(battery), load, inverterEfficiency: efficiency }), formula: 'E × η / P' });
  }
  const chosen = runtimes[0];
  if (chosen !== undefined) {
    lines.unshift({ key: 'runtime', label: 'Runtime', value: formatDuration(chosen.seconds), amount: chosen.seconds, unit: 'seconds', formula: `${chosen.label.replace(/^Runtime, /u, '')} (order: vendor chart > Peukert for lead-acid > linear)` });
  }
  for (const runtime of runtimes) lines.push({ key: runtime.key, label: runtime.label, value: formatDuration(runtime.seconds), amount: runtime.seconds, unit: 'seconds', formula: runtime.formula });
  if (chemistry === 'lead-acid' && options.peukert === undefined && battery !== undefined) notes.push(`Peukert exponent ${DEFAULT_PEUKERT_EXPONENT} assumed: AGM/VRLA batteries are 1.05–1.15, flooded 1.2–1.6, so the estimate errs short.`);
  notes.push('Runtime is at the load in watts; dividing the battery by VA / PF instead of multiplying is a known arithmetic trap (reference U3).');
  return {
    title: `UPS at ${formatPower(load)}`,
    lines,
    inputs: [
      { name: 'load', value: formatPower(load) },
      ...(rating !== undefined ? [{ name: 'watt rating', value: formatPower(rating) }] : []),
      ...(va !== undefined ? [{ name: 'VA rating', value: formatApparentPower(va) }] : []),
      ...(battery !== undefined ? [{ name: 'battery', value: formatEnergy(battery) }] : []),
      { name: 'chemistry', value: chemistry },
      { name: 'inverter efficiency', value: formatPercent(efficiency) },
      ...(chart !== undefined ? [{ name: 'runtime chart', value: chart.map((point) => `${formatPower(point.load)} → ${formatDuration(point.runtime)}`).join(', ') }] : []),
    ],
    notes,
    sources: ['https://en.wikipedia.org/wiki/Peukert%27s_law', 'https://battery-calculator.com/ups-battery-runtime-calculation-formula.php', 'https://www.manualsdir.com/manuals/45036/apc-650-1400-1000-420.html?page=22'],
  };
}

/** Reads "550W=14m,1100W=5m" into chart points. */
function parseChart(text: string): RuntimePoint[] {
  const hint = 'write the chart as load=runtime pairs, e.g. --chart "550W=14m,1100W=5m"';
  const points = text.split(',').map((pair) => {
    const [loadText, runtimeText, extra] = pair.split('=').map((part) => part.trim());
    if (loadText === undefined || runtimeText === undefined || extra !== undefined) throw new UsageError(`--chart entry ${JSON.stringify(pair.trim())} is not load=runtime`, hint);
    const load: Watts = parseFlag('--chart load', loadText, parsePower);
    const runtime = parseFlag('--chart runtime', runtimeText, parseDuration);
    if (!(load > 0) || !(runtime > 0)) throw new UsageError(`--chart entry ${JSON.stringify(pair.trim())} needs a positive load and runtime`, hint);
    return { load: watts(load), runtime };
  });
  return points;
}
