/**
 * The plan checks, one line each, sorted by id. Adding a check is one file in checks/, one line
 * here and its test.
 */
import { destructiveWithoutBackup } from './checks/destructive-without-backup.js';
import { figureDisagrees } from './checks/figure-disagrees.js';
import { missingRollback } from './checks/missing-rollback.js';
import { missingSection } from './checks/missing-section.js';
import { noDiagram } from './checks/no-diagram.js';
import { noObservability } from './checks/no-observability.js';
import { noQuantities } from './checks/no-quantities.js';
import { noSecurity } from './checks/no-security.js';
import { optionsWithoutTable } from './checks/options-without-table.js';
import { riskWithoutMitigation } from './checks/risk-without-mitigation.js';
import { spofNotNamed } from './checks/spof-not-named.js';
import { stepWithoutRollback } from './checks/step-without-rollback.js';
import { stepWithoutValidation } from './checks/step-without-validation.js';
import { stepsNotNumbered } from './checks/steps-not-numbered.js';
import { unknownEntity } from './checks/unknown-entity.js';
import { unmentionedSpof } from './checks/unmentioned-spof.js';
import { unverifiedPrerequisites } from './checks/unverified-prerequisites.js';
import { vagueFiller } from './checks/vague-filler.js';
import type { CheckMeta, PlanCheck } from './types.js';

export const planChecks: readonly PlanCheck[] = [
  destructiveWithoutBackup,
  figureDisagrees,
  missingRollback,
  missingSection,
  noDiagram,
  noObservability,
  noQuantities,
  noSecurity,
  optionsWithoutTable,
  riskWithoutMitigation,
  spofNotNamed,
  stepWithoutRollback,
  stepWithoutValidation,
  stepsNotNumbered,
  unknownEntity,
  unmentionedSpof,
  unverifiedPrerequisites,
  vagueFiller,
];

/** Reported by the engine, not a check: parts of the input the parser was not given (see parse/guard-input.ts). */
export const unreadableMeta: CheckMeta = {
  id: 'plan/unreadable',
  title: 'The plan can be read',
  category: 'structure',
  severity: 'warning',
  rationale: 'Lines nested dozens of levels deep, runs of hundreds of delimiters or a plan of megabytes are not something a person reads; Kestra skips them rather than stall.',
  fix: 'flatten the nesting, remove the run of symbols, or split the plan into smaller documents',
};

/** Every rule a lint result can cite, sorted by id (for SARIF and `--help`). */
export const allPlanRuleMetas: readonly CheckMeta[] = [...planChecks.map((check) => check.meta), unreadableMeta].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
