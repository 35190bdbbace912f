import { coverageOutcome } from '../coverage-check.js';
import { definePlanCheck } from '../types.js';
import { securityTerms } from '../vocabulary/coverage-terms.js';

export const noSecurity = definePlanCheck({
  meta: {
    id: 'plan/no-security',
    title: 'Security implications are covered',
    category: 'coverage',
    severity: 'warning',
    rationale: 'The persona must not gloss over security implications: what the change exposes, who can reach management interfaces, how secrets and access are handled.',
    fix: 'add a Security subsection: exposure, segmentation (VLANs, firewall rules), access (MFA, keys), secrets and patching',
  },
  run: (plan) => coverageOutcome(plan, 'security', securityTerms, 'security (exposure, segmentation, access, secrets, patching)'),
});
