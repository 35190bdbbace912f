/**
 * The MCP server's half of the rule setup: the rule configuration is `kestra.config.yaml` in the
 * first root when it is there (as the CLI reads it from the working directory), or the file the
 * `config` argument names instead (as --config does). Read through the confined files; parsed and
 * applied by rules/config/rule-setup.ts, exactly as the CLI applies it. A broken configuration is a
 * typed `invalid-input` error with its located diagnostics.
 */
import { join } from 'node:path';
import type { Model } from '../model/types.js';
import type { RuleSetup } from '../rules/config/rule-setup.js';
import type { ConfinedFiles } from './confined-files.js';
import { pathArgument } from './limits.js';
import { isToolError, ToolError } from './tool-error.js';

/** The default configuration file; the same name as rules/config/rule-setup.ts's CONFIG_FILE, kept here so that listing tools loads no rule module. */
export const DEFAULT_CONFIG = 'kestra.config.yaml';

/** The argument that names a rule configuration; spread into a tool's input object. */
export const ruleConfigArguments = {
  config: pathArgument
    .optional()
    .describe(`A rule configuration (severity overrides, rule options, custom rules; the format of ${DEFAULT_CONFIG}) to use instead of ${DEFAULT_CONFIG} in the first --root directory, which is used when present. Relative to the first --root directory.`),
};

/** A rule setup and the configuration file it applied (null: none, the built-in rules as they are). */
export interface ConfiguredRules {
  readonly setup: RuleSetup;
  readonly config: string | null;
}

/** The configuration text to apply: the named file, else the first root's kestra.config.yaml when it exists, else none. */
async function readConfig(files: ConfinedFiles, path: string | undefined): Promise<{ file: string; text: string } | undefined> {
  if (path !== undefined) return { file: path, text: Buffer.from((await files.read(path)).content).toString('utf8') };
  const root = files.roots[0];
  if (root === undefined) return undefined;
  try {
    // The first root only: a configuration in a later root belongs to another project.
    const read = await files.read(join(root, DEFAULT_CONFIG));
    return { file: DEFAULT_CONFIG, text: Buffer.from(read.content).toString('utf8') };
  } catch (error) {
    if (isToolError(error) && error.details.code === 'file-not-found') return undefined;
    throw error;
  }
}

/** The rules for `model` with the configuration applied and the spec's settings.severity on top; a typed error when either names what does not exist or the file is broken. */
export async function configuredRules(model: Model, files: ConfinedFiles, path: string | undefined): Promise<ConfiguredRules> {
  const [read, { ruleConfigFromTexts, ruleSetupFor }] = await Promise.all([readConfig(files, path), import('../rules/config/rule-setup.js')]);
  const { config, diagnostics } = ruleConfigFromTexts(read === undefined ? [] : [read]);
  const setup = ruleSetupFor(model, config, diagnostics);
  const errors = setup.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    const inConfig = read !== undefined && diagnostics.some((diagnostic) => diagnostic.severity === 'error');
    throw new ToolError({
      code: 'invalid-input',
      message: inConfig ? `the rule configuration ${read.file} has ${diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length} error(s); nothing was computed` : `${model.settings.source.file}: settings.severity names rules that do not exist`,
      diagnostics: setup.diagnostics,
      hint: inConfig ? 'fix the configuration at the lines given (list_rules gives every rule id; explain_rule the options a rule takes)' : 'list_rules gives every rule id',
    });
  }
  return { setup, config: read?.file ?? null };
}
