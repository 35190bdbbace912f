/** The design stage's public API: blueprints, task matching, designTask and targetFromSpec. */
export { defineBlueprint, type Blueprint, type Choice, type Column, type Decision, type Design, type DesignContext, type Figure, type KeywordSpec, type Option, type Purchase, type Risk, type TaskMatch } from './blueprint.js';
export { blueprintOf, blueprintSource } from './blueprint-source.js';
export { designTask, matchTask, supportedTasks, targetFromSpec, type DesignOptions } from './design-task.js';
export type { BlueprintMatch, DesignResult, FigureDelta, PlanConstraints, SupportedTask } from './design-result.js';
export { MATCH_THRESHOLD } from './keyword-match.js';
export { priceBook, ASSUMED_PRICES, type PriceBook, type PriceEntry } from './price-book.js';
export { builtInBlueprints } from './registry.js';
export { readTaskIntent, type TaskIntent } from './task-intent.js';
