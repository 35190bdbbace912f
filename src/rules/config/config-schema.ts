/**
 * The schema of kestra.config.yaml (and of --rules files): severity overrides, rule options and
 * custom rules. Custom rules are declarative: a collection of entities, conditions that compare a
 * field or a fact with a value, and a message. Nothing in the file is evaluated as code.
 */
import { z } from 'zod';
import { layers } from '../../analyze/fact.js';
import { severities } from '../severity.js';
import { entityCollections } from './entity-collections.js';

const comparable = z.union([z.number(), z.string(), z.boolean()]);

export const conditionSchema = z
  .strictObject({
    field: z.string().min(1).optional().describe('Dotted path of a field of the entity, e.g. "criticality", "cpu.threads", "disks.length".'),
    fact: z.string().min(1).optional().describe('Fact id with {placeholders} from the entity, e.g. "storage/{id}/fill".'),
    as: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).optional().describe('Name under which the message can print the value ({name}).'),
    equals: comparable.optional(),
    notEquals: comparable.optional(),
    in: z.array(comparable).optional(),
    notIn: z.array(comparable).optional(),
    exists: z.boolean().optional(),
    gt: comparable.optional().describe('Greater than: a number or a quantity such as "80%", "4TB", "24h".'),
    gte: comparable.optional(),
    lt: comparable.optional(),
    lte: comparable.optional(),
  })
  .describe('A condition; a finding is reported for each entity for which every condition holds.');

export const customRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, { message: 'a rule id written "<scope>/<name>" in lower case, e.g. "custom/vm-without-rpo"' })
    .describe('Stable id, scoped: "custom/…" or a layer such as "backup/…".'),
  title: z.string().min(1),
  layer: z.enum([...layers, 'general']).default('general'),
  severity: z.enum(severities).default('medium'),
  rationale: z.string().default('A house rule of this project.'),
  remediation: z.string().default('Change the spec or the infrastructure so the condition no longer holds.'),
  references: z.array(z.string()).default([]),
  for: z.enum(Object.keys(entityCollections) as [string, ...string[]]).describe('Which entities the rule looks at.'),
  when: z.array(conditionSchema).min(1).describe('Conditions that together describe the problem.'),
  message: z.string().min(1).describe('The finding text; {field.path} and {as-name} placeholders are filled in.'),
});

export const ruleConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    severity: z.record(z.string(), z.enum([...severities, 'off'])).default({}).describe('Severity per rule id; "off" disables the rule.'),
    options: z.record(z.string(), z.unknown()).default({}).describe('Options per rule id, checked against the rule\'s option schema.'),
    rules: z.array(customRuleSchema).default([]),
  })
  .describe('Kestra rule configuration (kestra.config.yaml).');

export type CustomRuleSpec = z.output<typeof customRuleSchema>;
export type ConditionSpec = z.output<typeof conditionSchema>;
