/**
 * What the report is built from. The model and the loader's assumptions are always there; the analysis,
 * findings and failure analysis come from their own stages and are optional, so the report can be built
 * (honestly, without inventing anything) before those stages run. The finding and failure shapes are the
 * report's view of them (DESIGN.md "Analysis" and "Failure model"): the rules and failure stages either
 * produce these shapes or are adapted to them in one function, next to where `buildReport` is called.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { PatternId } from '../intake/invocation/pattern-ids.js';
import { compareText } from '../intake/diagnostic.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { ReportQuestionId } from './report-questions.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** A rule violation, as the report shows it. */
export interface ReportFinding {
  /** Stable rule id, e.g. "backup/no-offsite-copy". */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly layer: string;
  /** Ids of the entities the finding is about. */
  readonly subjects: readonly string[];
  readonly message: string;
  /** Fact ids the finding rests on. */
  readonly evidence: readonly string[];
  /** Ids of what goes down with the subject, when known. */
  readonly blastRadius?: readonly string[];
  readonly likelihood?: string;
  readonly impact?: string;
  readonly mitigation: string;
  readonly references?: readonly string[];
  /** Present when the finding is accepted by a waiver. */
  readonly waiver?: { readonly reason: string; readonly expires?: string };
}

/** A rule of the catalog, for the "rules in force" list of rule-based reasoning. */
export interface ReportRule {
  readonly id: string;
  readonly title: string;
  readonly layer: string;
  readonly severity: Severity | 'off';
}

/** A single point of failure: one component whose loss takes something down. */
export interface ReportSpof {
  /** Id of the component. */
  readonly component: string;
  readonly kind?: string;
  /** Ids of everything that goes down with it (its blast radius). */
  readonly takesDown: readonly string[];
  /** Highest criticality among what it takes down. */
  readonly criticality?: string;
  readonly mitigation: string;
}

/** The failure analysis, as the report shows it. */
export interface ReportFailure {
  /** Ranked, most damaging first. */
  readonly spofs: readonly ReportSpof[];
}

/** A target state given as a spec of its own (`--target target.yaml`). */
export interface ReportTarget {
  readonly file: string;
  readonly model: Model;
  readonly analysis?: Analysis;
}

/** Everything a section builder may read. */
export interface ReportContext {
  readonly model: Model;
  /** The loader's assumptions (unit conventions and defaults). */
  readonly assumptions: readonly Assumption[];
  /** Open questions the loader raised (a Markdown inventory's missing facts). */
  readonly inputQuestions?: readonly OpenQuestion[];
  readonly analysis?: Analysis;
  readonly findings?: readonly ReportFinding[];
  readonly rules?: readonly ReportRule[];
  readonly failure?: ReportFailure;
  readonly target?: ReportTarget;
  readonly task?: string;
  /** The patterns in force, in canonical order. */
  readonly patterns: readonly PatternId[];
  /** Inputs as given, and the one the current state was read from. */
  readonly inputs: readonly string[];
  readonly usedInput: string;
  /** Questions the self-review's revision raised for gaps it found (see report-questions.ts). */
  readonly raisedQuestions?: readonly ReportQuestionId[];
}

/** Severities from most to least severe. */
export const severityOrder: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Findings most severe first, then by rule id and first subject, so the order never varies. */
export function sortFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort(
    (a, b) =>
      severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.subjects.join(','), b.subjects.join(',')),
  );
}
