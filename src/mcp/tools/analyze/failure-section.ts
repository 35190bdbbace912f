import { failureSchema } from '../../schemas/failure.js';
import { defineAnalyzeSection, type AnalyzeSectionContext } from './section.js';
import type { FailureAnalysis } from '../../../failure/failure-analysis.js';

/** The failure analysis of a call, run once and shared (the rules read it too). */
export function failureOf(context: AnalyzeSectionContext): Promise<FailureAnalysis> {
  return context.memo('failure', async () => {
    const { analyzeFailures } = await import('../../../failure/index.js');
    return analyzeFailures(context.loaded.model, context.analysis);
  });
}

/** analyze → failure: SPOFs, blast radius, named scenarios, N+1 and availability, as `kestra analyze --format json` has them. */
export const failureSection = defineAnalyzeSection({
  key: 'failure',
  schema: failureSchema,
  async compute(context) {
    const [result, { failureJson }, { renderFailureText }] = await Promise.all([failureOf(context), import('../../../render/failure-json.js'), import('../../../render/text/failure.js')]);
    return { value: failureSchema.parse(failureJson(result)), text: renderFailureText(result), assumptions: result.assumptions };
  },
});
