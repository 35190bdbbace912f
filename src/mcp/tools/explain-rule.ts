import { z } from 'zod';
import { didYouMean } from '../../intake/did-you-mean.js';
import { valueArgument } from '../limits.js';
import { ruleEntrySchema } from '../schemas/rules.js';
import { defineTool } from '../tool.js';
import { ToolError } from '../tool-error.js';

/** explain_rule: one rule in full, as `kestra explain` prints it. */
export const explainRuleTool = defineTool({
  name: 'explain_rule',
  title: 'Explain a rule',
  description: 'One rule in full: why it matters, what to do, references, its messages, its options with their defaults, and a spec that fires it and one that passes. Give the id of a finding (e.g. "backup/no-offsite-copy") or just its name.',
  input: z.object({ rule: valueArgument.describe('Rule id, e.g. "cluster/two-node-without-qdevice".') }).strict(),
  output: ruleEntrySchema.extend({
    messages: z.array(z.string()).describe('The message templates, with {placeholders}.'),
    options: z.record(z.string(), z.unknown()).optional().describe('Option defaults, set in kestra.config.yaml under options.'),
    examples: z.object({ failing: z.string(), passing: z.string() }).describe('Specs (YAML) on which the rule fires and passes.'),
  }),
  async run(input) {
    const [{ builtInRules }, { renderRuleExplanation }] = await Promise.all([import('../../rules/registry.js'), import('../../render/text/rule-catalog.js')]);
    const ids = builtInRules.map((rule) => rule.meta.id);
    const byName = ids.filter((id) => id.endsWith(`/${input.rule}`));
    const rule = builtInRules.find((candidate) => candidate.meta.id === input.rule) ?? (byName.length === 1 ? builtInRules.find((candidate) => candidate.meta.id === byName[0]) : undefined);
    if (rule === undefined) {
      const suggestion = didYouMean(input.rule, ids);
      throw new ToolError({
        code: 'invalid-arguments',
        message: `unknown rule ${JSON.stringify(input.rule)}`,
        issues: [{ path: 'rule', message: 'no rule has this id' }],
        hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : 'list_rules gives every rule id',
      });
    }
    const { meta } = rule;
    const defaults = meta.options?.parse({});
    return {
      structured: {
        id: meta.id,
        layer: meta.layer,
        severity: meta.severity,
        title: meta.title,
        rationale: meta.rationale,
        remediation: meta.remediation,
        references: [...meta.references],
        messages: Object.values(meta.messages).map(String),
        ...(defaults !== null && typeof defaults === 'object' ? { options: { ...defaults } } : {}),
        examples: { failing: meta.examples.failing, passing: meta.examples.passing },
      },
      text: renderRuleExplanation(rule),
    };
  },
});
