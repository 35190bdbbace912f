/**
 * What a step template returns: drafts of the steps that carry out one change. The planner turns them
 * into Steps (ids, order, requirements). A template may offer bridges: alternative drafts that keep a
 * protected scope up (make-before-break), which the planner uses when the plain drafts break a
 * zero-downtime constraint.
 */
import type { Analysis } from '../../analyze/run-analysis.js';
import type { ChangeKind } from '../change-kinds.js';
import type { Change, Command, Phase, StepBody } from '../plan-types.js';
import type { Model } from '../../model/types.js';

export const MINUTE = 60;
export const HOUR = 3600;

export interface TemplateContext {
  readonly current: Model;
  readonly target: Model;
  readonly changes: readonly Change[];
  /** Analysis of the current model, for figures such as resilver times. */
  readonly analysis?: Analysis;
}

export interface StepDraft extends StepBody {
  /** Appended to the change id to form the step id; '' for the step that applies the change. */
  readonly key: string;
  /** Defaults to the change kind's phase. */
  readonly phase?: Phase;
  /** True for the draft that applies the change's patches; defaults to the draft with key ''. */
  readonly applies?: boolean;
  /** Alternatives that keep protected scopes up, tried in order when this draft breaks one. */
  readonly bridges?: readonly BridgeDraft[];
}

export interface BridgeDraft {
  readonly reason: string;
  /** Replace the draft; exactly one of them applies the change (`applies: true`, or key ''). */
  readonly steps: readonly StepDraft[];
}

export type StepTemplate = (change: Change, context: TemplateContext) => readonly StepDraft[];
export type TemplateTable = Partial<Readonly<Record<ChangeKind, StepTemplate>>>;

/** A draft with the usual defaults: no pre-checks, no downtime, the change's subject as blast radius. */
export function draft(change: Change, fields: Partial<StepDraft> & Pick<StepDraft, 'title' | 'action' | 'validation' | 'rollback' | 'duration'>): StepDraft {
  return {
    key: '',
    preChecks: [],
    downtime: 0,
    downtimeBasis: 'no service interruption expected',
    blastRadius: [change.subject],
    disrupts: [],
    ...fields,
  };
}

/** A shell command on `on`. */
export const shell = (text: string, on?: string): Command => ({ kind: 'shell', text, ...(on !== undefined ? { on } : {}) });
/** A click path in a web UI, e.g. "Interfaces ▸ Other Types ▸ VLAN". */
export const ui = (text: string, on?: string): Command => ({ kind: 'ui', text, ...(on !== undefined ? { on } : {}) });
/** A configuration file edit. */
export const config = (text: string, on?: string): Command => ({ kind: 'config', text, ...(on !== undefined ? { on } : {}) });

/** The placeholder a command uses for a guest's numeric VMID, which the spec does not hold. */
export function vmid(workload: string): string {
  return `<vmid of ${workload}>`;
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
