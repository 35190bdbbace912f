/**
 * The design stage: a task in words is matched to blueprints, each selected blueprint transforms the
 * target of the one before it, and the target is run through the same analyzers as the current state
 * so before/after figures compare. A task no blueprint understands gets a message listing what is
 * supported; the target is then the current model (review mode: the report adds the remediations).
 * A target the user wrote (`--target`) replaces the blueprints: see targetFromSpec.
 */
import type { Analyzer } from '../analyze/analyzer.js';
import { builtInAnalyzers } from '../analyze/registry.js';
import { runAnalysis, type Analysis } from '../analyze/run-analysis.js';
import { compareText } from '../intake/diagnostic.js';
import type { Money } from '../model/quantities.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { Blueprint, Design, Purchase } from './blueprint.js';
import { figureDeltas } from './before-after.js';
import type { BlueprintMatch, DesignResult, PlanConstraints, SupportedTask } from './design-result.js';
import { MATCH_THRESHOLD } from './keyword-match.js';
import { priceBook } from './price-book.js';
import { builtInBlueprints } from './registry.js';
import { readTaskIntent, type TaskIntent } from './task-intent.js';

export interface DesignOptions {
  /** Analyzers for the target; the built-in ones by default (they must be the current state's). */
  readonly analyzers?: readonly Analyzer[];
  /** Blueprints to choose from; the built-in ones by default. */
  readonly blueprints?: readonly Blueprint[];
  /** Prices the user knows, by price id (see price-book.ts); the rest are stated assumptions. */
  readonly prices?: Readonly<Record<string, Money>>;
}

/** Scores `task` against every blueprint, best first (ties in registry order). */
export function matchTask(task: string, blueprints: readonly Blueprint[] = builtInBlueprints): BlueprintMatch[] {
  return blueprints
    .map((blueprint, order) => ({ order, match: blueprint.match(task), blueprint }))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ match, blueprint }) => ({ blueprint: blueprint.id, title: blueprint.title, score: match.score, reasons: match.reasons, selected: match.score >= MATCH_THRESHOLD }));
}

/** What Kestra can design, for the message a task no blueprint understands gets. */
export function supportedTasks(blueprints: readonly Blueprint[] = builtInBlueprints): SupportedTask[] {
  return blueprints.map((blueprint) => ({ blueprint: blueprint.id, title: blueprint.title, summary: blueprint.summary, example: blueprint.example }));
}

/** Designs the target for `task` on `model` (whose analysis is `analysis`). Pure. */
export function designTask(model: Model, analysis: Analysis, task: string, options: DesignOptions = {}): DesignResult {
  const blueprints = options.blueprints ?? builtInBlueprints;
  const analyzers = options.analyzers ?? builtInAnalyzers;
  const intent = readTaskIntent(task, model);
  const matches = matchTask(task, blueprints);
  const selected = blueprints.filter((blueprint) => matches.some((match) => match.selected && match.blueprint === blueprint.id));
  const intentQuestions = unresolvedQuestions(intent);
  if (selected.length === 0) {
    const supported = supportedTasks(blueprints);
    const message = `No blueprint understands the task "${task.trim()}". Kestra designs: ${supported.map((entry) => `${entry.blueprint} (${entry.summary})`).join('; ')}. The plan reviews the current state instead: the target is the current model with its findings remedied.`;
    return assemble({ mode: 'review', task, matches, unsupported: { message, supported }, designs: [], model, analysis, target: model, targetAnalysis: analysis, intent, extraQuestions: intentQuestions });
  }
  const prices = priceBook(options.prices);
  const designs: Design[] = [];
  let current = model;
  let currentAnalysis = analysis;
  for (const blueprint of selected) {
    let design: Design;
    try {
      design = blueprint.design({ model: current, analysis: currentAnalysis, task, intent, prices });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`while running blueprint "${blueprint.id}" on ${model.files.join(', ')}: ${message}`, { cause: error });
    }
    designs.push(design);
    current = design.target;
    currentAnalysis = runAnalysis(current, analyzers);
  }
  return assemble({ mode: 'blueprint', task, matches, designs, model, analysis, target: current, targetAnalysis: currentAnalysis, intent, extraQuestions: intentQuestions });
}

