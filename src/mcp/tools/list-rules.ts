import { z } from 'zod';
import { layers } from '../../analyze/fact.js';
import { severities } from '../../rules/severity.js';
import { ruleEntrySchema } from '../schemas/rules.js';
import { ruleCatalog } from '../rule-catalog.js';
import { defineTool } from '../tool.js';

/** list_rules: the rule catalog. */
export const listRulesTool = defineTool({
  name: 'list_rules',
  title: 'List the rules',
  description: 'The built-in rules the analyze findings come from: id, layer, default severity, title, rationale, remediation and references. Filter by layer or severity; explain_rule gives one rule in full.',
  input: z
    .object({
      layer: z.enum([...layers, 'general']).optional().describe('Only rules of this layer.'),
      severity: z.enum(severities).optional().describe('Only rules of this default severity.'),
    })
    .strict(),
  output: z.object({ rules: z.array(ruleEntrySchema) }),
  async run(input) {
    const { rules, entries } = await ruleCatalog(input);
    const { renderRuleTable } = await import('../../render/text/rule-catalog.js');
    return { structured: { rules: entries }, text: renderRuleTable(rules) };
  },
});
