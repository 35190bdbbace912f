import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_availability: components in series, in parallel or k-of-n. */
export const calcAvailabilityTool = defineCalcTool({
  calculator: 'availability',
  title: 'Availability',
  description: 'Availability of components combined in series (default), in parallel or k-of-n, with the downtime per year it allows and its nines; a component may be given by MTBF and MTTR.',
  input: z
    .object({
      availabilities: z.array(valueArgument).max(1000).optional().describe('Availability of each component, e.g. ["99.9%", "99.9%"].'),
      series: z.boolean().optional().describe('Every component is needed (the default).'),
      parallel: z.boolean().optional().describe('Any one component suffices.'),
      kOfN: z.number().int().min(1).optional().describe('At least k of the components are needed.'),
      mtbf: valueArgument.optional().describe('Add a component from its MTBF, e.g. "10000h" (with mttr).'),
      mttr: valueArgument.optional().describe('Its mean time to repair, e.g. "24h".'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/availability.js')).availabilityCalc,
});
