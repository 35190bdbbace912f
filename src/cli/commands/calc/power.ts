/** `kestra calc power`: yearly energy and cost of a constant draw. */
import { Command } from 'commander';
import { DAYS_PER_YEAR, energyCost, yearlyEnergyKwh } from '../../../calc/power/energy-cost.js';
import { formatEnergyPrice, formatMoney, formatPower, parseEnergyPrice, parsePower } from '../../../intake/units/index.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseDecimalFlag, parseFlag } from './parse-flag.js';
import { printCalcResult, type CalcResult } from './print-result.js';

/** The argument and flags of `kestra calc power`. */
export interface PowerOptions {
  /** Draw at the wall, e.g. "120W". */
  draw?: string;
  price?: string;
  hoursPerDay?: string | number;
}

/** The `kestra calc power` command. */
export function powerCalcCommand(io: Io): Command {
  return new Command('power')
    .description('Yearly energy (kWh) and cost of a device drawing a constant power.')
    .argument('[watts]', 'draw at the wall, e.g. 120W')
    .option('--price <price>', 'price of a kWh, e.g. 0.30EUR, "0.30 EUR/kWh", $0.15')
    .option('--hours-per-day <hours>', 'hours a day it runs (default 24)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc power 120W --price 0.30EUR\n  $ kestra calc power 65W --price "0.28 EUR/kWh" --hours-per-day 8')
    .action((draw: string | undefined, options: Omit<PowerOptions, 'draw'> & { json?: boolean }) => printCalcResult(io, powerCalc({ ...options, ...(draw !== undefined ? { draw } : {}) }), options.json === true));
}

/** Computes `kestra calc power` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function powerCalc(options: PowerOptions): CalcResult {
  const drawText = options.draw;
  if (drawText === undefined) throw new UsageError('the draw is required', 'write e.g. kestra calc power 120W --price 0.30EUR');
  if (options.price === undefined) throw new UsageError('--price is required', 'give the price of a kWh, e.g. --price 0.30EUR');
  const draw = parseFlag('watts', drawText, parsePower);
  const price = parseFlag('--price', options.price, (text) => parseEnergyPrice(text));
  const hoursPerDay = options.hoursPerDay === undefined ? 24 : parseDecimalFlag('--hours-per-day', options.hoursPerDay, 0, 24);
  const kwh = yearlyEnergyKwh(draw, hoursPerDay);
  const cost = energyCost(kwh, price);
  return {
    title: `${formatPower(draw)} for ${hoursPerDay} h a day`,
    lines: [
      { key: 'yearly-energy', label: 'Energy per year', value: `${kwh.toFixed(2)} kWh`, amount: kwh, unit: 'kilowatt-hours', formula: `W × ${hoursPerDay} h × ${DAYS_PER_YEAR} d / 1000` },
      { key: 'yearly-cost', label: 'Cost per year', value: formatMoney(cost), amount: cost.amount, unit: cost.currency, formula: 'kWh per year × price per kWh' },
      { key: 'monthly-cost', label: 'Cost per month', value: formatMoney({ amount: cost.amount / 12, currency: cost.currency }), amount: cost.amount / 12, unit: cost.currency, formula: 'cost per year / 12' },
    ],
    inputs: [{ name: 'draw', value: formatPower(draw) }, { name: 'price', value: formatEnergyPrice(price) }, { name: 'hours per day', value: String(hoursPerDay) }],
    notes: ['A 365-day year (8760 h running all day). Give the draw measured at the wall; a PSU of efficiency η draws DC load / η.'],
    sources: ['https://github.com/truenas/documentation/blob/master/static/includes/TNHardwareGuide.md'],
  };
}
