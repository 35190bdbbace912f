/** Output schemas of rule findings and the rule catalog (src/rules/), as `kestra analyze --format json` and `kestra rules --format json` write them. */
import { z } from 'zod';
import { severities } from '../../rules/severity.js';
import { sourceSchema } from './model-notes.js';

const severitySchema = z.enum(severities);

export const findingSchema = z.object({
  ruleId: z.string().describe('Stable rule id, e.g. "backup/no-offsite-copy"; explain_rule tells why it matters.'),
  messageId: z.string(),
  severity: severitySchema,
  layer: z.string(),
  subjects: z.array(z.string()).describe('Ids of the entities the finding is about.'),
  message: z.string(),
  evidence: z.array(z.string()).describe('Ids of the facts the rule read.'),
  blastRadius: z.array(z.string()).describe('What is affected when this goes wrong.'),
  mitigation: z.string(),
  references: z.array(z.string()),
  location: sourceSchema.optional().describe('Where the subject is written in the inventory.'),
  waiver: z.object({ reason: z.string(), expires: z.string().optional(), expired: z.boolean(), source: sourceSchema }).optional(),
  fingerprint: z.string(),
});

export const ruleReportSchema = z.object({
  counts: z.object({
    total: z.number().int(),
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
    waived: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
  }),
  findings: z.array(findingSchema).describe('Findings that count, sorted by location then rule id.'),
  waived: z.array(findingSchema).describe('Findings accepted by a waiver in force.'),
  unusedWaivers: z.array(z.looseObject({ rule: z.string(), subject: z.string(), reason: z.string() })),
  results: z
    .array(z.object({ ruleId: z.string(), status: z.enum(['passed', 'failed', 'not-applicable', 'waived', 'disabled']), severity: severitySchema, findings: z.number().int(), waived: z.number().int() }))
    .describe('One result per rule: coverage as well as failures.'),
});

export const ruleEntrySchema = z.object({
  id: z.string(),
  layer: z.string(),
  severity: severitySchema,
  title: z.string(),
  rationale: z.string(),
  remediation: z.string(),
  references: z.array(z.string()),
});
