/** The planner's public API: diff, planMigration, planStates and the failure-model impact function. */
export { diff } from './diff.js';
export { planMigration, planStates, type PlanOptions } from './plan-migration.js';
export { failureImpact } from './failure-impact.js';
export { changeKinds, type ChangeKind } from './change-kinds.js';
export type { Change, Command, ConstraintCheck, FieldChange, ImpactFn, Patch, Phase, Plan, Step, Violation } from './plan-types.js';
