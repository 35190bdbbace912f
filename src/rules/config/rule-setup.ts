/**
 * What a rule run needs besides the model: the built-in and custom rules, severity overrides
 * (configuration files in order, then the spec's settings.severity, most specific last) and rule
 * options. Pure: the CLI and the MCP server read the files, each through its own I/O, and hand the
 * texts here, so both apply a kestra.config.yaml exactly alike.
 */
import type { Diagnostic } from '../../intake/diagnostic.js';
import type { Model } from '../../model/types.js';
import type { RuleSettings } from '../engine.js';
import { builtInRules } from '../registry.js';
import type { AnyRule } from '../rule.js';
import { mergeRuleConfigs, parseRuleConfig, type RuleConfig, unknownRuleIds } from './parse-config.js';

/** The configuration file read from the working directory (CLI) or the first root (MCP) when present. */
export const CONFIG_FILE = 'kestra.config.yaml';

export interface RuleSetup {
  readonly rules: readonly AnyRule[];
  readonly settings: RuleSettings;
  readonly diagnostics: readonly Diagnostic[];
}

/** A configuration file as read: the name its diagnostics use and its text. */
export interface RuleConfigText {
  readonly file: string;
  readonly text: string;
}

/** Parses configuration files in order and merges them (later files win); problems are located diagnostics. */
export function ruleConfigFromTexts(texts: readonly RuleConfigText[]): { config: RuleConfig; diagnostics: Diagnostic[] } {
  const configs: RuleConfig[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of texts) {
    const parsed = parseRuleConfig(file, text, builtInRules);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.config) configs.push(parsed.config);
  }
  return { config: mergeRuleConfigs(configs), diagnostics };
}

/** Combines the configuration with the spec's own settings.severity, which wins. */
export function ruleSetupFor(model: Model, config: RuleConfig, configDiagnostics: readonly Diagnostic[]): RuleSetup {
  const rules = [...builtInRules, ...config.rules];
  const specOverrides = model.settings.severity ?? {};
  const specDiagnostics = unknownRuleIds(Object.keys(specOverrides), rules, () => model.settings.source, model.settings.source.file, 'settings.severity');
  return { rules, settings: { severity: { ...config.severity, ...specOverrides }, options: config.options }, diagnostics: [...configDiagnostics, ...specDiagnostics] };
}
