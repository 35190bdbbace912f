import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_ups: a UPS's load against its ratings, and its runtime. */
export const calcUpsTool = defineCalcTool({
  calculator: 'ups',
  title: 'UPS load and runtime',
  description:
    "A UPS's load against its W and VA ratings, and its runtime at that load: from the vendor chart when given, else Peukert for lead-acid, with the linear upper bound. Needs batteryWh or chart.",
  input: z
    .object({
      load: valueArgument.describe('Real power drawn by everything on it, e.g. "180W".'),
      va: valueArgument.optional().describe('Apparent power rating, e.g. "1500VA".'),
      watts: valueArgument.optional().describe('Real power rating, e.g. "900W".'),
      batteryWh: valueArgument.optional().describe('Battery energy, e.g. "216Wh" (2 × 12 V × 9 Ah).'),
      chemistry: z.enum(['lead-acid', 'lithium']).optional().describe('Battery chemistry (default lead-acid).'),
      peukert: z.number().optional().describe('Peukert exponent for lead-acid (default 1.2).'),
      efficiency: valueArgument.optional().describe('Inverter efficiency (default "90%").'),
      chart: valueArgument.optional().describe('Vendor runtime chart as load=runtime pairs, e.g. "550W=14m,1100W=5m".'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/ups.js')).upsCalc,
});
