/**
 * Until design blueprints supply step templates, each open finding becomes one step: the rule's
 * mitigation, checked by re-running the analysis, undone from the Phase 0 baseline. Phases follow severity.
 */
import type { ReportFinding } from '../report-inputs.js';
import { sortFindings } from '../report-inputs.js';
import type { ActionStep, RichText } from '../report-model.js';
import { code, joinRich, rule } from '../rich-text.js';

export interface Phase {
  readonly number: number;
  readonly title: string;
  readonly steps: readonly ActionStep[];
}

const phaseOfSeverity = { critical: 1, high: 1, medium: 2, low: 3, info: 3 } as const;
const phaseTitles: Readonly<Record<number, string>> = { 1: 'Critical and high findings', 2: 'Medium findings', 3: 'Low findings' };

/** Remediation phases 1–3 for the open findings. `specFile` is what the validation re-analyses. */
export function remediationPhases(findings: readonly ReportFinding[], specFile: string, window: string | undefined): Phase[] {
  const open = sortFindings(findings.filter((finding) => finding.waiver === undefined));
  const phases: Phase[] = [];
  for (const number of [1, 2, 3]) {
    const inPhase = open.filter((finding) => phaseOfSeverity[finding.severity] === number);
    if (inPhase.length === 0) continue;
    phases.push({ number, title: phaseTitles[number] ?? '', steps: inPhase.map((finding, index) => step(finding, `${number}.${index + 1}`, specFile, window)) });
  }
  return phases;
}

function step(finding: ReportFinding, id: string, specFile: string, window: string | undefined): ActionStep {
  const subjects = joinRich(finding.subjects.map(code), ', ');
  const blast: RichText = finding.blastRadius && finding.blastRadius.length > 0 ? joinRich(finding.blastRadius.map(code), ', ') : subjects;
  return {
    id,
    title: ['Remedy ', rule(finding.ruleId), ' on ', ...subjects],
    preChecks: [['Phase 0 is done: baseline saved, fresh backup listed.'], ['The finding still stands: ', code(`kestra analyze ${specFile}`), ' reports ', rule(finding.ruleId), '.']],
    actions: [[finding.mitigation]],
    commands: [],
    validation: [['After updating the spec to the new state, ', code(`kestra analyze ${specFile}`), ' no longer reports ', rule(finding.ruleId), ' for ', ...subjects, '.']],
    rollback: [['Return the changed components to the configuration saved in step 0.1; restore data from the backup of step 0.2 if any was touched.']],
    downtime: [`not computed for this change; schedule it in ${window ?? 'an agreed maintenance window'}`],
    blastRadius: blast,
    cites: [finding.ruleId, ...finding.evidence],
  };
}
