/**
 * Turns `kestra plan` arguments into one request: positional inputs and any persona invocation among
 * them, --task and --patterns (which win over the invocation's), and a checked --date.
 */
import { parseInvocation } from '../../../intake/invocation/parse-invocation.js';
import { looksLikeInvocation } from '../../../intake/invocation/looks-like-invocation.js';
import { type PatternId, patternIds, resolvePattern, suggestPattern } from '../../../intake/invocation/pattern-ids.js';
import { UsageError } from '../../../usage-error.js';
import type { PlanOptions } from '../plan.js';

export interface PlanRequest {
  readonly inputs: readonly string[];
  readonly task?: string;
  /** Undefined when none were asked for: the defaults for the task apply. */
  readonly patterns?: readonly PatternId[];
  readonly date?: string;
}

/** The request, or a UsageError naming what is wrong and what is supported. */
export function resolveRequest(argumentsGiven: readonly string[], options: PlanOptions): PlanRequest {
  const inputs: string[] = [];
  let task: string | undefined;
  let patterns: PatternId[] | undefined;
  for (const argument of argumentsGiven) {
    if (!looksLikeInvocation(argument)) {
      inputs.push(argument);
      continue;
    }
    const parsed = parseInvocation(argument);
    if (!parsed.ok) throw new UsageError(`invocation: ${parsed.message}`, parsed.hint);
    inputs.push(...parsed.invocation.inputs);
    task ??= parsed.invocation.task;
    if (parsed.invocation.patterns.length > 0) patterns = [...parsed.invocation.patterns];
  }
  if (options.task !== undefined) task = options.task.trim() === '' ? undefined : options.task;
  if (options.patterns !== undefined) patterns = parsePatternList(options.patterns);
  if (inputs.length === 0) throw new UsageError('no spec given', 'name a spec, e.g. "kestra plan examples/two-node-homelab.yaml", or list it after "Inputs:" in the invocation');
  if (options.date !== undefined && !isDate(options.date)) throw new UsageError(`--date ${JSON.stringify(options.date)} is not a date`, 'write it as YYYY-MM-DD, e.g. --date 2026-01-31');
  return { inputs, ...(task !== undefined ? { task } : {}), ...(patterns !== undefined ? { patterns } : {}), ...(options.date !== undefined ? { date: options.date } : {}) };
}

/** "chain-of-thought, rule-based reasoning" or "cot+meta-rules" → pattern ids; unknown names are a usage error. */
export function parsePatternList(list: string): PatternId[] {
  const result: PatternId[] = [];
  for (const name of list.split(/[,+]|\sand\s/).map((item) => item.trim()).filter((item) => item !== '')) {
    const id = resolvePattern(name);
    if (!id) {
      const suggestion = suggestPattern(name);
      throw new UsageError(`unknown pattern ${JSON.stringify(name)}`, `${suggestion ? `did you mean "${suggestion}"? ` : ''}supported patterns: ${patternIds.join(', ')}`);
    }
    if (!result.includes(id)) result.push(id);
  }
  return result;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
