/** The output schema of a calculator's answer: `kestra calc … --json` (calcResultJson). */
import { z } from 'zod';

export const calcResultSchema = z.object({
  title: z.string(),
  results: z.array(
    z.object({
      key: z.string().optional().describe('Stable machine key, e.g. "usable".'),
      label: z.string(),
      value: z.string().describe('The figure in human units, e.g. "20.99 TiB".'),
      amount: z.union([z.number(), z.boolean(), z.string()]).optional().describe('The figure in base units (bytes, seconds, ratio…).'),
      unit: z.string().optional().describe('Unit of amount, e.g. "bytes".'),
      formula: z.string().optional(),
    }),
  ),
  inputs: z.array(z.object({ name: z.string(), value: z.string() })).describe('The inputs as the calculator understood them.'),
  notes: z.array(z.string()).describe('Defaults taken and caveats.'),
  sources: z.array(z.string()).describe('Where the formulas and constants come from.'),
});
