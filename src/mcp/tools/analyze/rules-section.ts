import { ruleReportSchema } from '../../schemas/rules.js';
import { ToolError } from '../../tool-error.js';
import { failureOf } from './failure-section.js';
import { defineAnalyzeSection } from './section.js';

/**
 * analyze → rules: the findings of the built-in rules (with the spec's own severity overrides and
 * waivers), as `kestra analyze --format json` has them under "rules". Rules that judge dates (waiver
 * expiry, restore-test age) need the date argument; the server never reads the clock.
 */
export const rulesSection = defineAnalyzeSection({
  key: 'rules',
  schema: ruleReportSchema,
  async compute(context) {
    const [{ ruleSetupFor }, { EMPTY_RULE_CONFIG }, { runRules }, { findingsJson, renderFindingsText }, failure] = await Promise.all([
      import('../../../cli/rule-setup.js'),
      import('../../../rules/config/parse-config.js'),
      import('../../../rules/engine.js'),
      import('../../../render/text/findings.js'),
      failureOf(context),
    ]);
    const { model, diagnostics } = context.loaded;
    const setup = ruleSetupFor(model, EMPTY_RULE_CONFIG, []);
    if (setup.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
      throw new ToolError({ code: 'invalid-input', message: `${context.loaded.file}: settings.severity names rules that do not exist`, diagnostics: setup.diagnostics, hint: 'list_rules gives every rule id' });
    }
    const report = runRules({ model, analysis: context.analysis, diagnostics, rules: setup.rules, settings: setup.settings, failure, ...(context.date !== undefined ? { date: context.date } : {}) });
    return { value: ruleReportSchema.parse(findingsJson(report)), text: renderFindingsText(report, context.analysis, { concise: model.settings.concise === true }) };
  },
});
