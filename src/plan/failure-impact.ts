/**
 * The planner's impact function backed by the failure model (src/failure): the state is compiled into
 * its failure graph and impact() propagates the failed nodes. Ids a state does not contain (an entity
 * a step adds later, or has removed) are skipped rather than failed. Without an analysis the graph
 * takes guest memory as physical − 2 GiB (listed by the failure model as an assumption).
 */
import { buildFailureGraph, impact } from '../failure/index.js';
import type { Model } from '../model/types.js';
import type { ImpactFn } from './plan-types.js';

/** Node ids down in `model` when `failed` fail, per the failure model. */
export const failureImpact: ImpactFn = (model: Model, failed: readonly string[]) => {
  const graph = buildFailureGraph(model);
  return impact(graph, failed.filter((id) => graph.index.has(id))).down;
};
