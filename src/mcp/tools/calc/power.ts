import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_power: yearly energy and cost of a constant draw. */
export const calcPowerTool = defineCalcTool({
  calculator: 'power',
  title: 'Energy cost',
  description: 'Yearly energy (kWh) and cost, per year and per month, of a device drawing a constant power.',
  input: z
    .object({
      draw: valueArgument.describe('Draw at the wall, e.g. "120W".'),
      price: valueArgument.describe('Price of a kWh, e.g. "0.30EUR", "0.30 EUR/kWh", "$0.15".'),
      hoursPerDay: z.number().min(0).max(24).optional().describe('Hours a day it runs (default 24).'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/power.js')).powerCalc,
});
