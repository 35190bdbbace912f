/**
 * The CLI's half of the rule setup: reads kestra.config.yaml from the working directory (when
 * present) and the --config/--rules files; parsing and merging are rules/config/rule-setup.ts's.
 * An unreadable file is a located diagnostic like any other problem.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../intake/diagnostic.js';
import type { RuleConfig } from '../rules/config/parse-config.js';
import { CONFIG_FILE, ruleConfigFromTexts, type RuleConfigText } from '../rules/config/rule-setup.js';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Reads and parses configuration files; the default kestra.config.yaml only when it exists. */
export async function readRuleConfigs(cwd: string, explicit: readonly string[], useDefault: boolean): Promise<{ config: RuleConfig; diagnostics: Diagnostic[] }> {
  const files = [...(useDefault && (await exists(join(cwd, CONFIG_FILE))) ? [CONFIG_FILE] : []), ...explicit];
  const texts: RuleConfigText[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of files) {
    try {
      texts.push({ file, text: await readFile(join(cwd, file), 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({ severity: 'error', code: 'unreadable-file', file, line: 1, column: 1, message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`, expected: 'a readable rule configuration (YAML)', hint: 'check the path given to --config or --rules' });
    }
  }
  const { config, diagnostics } = ruleConfigFromTexts(texts);
  return { config, diagnostics: [...unreadable, ...diagnostics] };
}
