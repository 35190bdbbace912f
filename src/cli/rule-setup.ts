/**
 * Gathers what a rule run needs from the command line and the files around it: the built-in and
 * custom rules, severity overrides (kestra.config.yaml, --rules files, then the spec's
 * settings.severity, most specific last) and rule options. Problems are located diagnostics.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../intake/diagnostic.js';
import type { Model } from '../model/types.js';
import { mergeRuleConfigs, parseRuleConfig, type RuleConfig, unknownRuleIds } from '../rules/config/parse-config.js';
import type { RuleSettings } from '../rules/engine.js';
import { builtInRules } from '../rules/registry.js';
import type { AnyRule } from '../rules/rule.js';

/** The configuration file read from the working directory when present. */
export const CONFIG_FILE = 'kestra.config.yaml';

export interface RuleSetup {
  readonly rules: readonly AnyRule[];
  readonly settings: RuleSettings;
  readonly diagnostics: readonly Diagnostic[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Reads and parses configuration files; the default kestra.config.yaml only when it exists. */
export async function readRuleConfigs(cwd: string, explicit: readonly string[], useDefault: boolean): Promise<{ config: RuleConfig; diagnostics: Diagnostic[] }> {
  const files = [...(useDefault && (await exists(join(cwd, CONFIG_FILE))) ? [CONFIG_FILE] : []), ...explicit];
  const configs: RuleConfig[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(join(cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      diagnostics.push({ severity: 'error', code: 'unreadable-file', file, line: 1, column: 1, message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`, expected: 'a readable rule configuration (YAML)', hint: 'check the path given to --config or --rules' });
      continue;
    }
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
