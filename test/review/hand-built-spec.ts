/**
 * The two-node homelab example with its real Analysis (every built-in analyzer) and hand-picked
 * SPOFs, so the figure and SPOF cross-checks are tested against the figures Kestra really prints.
 */
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import type { ReviewSpec } from '../../src/review/types.js';
import { join } from 'node:path';
import { examplesDir } from '../helpers/paths.js';

/** Loads examples/two-node-homelab.yaml, analyzes it and attaches the given SPOFs. */
export async function homelabSpec(options: { spofs?: ReviewSpec['spofs'] } = {}): Promise<ReviewSpec> {
  const loaded = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
  if (!loaded.model) throw new Error('the example no longer loads');
  const analysis = runAnalysis(loaded.model, builtInAnalyzers);
  return { model: loaded.model, analysis, ...(options.spofs ? { spofs: options.spofs } : {}) };
}
