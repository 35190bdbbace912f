import { coverageOutcome } from '../coverage-check.js';
import { definePlanCheck } from '../types.js';
import { observabilityTerms } from '../vocabulary/coverage-terms.js';

export const noObservability = definePlanCheck({
  meta: {
    id: 'plan/no-observability',
    title: 'Observability is covered',
    category: 'coverage',
    severity: 'warning',
    rationale: 'The persona must not gloss over observability coverage: a change nobody monitors fails silently.',
    fix: 'say what is monitored (metrics, logs, SMART, UPS, backups), the alert thresholds, and where alerts go',
  },
  run: (plan) => coverageOutcome(plan, 'observability', observabilityTerms, 'monitoring or alerting'),
});
