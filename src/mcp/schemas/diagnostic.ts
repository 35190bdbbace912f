/** The output schema of a located diagnostic (src/intake/diagnostic.ts), as tools return them. */
import { z } from 'zod';

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('Stable kind, e.g. "yaml-syntax", "unknown-key", "dangling-reference".'),
  file: z.string().describe('The path as given, or the virtual name of inline text ("inline.yaml").'),
  line: z.number().int().describe('1-based line.'),
  column: z.number().int().describe('1-based column.'),
  message: z.string(),
  expected: z.string().optional(),
  hint: z.string().optional(),
  pointer: z.string().optional().describe('JSON pointer of the value in the spec.'),
});