/** Uses a target the user wrote instead of blueprints; `current` gives the before figures. Pure. */
export function targetFromSpec(target: Model, current: { readonly model: Model; readonly analysis: Analysis }, options: Pick<DesignOptions, 'analyzers'> = {}): DesignResult {
  const targetAnalysis = runAnalysis(target, options.analyzers ?? builtInAnalyzers);
  const intent: TaskIntent = { protect: [], unresolved: [], immutable: false, offsite: false };
  return assemble({ mode: 'user-target', matches: [], designs: [], model: current.model, analysis: current.analysis, target, targetAnalysis, intent, extraQuestions: [] });
}

interface AssembleInput {
  readonly mode: DesignResult['mode'];
  readonly task?: string;
  readonly matches: readonly BlueprintMatch[];
  readonly unsupported?: DesignResult['unsupported'];
  readonly designs: readonly Design[];
  readonly model: Model;
  readonly analysis: Analysis;
  readonly target: Model;
  readonly targetAnalysis: Analysis;
  readonly intent: TaskIntent;
  readonly extraQuestions: readonly OpenQuestion[];
}

function assemble(input: AssembleInput): DesignResult {
  const purchases = input.designs.flatMap((design) => design.purchases);
  return {
    mode: input.mode,
    ...(input.task !== undefined ? { task: input.task } : {}),
    matches: input.matches,
    ...(input.unsupported !== undefined ? { unsupported: input.unsupported } : {}),
    designs: input.designs,
    target: input.target,
    targetAnalysis: input.targetAnalysis,
    beforeAfter: figureDeltas(input.analysis, input.targetAnalysis),
    constraints: planConstraints(input.target, input.intent, input.designs),
    purchases,
    cost: totalCost(purchases),
    risks: input.designs.flatMap((design) => design.risks),
    validation: unique(input.designs.flatMap((design) => design.validation)),
    rollback: unique(input.designs.flatMap((design) => design.rollback)),
    assumptions: mergeAssumptions([...input.designs.flatMap((design) => design.assumptions), ...input.targetAnalysis.assumptions]),
    openQuestions: [...input.designs.flatMap((design) => design.openQuestions), ...input.extraQuestions],
  };
}

/** The spec's constraints plus what the task and the designs protect. */
export function planConstraints(model: Model, intent: TaskIntent, designs: readonly Design[]): PlanConstraints {
  const zeroDowntime = unique([...model.constraints.zeroDowntime, ...intent.protect.map((scope) => scope.id), ...designs.flatMap((design) => design.protect ?? [])]);
  return {
    zeroDowntime,
    maintenanceWindows: model.constraints.maintenanceWindows,
    ...(model.constraints.budget !== undefined ? { budget: model.constraints.budget } : {}),
  };
}

/** Sum of purchases per currency. */
export function totalCost(purchases: readonly Purchase[]): Money[] {
  const sums = new Map<string, number>();
  for (const purchase of purchases) sums.set(purchase.cost.currency, (sums.get(purchase.cost.currency) ?? 0) + purchase.cost.amount);
  return [...sums].sort(([a], [b]) => compareText(a, b)).map(([currency, amount]) => ({ amount: Math.round(amount * 100) / 100, currency }));
}

function unresolvedQuestions(intent: TaskIntent): OpenQuestion[] {
  return intent.unresolved.map((said) => ({
    id: `design/unresolved-scope/${said.replace(/[^a-z0-9]+/gu, '-')}`,
    text: `The task asks for zero downtime for "${said}", which names no VLAN or workload in the spec; which one is meant (add its id to constraints.zeroDowntime)?`,
  }));
}

function mergeAssumptions(assumptions: readonly Assumption[]): Assumption[] {
  const byId = new Map<string, Assumption>();
  for (const assumption of assumptions) if (!byId.has(assumption.id)) byId.set(assumption.id, assumption);
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
