/** The output schema of a Fact (src/analyze/fact.ts): a computed quantity with its unit, formula and inputs. */
import { z } from 'zod';
import { layers } from '../../analyze/fact.js';
import { sourceSchema } from './model-notes.js';

const factUnits = [
  'bytes',
  'bits-per-second',
  'bytes-per-second',
  'watts',
  'volt-amperes',
  'watt-hours',
  'kilowatt-hours',
  'seconds',
  'days',
  'ratio',
  'count',
  'money',
  'boolean',
  'text',
] as const;

const factUnitSchema = z.enum(factUnits).describe('Unit of the value: sizes in bytes, rates in bits per second, durations in seconds.');
const scalarSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const factInputSchema = z.object({
  name: z.string(),
  value: scalarSchema,
  unit: factUnitSchema,
  factId: z.string().optional().describe('The fact this input came from.'),
  source: sourceSchema.optional().describe('Where the value was written in the spec.'),
  assumed: z.boolean().optional().describe('A default Kestra assumed (listed under assumptions).'),
});

export const factSchema = z.object({
  id: z.string().describe('"<layer>/<subject>/<name>", e.g. "storage/tank/usable".'),
  subject: z.string().describe('Id of the entity the fact is about.'),
  layer: z.enum(layers),
  label: z.string(),
  unit: factUnitSchema,
  formula: z.string(),
  inputs: z.array(factInputSchema),
  reference: z.string().optional().describe('Where the formula or constant comes from.'),
  currency: z.string().optional(),
  source: sourceSchema.optional(),
  status: z.enum(['known', 'unknown']),
  value: scalarSchema.describe('In base units (bytes, seconds, bits per second, ratio); null when unknown.'),
  valueText: z.string().describe('The value in human units, as Kestra prints it.'),
  question: z.string().optional().describe('For an unknown fact: the question that would settle it.'),
});
