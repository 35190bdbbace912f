/**
 * Compiles a custom rule from kestra.config.yaml into an ordinary rule. Field names are checked
 * against the spec schema and placeholders against the conditions, so a typo is a located error when
 * the configuration is read, not a silent non-finding.
 */
import { formatFactValue } from '../../render/format-fact.js';
import type { Diagnostic } from '../../intake/diagnostic.js';
import { didYouMean } from '../../intake/did-you-mean.js';
import type { PositionedDocument } from '../../intake/yaml-document.js';
import { toPointer } from '../../intake/yaml-document.js';
import { specSchema } from '../../model/schema/spec.js';
import { knownKeys } from '../../model/schema/schema-walk.js';
import { placeholders } from '../message-template.js';
import { defineRule, type AnyRule, type Subject } from '../rule.js';
import { conditionValue, holds, quantityOf, readPath } from './condition.js';
import type { CustomRuleSpec } from './config-schema.js';
import { type CollectionName, entityCollections } from './entity-collections.js';

/** Fields a collection adds beyond its schema (the owning host of a disk, the cluster of a Ceph pool). */
const VIRTUAL_FIELDS: Partial<Record<CollectionName, readonly string[]>> = { disks: ['host', 'group'], nics: ['host'], 'ceph-pools': ['cluster'] };

/** Checks a dotted field path against the schema; returns the problem, if any. */
function fieldProblem(collection: CollectionName, path: string): { message: string; hint: string } | undefined {
  const base = entityCollections[collection].schemaPath;
  const segments = path.split('.');
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] ?? '';
    if (segment === 'length' && index > 0) return undefined;
    const known = index === 0 ? [...knownKeys(specSchema, base), ...(VIRTUAL_FIELDS[collection] ?? [])] : knownKeys(specSchema, [...base, ...segments.slice(0, index)]);
    if (known.length === 0) return undefined;
    if (!known.includes(segment)) {
      const suggestion = didYouMean(segment, known);
      return { message: `"${segments.slice(0, index + 1).join('.')}" is not a field of ${collection}`, hint: suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}` };
    }
  }
  return undefined;
}

function display(value: unknown): string {
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (value === undefined || value === null) return 'unknown';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Compiles `spec` (at `path` in `document`); returns the rule, or diagnostics when it is broken. */
export function compileCustomRule(spec: CustomRuleSpec, path: readonly (string | number)[], document: PositionedDocument): { rule?: AnyRule; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (at: readonly (string | number)[], message: string, expected: string, hint: string) =>
    diagnostics.push({ severity: 'error', code: 'invalid-custom-rule', file: document.file, ...document.locate(at), message, expected, hint, pointer: toPointer(at) });
  const collection = spec.for as CollectionName;
  const names = new Set<string>();
  spec.when.forEach((condition, index) => {
    const at = [...path, 'when', index];
    if ((condition.field === undefined) === (condition.fact === undefined)) problem(at, 'a condition needs exactly one of "field" or "fact"', 'field: <path> or fact: <fact id>', 'write e.g. { field: criticality, in: [critical, high] } or { fact: "storage/{id}/fill", gt: 80% }');
    const comparisons = ['equals', 'notEquals', 'in', 'notIn', 'exists', 'gt', 'gte', 'lt', 'lte'].filter((key) => condition[key as keyof typeof condition] !== undefined);
    if (comparisons.length === 0) problem(at, 'a condition compares nothing', 'one of equals, notEquals, in, notIn, exists, gt, gte, lt, lte', 'add e.g. "exists: false" or "gt: 80%"');
    for (const key of ['gt', 'gte', 'lt', 'lte'] as const) {
      const bound = condition[key];
      if (bound !== undefined && quantityOf(bound) === undefined) problem([...at, key], `${JSON.stringify(bound)} is not a number or a quantity`, 'a number or a quantity such as 80%, 4TB, 24h, 1GbE, 500W', 'write the unit after the number');
    }
    if (condition.field !== undefined) {
      const wrong = fieldProblem(collection, condition.field);
      if (wrong) problem([...at, 'field'], wrong.message, `a field of ${collection}`, wrong.hint);
      names.add(condition.field);
    }
    if (condition.as !== undefined) names.add(condition.as);
  });
  for (const name of placeholders(spec.message)) {
    if (names.has(name)) continue;
    const wrong = fieldProblem(collection, name);
    if (wrong) problem([...path, 'message'], `placeholder {${name}}: ${wrong.message}`, `a field of ${collection} or the "as" name of a condition`, wrong.hint);
  }
  if (diagnostics.length > 0) return { diagnostics };

  const rule = defineRule({
    meta: {
      id: spec.id,
      layer: spec.layer,
      title: spec.title,
      severity: spec.severity,
      rationale: spec.rationale,
      remediation: spec.remediation,
      references: spec.references,
      messages: { custom: spec.message },
      examples: { failing: '', passing: '' },
    },
    subjects: ({ model }) => entityCollections[collection].list(model) as readonly (Subject & Record<string, unknown>)[],
    check(entity, context) {
      const data: Record<string, string | number> = {};
      const evidence: string[] = [];
      for (const condition of spec.when) {
        const { value, fact } = conditionValue(condition, entity, context.fact);
        if (!holds(condition, value)) return;
        if (fact) evidence.push(fact.id);
        if (condition.as !== undefined) data[condition.as] = fact ? formatFactValue(fact) : display(value);
      }
      for (const name of placeholders(spec.message)) if (data[name] === undefined) data[name] = display(readPath(entity, name));
      context.report({ messageId: 'custom', data, evidence });
    },
  });
  return { rule, diagnostics };
}
