import { Command } from 'commander';
import { didYouMean } from '../../intake/did-you-mean.js';
import type { Io } from '../io.js';
import { UsageError } from '../../usage-error.js';

/** `kestra explain <rule>`: rationale, remedy, references and a failing and a passing example. */
export function explainCommand(io: Io): Command {
  return new Command('explain')
    .description('Explain a rule: why it matters, what to do, references, and examples that fire and pass.')
    .argument('<rule>', 'rule id, e.g. backup/no-offsite-copy')
    .addHelpText('after', '\nExample:\n  $ kestra explain cluster/two-node-without-qdevice')
    .action(async (id: string) => {
      const { builtInRules } = await import('../../rules/registry.js');
      const { renderRuleExplanation } = await import('../../render/text/rule-catalog.js');
      const rule = builtInRules.find((candidate) => candidate.meta.id === id);
      if (!rule) {
        const ids = builtInRules.map((candidate) => candidate.meta.id);
        const byName = ids.filter((candidate) => candidate.endsWith(`/${id}`));
        const suggestion = byName.length === 1 ? byName[0] : didYouMean(id, ids);
        throw new UsageError(`unknown rule "${id}"`, suggestion ? `did you mean "${suggestion}"?` : 'run "kestra rules" for the list of rule ids');
      }
      io.stdout(renderRuleExplanation(rule));
    });
}
