import { ruleReportSchema } from '../../schemas/rules.js';
import { failureOf } from './failure-section.js';
import { defineAnalyzeSection } from './section.js';

/**
 * analyze → rules: the findings of the built-in and custom rules (the root's kestra.config.yaml
 * applied, then the spec's own severity overrides and waivers), as `kestra analyze --format json`
 * has them under "rules". Rules that judge dates (waiver expiry, restore-test age) need the date
 * argument; the server never reads the clock.
 */
export const rulesSection = defineAnalyzeSection({
  key: 'rules',
  schema: ruleReportSchema,
  async compute(context) {
    const [{ runRules }, { findingsJson, renderFindingsText }, failure] = await Promise.all([import('../../../rules/engine.js'), import('../../../render/text/findings.js'), failureOf(context)]);
    const { model, diagnostics } = context.loaded;
    const { setup, config } = context.rules;
    const report = runRules({ model, analysis: context.analysis, diagnostics, rules: setup.rules, settings: setup.settings, failure, ...(context.date !== undefined ? { date: context.date } : {}) });
    const text = renderFindingsText(report, context.analysis, { concise: model.settings.concise === true });
    return { value: ruleReportSchema.parse(findingsJson(report)), text: config === null ? text : `${text.trimEnd()}\n(rules configured by ${config})\n` };
  },
});
