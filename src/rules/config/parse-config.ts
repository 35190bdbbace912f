/**
 * Reads kestra.config.yaml (or a --rules file): YAML with positions, the config schema, then the
 * semantic checks (known rule ids, option schemas, custom rules). Every problem is a located
 * diagnostic; nothing is thrown for bad input. Pure: the caller reads the file.
 */
import { type Diagnostic, sortDiagnostics } from '../../intake/diagnostic.js';
import { didYouMean } from '../../intake/did-you-mean.js';
import { schemaDiagnostics } from '../../intake/schema-diagnostics.js';
import { type PositionedDocument, parsePositioned, toPointer } from '../../intake/yaml-document.js';
import type { AnyRule } from '../rule.js';
import type { Severity } from '../severity.js';
import { ruleConfigSchema } from './config-schema.js';
import { compileCustomRule } from './custom-rule.js';

/** Rule settings gathered from configuration files. */
export interface RuleConfig {
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
  /** Options per rule id, already validated and defaulted by the rule's schema. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Custom rules, compiled. */
  readonly rules: readonly AnyRule[];
}

export const EMPTY_RULE_CONFIG: RuleConfig = { severity: {}, options: {}, rules: [] };

/** Parses one configuration file against the built-in catalog (custom ids must not collide with it). */
export function parseRuleConfig(file: string, text: string, builtIns: readonly AnyRule[]): { config?: RuleConfig; diagnostics: readonly Diagnostic[] } {
  const document = parsePositioned(file, text);
  if (document.diagnostics.length > 0) return { diagnostics: document.diagnostics };
  const data = document.data ?? {};
  const parsed = ruleConfigSchema.safeParse(data);
  if (!parsed.success) return { diagnostics: sortDiagnostics(schemaDiagnostics(parsed.error.issues, { ...document, data }, ruleConfigSchema)) };

  const diagnostics: Diagnostic[] = [];
  const rules: AnyRule[] = [];
  const builtInIds = new Set(builtIns.map((rule) => rule.meta.id));
  const seen = new Set<string>();
  parsed.data.rules.forEach((spec, index) => {
    const path = ['rules', index];
    if (builtInIds.has(spec.id) || seen.has(spec.id)) {
      diagnostics.push(located(document, [...path, 'id'], 'duplicate-rule-id', `rule id "${spec.id}" is already ${builtInIds.has(spec.id) ? 'a built-in rule' : 'used by another custom rule'}`, 'a rule id not used elsewhere', 'custom rules use their own ids, e.g. "custom/…"; to change a built-in rule use "severity" or "options"'));
      return;
    }
    seen.add(spec.id);
    const compiled = compileCustomRule(spec, path, document);
    diagnostics.push(...compiled.diagnostics);
    if (compiled.rule) rules.push(compiled.rule);
  });

  const known = [...builtIns, ...rules];
  diagnostics.push(...unknownRuleIds(Object.keys(parsed.data.severity), known, (id) => document.locate(['severity', id], { key: true }), file, 'severity'));
  const options: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(parsed.data.options)) {
    const rule = known.find((candidate) => candidate.meta.id === id);
    if (!rule) {
      diagnostics.push(...unknownRuleIds([id], known, () => document.locate(['options', id], { key: true }), file, 'options'));
      continue;
    }
    if (!rule.meta.options) {
      diagnostics.push(located(document, ['options', id], 'rule-has-no-options', `rule "${id}" takes no options`, 'options only for rules that declare them', `run "kestra explain ${id}" to see what the rule reads`));
      continue;
    }
    const result = rule.meta.options.safeParse(value ?? {});
    if (result.success) options[id] = result.data;
    else {
      const prefix = ['options', id];
      const shifted: PositionedDocument = { ...document, data: value, locate: (path, locateOptions) => document.locate([...prefix, ...path], locateOptions) };
      diagnostics.push(...schemaDiagnostics(result.error.issues, shifted, rule.meta.options).map((diagnostic) => ({ ...diagnostic, pointer: `${toPointer(prefix)}${diagnostic.pointer ?? ''}` })));
    }
  }
  if (diagnostics.length > 0) return { diagnostics: sortDiagnostics(diagnostics) };
  return { config: { severity: parsed.data.severity, options, rules }, diagnostics: [] };
}

/** Diagnostics for rule ids that name no rule, with the closest id as a hint. */
export function unknownRuleIds(
  ids: readonly string[],
  rules: readonly AnyRule[],
  locate: (id: string) => { line: number; column: number },
  file: string,
  where: string,
): Diagnostic[] {
  const known = rules.map((rule) => rule.meta.id);
  return ids
    .filter((id) => !known.includes(id))
    .map((id) => {
      const suggestion = didYouMean(id, known);
      return {
        severity: 'error',
        code: 'unknown-rule-id',
        file,
        ...locate(id),
        message: `${where} names rule "${id}", which does not exist`,
        expected: 'the id of a built-in or custom rule',
        hint: suggestion ? `did you mean "${suggestion}"?` : 'run "kestra rules" for the list of rule ids',
      } satisfies Diagnostic;
    });
}

function located(document: PositionedDocument, path: readonly (string | number)[], code: string, message: string, expected: string, hint: string): Diagnostic {
  return { severity: 'error', code, file: document.file, ...document.locate(path), message, expected, hint, pointer: toPointer(path) };
}

/** Merges configurations in order: later files override earlier severities and options, and add rules. */
export function mergeRuleConfigs(configs: readonly RuleConfig[]): RuleConfig {
  return configs.reduce<RuleConfig>(
    (merged, next) => ({ severity: { ...merged.severity, ...next.severity }, options: { ...merged.options, ...next.options }, rules: [...merged.rules, ...next.rules] }),
    EMPTY_RULE_CONFIG,
  );
}
