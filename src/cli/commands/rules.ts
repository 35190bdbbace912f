import { Command, Option } from 'commander';
import { layers } from '../../analyze/fact.js';
import type { Io } from '../io.js';

/** `kestra rules`: the rule catalog, optionally filtered by layer and severity. */
export function rulesCommand(io: Io): Command {
  return new Command('rules')
    .description('List the built-in rules (id, severity, layer, title).')
    .addOption(new Option('--layer <layer>', 'only rules of this layer').choices([...layers, 'general']))
    .addOption(new Option('--severity <severity>', 'only rules of this default severity').choices(['critical', 'high', 'medium', 'low', 'info']))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  $ kestra rules --layer backup\n  $ kestra explain backup/no-offsite-copy')
    .action(async (options: { layer?: string; severity?: string; format: 'text' | 'json' }) => {
      const { builtInRules } = await import('../../rules/registry.js');
      const { renderRuleTable } = await import('../../render/text/rule-catalog.js');
      const rules = builtInRules.filter((rule) => (!options.layer || rule.meta.layer === options.layer) && (!options.severity || rule.meta.severity === options.severity));
      if (options.format === 'json') {
        const entries = rules.map(({ meta }) => ({ id: meta.id, layer: meta.layer, severity: meta.severity, title: meta.title, rationale: meta.rationale, remediation: meta.remediation, references: meta.references }));
        io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      } else io.stdout(renderRuleTable(rules));
    });
}
