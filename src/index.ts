/** Kestra's library API. */
export { loadSpec, parseSpec, type LoadResult } from './intake/load-spec.js';
export { formatDiagnostic, type Diagnostic } from './intake/diagnostic.js';
export { specSchema, type Spec, type SpecInput } from './model/schema/spec.js';
export { specJsonSchema } from './model/json-schema.js';
export type * from './model/types.js';
export type * from './model/quantities.js';
export * from './intake/units/index.js';
export { VERSION } from './version.js';
export { reviewPlanMarkdown, type LintResult, type LintFinding, type ReviewOptions, type ReviewSpec } from './review/index.js';
export {
  analyzeFailures,
  blastRadii,
  buildFailureGraph,
  impact,
  nPlusOne,
  parseScenario,
  scenarios,
  serviceAvailability,
  singlePointsOfFailure,
  type BlastRadius,
  type FailureAnalysis,
  type FailureGraph,
  type FailureNode,
  type Impact,
  type NPlusOne,
  type Scenario,
  type ServiceAvailability,
  type Spof,
} from './failure/index.js';
export { designTask, targetFromSpec, matchTask, supportedTasks, builtInBlueprints, type Blueprint, type Decision, type Design, type DesignOptions, type DesignResult, type Option } from './design/index.js';
export { diff, planMigration, planStates, failureImpact, type Change, type ImpactFn, type Plan, type PlanOptions, type Step, type Violation } from './plan/index.js';
