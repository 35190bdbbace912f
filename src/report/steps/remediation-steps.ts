/**
 * Until design blueprints supply step templates, each remediation (the open findings of one rule that
 * share a mitigation) becomes one step: checked against the analysis first, carried out by the rule's
 * mitigation, validated by the analysis no longer reporting it and by the figures it read, and undone
 * the way changes of its layer are undone. Phases follow severity.
 */
import type { Fact } from '../../analyze/fact.js';
import { type Remediation, OPEN_QUESTION_RULE, remediationPhaseTitle, remediationsOf } from '../remediations.js';
import { restorePoints } from './restore-points.js';
import type { ReportContext } from '../report-inputs.js';
import type { ActionStep, Inline, RichText } from '../report-model.js';
import { code, fact, joinRich, rule } from '../rich-text.js';
import { inputArguments } from '../input-names.js';

export interface Phase {
  readonly number: number;
  readonly title: string;
  readonly steps: readonly ActionStep[];
}

/** How a change of each layer is undone, and what it costs in downtime when that is known. */
const layerHandling: Readonly<Record<string, { readonly rollback: string; readonly downtime?: string; readonly blastRadius?: string }>> = {
  security: { rollback: 'Restore the firewall or VPN configuration exported in step {baseline} on the device it came from.' },
  network: { rollback: 'Restore the device configuration exported in step {baseline}; re-cable to the ports the baseline records.' },
  storage: { rollback: 'Reverse the pool change with its inverse command (`zpool detach` for an attached mirror disk); restore data from the step {backup} backup only if data was touched.' },
  cluster: { rollback: 'Remove the added vote or link (`pvecm qdevice remove`, or the corosync.conf saved in step {baseline}) and check `pvecm status` shows the recorded votes.' },
  compute: { rollback: 'Set the guests back to the memory, vCPU and placement recorded in step {baseline} (`qm config` / `pct config`).' },
  backup: { rollback: 'Disable the new or changed job and restore its schedule and target from the step {baseline} record; backups already taken stay.', downtime: 'none: backup jobs run beside the workloads' },
  power: { rollback: 'Stop the new shutdown or monitoring service on each host and restore the UPS settings recorded in step {baseline}; the hosts run as before.', downtime: 'none expected: shutdown software is installed on running hosts' },
  observability: { rollback: 'Remove the added checks, exporters or alert routes; nothing on the watched systems changes.', downtime: 'none: monitoring only' },
  availability: { rollback: 'Take the added component out of the path again; the original path stays cabled and configured until the cut-over is validated, so undoing it returns to the step {baseline} state.' },
  general: { rollback: 'Nothing to undo on the site: only the spec changes.', downtime: 'none: the spec changes, not the site', blastRadius: 'none: nothing on the site changes' },
};

/** Remediation phases 1–3 for the open findings. `specFile` is what the validation re-analyses. */
export function remediationPhases(context: ReportContext, window: string | undefined): Phase[] {
  const remediations = remediationsOf(context);
  return [...new Set(remediations.map((remediation) => remediation.phase))].map((number) => ({
    number,
    title: remediationPhaseTitle(context, number),
    steps: remediations.filter((remediation) => remediation.phase === number).map((remediation) => step(remediation, context, window)),
  }));
}

function step(remediation: Remediation, context: ReportContext, window: string | undefined): ActionStep {
  const subjects = joinRich(remediation.subjects.map(code), ', ');
  const analyze = code(`kestra analyze ${inputArguments(context.inputs)}`);
  const handling: { readonly rollback: string; readonly downtime?: string; readonly blastRadius?: string } = layerHandling[remediation.layer] ?? { rollback: 'Return the changed components to the configuration saved in step {baseline}; restore data from the backup of step {backup} if any was touched.' };
  const figures = remediation.evidence.flatMap((id) => {
    const value = context.analysis?.byId.get(id);
    return value && value.status === 'known' ? [value] : [];
  });
  const openQuestions = remediation.ruleId === OPEN_QUESTION_RULE;
  const points = restorePoints(context);
  const at = (text: string) => text.replace('{baseline}', points.baseline).replace('{backup}', points.backup);
  return {
    id: remediation.stepId,
    title: [openQuestions ? 'Answer the open questions about ' : 'Remedy ', ...(openQuestions ? [] : [rule(remediation.ruleId), ' on ']), ...subjects],
    preChecks: [
      openQuestions ? ['The answers are at hand (a measurement, a vendor sheet or the owner’s decision).'] : [points.ready],
      ['The finding still stands: ', analyze, ' reports ', rule(remediation.ruleId), ' for ', ...subjects, '.'],
    ],
    actions: openQuestions ? remediation.findings.map((finding): RichText => [finding.message]) : [[remediation.mitigation]],
    commands: [],
    validation: [
      ['After updating the spec to the new state, ', analyze, ' no longer reports ', rule(remediation.ruleId), ' for ', ...subjects, '.'],
      ...(figures.length > 0 ? [['The figures it judged have moved past the rule’s threshold: ', ...figureList(figures), '.'] as RichText] : []),
    ],
    rollback: [[at(handling.rollback)]],
    downtime: [handling.downtime ?? `not computed for this change; schedule it in ${window ?? 'an agreed maintenance window'}`],
    blastRadius: handling.blastRadius ? [handling.blastRadius] : remediation.blastRadius.length > 0 ? joinRich(remediation.blastRadius.map(code), ', ') : subjects,
    cites: [remediation.ruleId, ...remediation.evidence],
  };
}

/** "Achieved RPO of homeassistant now 1.04 days; …" */
function figureList(figures: readonly Fact[]): Inline[] {
  return joinRich(
    figures.map((value): RichText => [`${value.label} of `, code(value.subject), ' now ', fact(value)]),
    '; ',
  ) as Inline[];
}
