import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import { builtInAnalyzers } from '../../src/analyze/registry.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { reviewSpecOf } from '../../src/review/spec/review-spec.js';
import { examplesDir } from '../helpers/paths.js';

describe('reviewSpecOf: the failure analysis as the review sees it', () => {
  it('names each SPOF of the two-node homelab by the spec entity a plan would use, most critical first', async () => {
    const { model } = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
    if (!model) throw new Error('example does not load');
    const spec = reviewSpecOf(model, runAnalysis(model, builtInAnalyzers));
    // Disks and NICs count as their host; the gw–sw1 cable as the devices at its ends.
    expect(spec.spofs?.map((spof) => spof.id)).toEqual(['wall', 'ups1', 'gw', 'sw1', 'pve1', 'isp', 'docker', 'pve2', 'nas', 'jellyfin']);
    expect(spec.spofs?.find((spof) => spof.id === 'docker')?.takesDown).toEqual(['uptime-kuma', 'vaultwarden']);
  });
});
