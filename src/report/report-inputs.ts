/**
 * What the report is built from. The model and the loader's assumptions are always there; the analysis,
 * findings and failure analysis come from their own stages and are optional, so the report can be built
 * (honestly, without inventing anything) before those stages run. Findings are the rules engine's own
 * type; the failure analysis is seen through `ReportFailure`, into which src/failure's `Spof` is adapted
 * (node id → entity id, what it takes down per kind → one list, worst workload criticality). The
 * adapters live in context-adapters.ts; `kestra plan` fills the context in one place (run-plan.ts).
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { DesignResult } from '../design/design-result.js';
import type { Plan } from '../plan/plan-types.js';
import type { PatternId } from '../intake/invocation/pattern-ids.js';
import { compareText } from '../intake/diagnostic.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { Finding } from '../rules/finding.js';
import type { RuleMeta } from '../rules/rule.js';
import type { ReviewSpec } from '../review/types.js';
import { type Severity, severities } from '../rules/severity.js';
import type { ReportQuestionId } from './report-questions.js';

export type { Severity };

/**
 * A rule violation, as the report shows it: the rules engine's `Finding` (src/rules/finding.ts) is one.
 * A finding whose waiver has expired is active again: pass it without its waiver.
 */
export type ReportFinding = Pick<Finding, 'ruleId' | 'severity' | 'layer' | 'subjects' | 'message' | 'evidence' | 'mitigation'> &
  Partial<Pick<Finding, 'blastRadius' | 'references'>> & {
    readonly likelihood?: string;
    readonly impact?: string;
    /** Present when the finding is accepted by a waiver in force. */
    readonly waiver?: { readonly reason: string; readonly expires?: string };
    /** True when the target (a design or a target spec) no longer has the finding: the migration fixes it. */
    readonly fixedByTarget?: boolean;
  };

/** A rule of the catalog, for the "rules in force" list of rule-based reasoning (the rules' `meta` is one). */
export type ReportRule = Pick<RuleMeta, 'id' | 'title' | 'layer'> & {
  readonly severity: Severity | 'off';
  /** The engine's verdict (src/rules/engine.ts RuleStatus); absent when only the catalog is known. */
  readonly status?: 'passed' | 'failed' | 'not-applicable' | 'waived' | 'disabled';
};

/** A single point of failure: one component whose loss takes something down. */
export interface ReportSpof {
  /** Entity id of the component as the spec names it ("sw1"; src/failure's `Spof.name`, not its node id). */
  readonly component: string;
  /** The component's kind in words ("switch", "nvme disk", "UPS"). */
  readonly kind?: string;
  /** Its kind in the failure graph (host, disk, nic, link, device, feed, ups, pdu, wan, workload). */
  readonly componentKind?: string;
  /** Ids of everything that goes down with it (its blast radius). */
  readonly takesDown: readonly string[];
  /** Highest criticality among what it takes down. */
  readonly criticality?: string;
  readonly mitigation: string;
  /** What users lose with it (workloads, VLANs, VPNs, internet access): the head of `takesDown`. */
  readonly services?: readonly string[];
  /** Workloads it takes down, by criticality. */
  readonly workloads?: Readonly<Record<'critical' | 'high' | 'medium' | 'low', number>>;
  /** What users lose, in words: "outage of 8 workloads (2 critical, …); 4 VLANs; internet access". */
  readonly impact?: string;
  /** Hours a year the component is expected to be down on its own: (1 − availability) × 8760 h. */
  readonly downtimeHoursPerYear?: number;
  /** Where that availability comes from ("default switch", "spec", "settings.availability.host"). */
  readonly downtimeBasis?: string;
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
  /** The design stage's result: the blueprints' decisions and target for the task, or the target spec's (src/design). */
  readonly design?: DesignResult;
  /** The phased migration from the current state to the design's target (src/plan planMigration). */
  readonly migration?: Plan;
  /** The day date-dependent judgements were made for (--date); without it they are open questions. */
  readonly asOf?: string;
  /** What the self-review cross-checks the report's names, figures and SPOFs against (as `kestra lint --spec` does). */
  readonly reviewSpec?: ReviewSpec;
  readonly task?: string;
  /** The patterns in force, in canonical order. */
  readonly patterns: readonly PatternId[];
  /** The inputs the current state was read from, as given; several are merged into one model. */
  readonly inputs: readonly string[];
  /** Questions the self-review's revision raised for gaps it found (see report-questions.ts). */
  readonly raisedQuestions?: readonly ReportQuestionId[];
}

/** Severities from most to least severe. */
export const severityOrder: readonly Severity[] = severities;

/** Findings most severe first, then by rule id and first subject, so the order never varies. */
export function sortFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort(
    (a, b) =>
      severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.subjects.join(','), b.subjects.join(',')),
  );
}
