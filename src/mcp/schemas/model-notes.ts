/** Output schemas of what the model says about itself: sources, assumptions, open questions (src/model/types.ts). */
import { z } from 'zod';

export const sourceSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  pointer: z.string(),
});

export const assumptionSchema = z.object({
  id: z.string().describe('Stable key, e.g. "units/memory-gb-is-gib".'),
  text: z.string(),
  sources: z.array(sourceSchema).describe('Where the assumption applies.'),
});

export const openQuestionSchema = z.object({
  id: z.string(),
  subject: z.string().optional(),
  text: z.string().describe('The question that would settle a figure Kestra could not compute.'),
  source: sourceSchema.optional(),
});
