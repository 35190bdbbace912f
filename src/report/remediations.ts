/**
 * The remediations of the open findings: findings of one rule that call for the same mitigation are one
 * remediation (three workloads missing their RPO need one schedule change), phased by severity and
 * numbered as the runbook numbers them. Target State, Architecture Narrative, Action Steps and the
 * checklist all read this one list, so a step number means the same thing everywhere.
 */
import { compareText } from '../intake/diagnostic.js';
import type { ReportContext, ReportFinding } from './report-inputs.js';
import { sortFindings } from './report-inputs.js';

/** The rule whose findings are figures nobody gave, not faults of the site. */
export const OPEN_QUESTION_RULE = 'general/open-question';
/** The rule that judges single points of failure; Risks lists its findings in the SPOF table. */
export const SPOF_RULE = 'availability/single-point-of-failure';

const phaseOfSeverity = { critical: 1, high: 1, medium: 2, low: 3, info: 3 } as const;

const phaseTitles: Readonly<Record<number, string>> = { 1: 'Critical and high findings', 2: 'Medium findings', 3: 'Low findings and open questions' };

/** The runbook phase the remediations start at: after the migration's phases when there is a migration. */
export function firstRemediationPhase(context: Pick<ReportContext, 'migration'>): number {
  return (context.migration?.phases.length ?? 0) + 1;
}

/** The title of remediation phase `number` (as numbered by remediationsOf). */
export function remediationPhaseTitle(context: Pick<ReportContext, 'migration'>, number: number): string {
  const title = phaseTitles[number - firstRemediationPhase(context) + 1] ?? '';
  return context.migration ? `Remediation: ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title;
}

export interface Remediation {
  /** The runbook step that carries it out, e.g. "1.3". */
  readonly stepId: string;
  readonly phase: number;
  readonly ruleId: string;
  readonly severity: ReportFinding['severity'];
  readonly layer: ReportFinding['layer'];
  /** The findings it remedies, most severe first. */
  readonly findings: readonly ReportFinding[];
  /** The entities the findings are about, in finding order (fact ids left out). */
  readonly subjects: readonly string[];
  readonly mitigation: string;
  /** Fact ids the findings read. */
  readonly evidence: readonly string[];
  readonly blastRadius: readonly string[];
}

/**
 * The open findings of `context` as numbered remediations, phase by phase. Findings the target no
 * longer has are the migration's to fix and get no remediation of their own.
 */
export function remediationsOf(context: Pick<ReportContext, 'findings' | 'migration'>): Remediation[] {
  const open = sortFindings((context.findings ?? []).filter((finding) => finding.waiver === undefined && !finding.fixedByTarget));
  const offset = firstRemediationPhase(context) - 1;
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of open) {
    const key = `${finding.ruleId}\u0000${finding.mitigation}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const drafts = [...groups.values()].map((findings) => {
    const first = findings[0] as ReportFinding;
    return { first, findings, phase: phaseOfSeverity[first.severity] };
  });
  const remediations: Remediation[] = [];
  for (const phase of [1, 2, 3]) {
    const inPhase = drafts.filter((draft) => draft.phase === phase);
    inPhase.forEach((draft, index) => {
      const evidence = unique(draft.findings.flatMap((finding) => finding.evidence));
      remediations.push({
        stepId: `${phase + offset}.${index + 1}`,
        phase: phase + offset,
        ruleId: draft.first.ruleId,
        severity: draft.first.severity,
        layer: draft.first.layer,
        findings: draft.findings,
        subjects: unique(draft.findings.flatMap((finding) => finding.subjects.filter((subject) => !finding.evidence.includes(subject)))),
        mitigation: draft.first.mitigation,
        evidence,
        blastRadius: unique(draft.findings.flatMap((finding) => finding.blastRadius ?? [])).sort(compareText),
      });
    });
  }
  return remediations;
}

/** The remediation that carries out `finding`, if it is open. */
export function remediationOf(remediations: readonly Remediation[], finding: ReportFinding): Remediation | undefined {
  return remediations.find((remediation) => remediation.findings.includes(finding));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
