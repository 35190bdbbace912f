/**
 * Summary: scope, and the five most important conclusions with their numbers. Conclusions are the open
 * findings grouped by rule and the single points of failure grouped by what they take down, ranked by
 * severity and then by how much they affect; the five are spread over as many layers as that ranking
 * allows, so one noisy layer does not crowd out the rest. Then the totals.
 */
import type { Fact } from '../../analyze/fact.js';
import { compareText } from '../../intake/diagnostic.js';
import { formatDuration, formatMoney } from '../../intake/units/index.js';
import { seconds } from '../../model/quantities.js';
import { summarizeModel } from '../../model/summary.js';
import { formatFactValue } from '../../render/format-fact.js';
import { OPEN_QUESTION_RULE, SPOF_RULE, remediationsOf } from '../remediations.js';
import { baselineSteps } from '../steps/baseline-steps.js';
import { type ReportContext, type ReportFinding, type ReportSpof, type Severity, severityOrder, sortFindings } from '../report-inputs.js';
import type { Block, Inline, RichText, Section } from '../report-model.js';
import { code, fact, joinRich, rule } from '../rich-text.js';
import { inputNames } from '../input-names.js';
import { sectionTitles } from '../section-ids.js';

/** Conclusions the Summary lists. */
export const SUMMARY_CONCLUSIONS = 5;

interface Conclusion {
  readonly severity: Severity;
  /** How much it affects: services, subjects or copies; the larger ranks first within a severity. */
  readonly weight: number;
  readonly layer: string;
  readonly key: string;
  readonly text: RichText;
}

/** The Summary section. Reads findings, failure and analysis (for evidence figures) when present. */
export function buildSummary(context: ReportContext): Section {
  const blocks: Block[] = [{ kind: 'paragraph', text: scope(context) }];
  const design = designSentence(context);
  if (design.length > 0) blocks.push({ kind: 'paragraph', text: design });
  const conclusions = topConclusions(context);
  if (conclusions.length > 0) {
    blocks.push({ kind: 'paragraph', text: [`The ${conclusions.length === 1 ? 'most important conclusion' : `${conclusions.length} most important conclusions`}, most severe first:`] });
    blocks.push({ kind: 'bullets', items: conclusions });
  } else if (context.findings === undefined && context.failure === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: ['No rules and no failure analysis ran for this report, so it draws no conclusions yet; it states what the spec says, and lists what is still to be computed under Assumptions & Open Questions.'],
    });
  } else {
    blocks.push({ kind: 'paragraph', text: ['The rules found nothing to fix and the failure analysis found no single point of failure.'] });
  }
  const totals = totalsSentence(context);
  if (totals.length > 0) blocks.push({ kind: 'paragraph', text: totals });
  return { id: 'summary', title: sectionTitles.summary, blocks };
}

function scope(context: ReportContext): RichText {
  const summary = summarizeModel(context.model);
  const counts = Object.entries(summary.counts)
    .filter(([, value]) => value > 0)
    .map(([name, value]) => `${value} ${value === 1 ? singular(name) : name}`)
    .join(', ');
  const task: RichText = context.task ? [' The task: ', { kind: 'strong', text: context.task }, '.'] : [' No task was given, so this is a review of the current state and the plan to remedy what it finds.'];
  return [`Site "${summary.site}"${context.model.site.location ? ` (${context.model.site.location})` : ''}, read from `, ...inputNames(context.inputs), `: ${counts || 'no components'}.`, ...task];
}

/** Up to five conclusions, most severe and widest first, spread over layers. */
function topConclusions(context: ReportContext): RichText[] {
  const candidates = [...spofConclusions(context), ...findingConclusions(context)].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || b.weight - a.weight || compareText(a.key, b.key),
  );
  const cut = candidates[SUMMARY_CONCLUSIONS - 1];
  // First one per layer among those as severe as the fifth would be; then the rest in rank order.
  const chosen: Conclusion[] = [];
  const layers = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.length === SUMMARY_CONCLUSIONS) break;
    if (cut && severityOrder.indexOf(candidate.severity) > severityOrder.indexOf(cut.severity)) break;
    if (layers.has(candidate.layer)) continue;
    layers.add(candidate.layer);
    chosen.push(candidate);
  }
  for (const candidate of candidates) {
    if (chosen.length === SUMMARY_CONCLUSIONS) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))
    .map((conclusion) => conclusion.text);
}

/** Single points of failure that take down the same services are one conclusion. */
function spofConclusions(context: ReportContext): Conclusion[] {
  const groups = new Map<string, ReportSpof[]>();
  for (const spof of context.failure?.spofs ?? []) {
    const key = (spof.services ?? spof.takesDown).join(',');
    groups.set(key, [...(groups.get(key) ?? []), spof]);
  }
  const judged = new Set((context.findings ?? []).filter((finding) => finding.ruleId === SPOF_RULE && finding.waiver === undefined).flatMap((finding) => finding.subjects));
  return [...groups.values()].map((members) => {
    const first = members[0] as ReportSpof;
    const ruled = members.some((member) => judged.has(member.component));
    // The mitigation shown is that of the first member the rule judged (a UPS rather than the utility feed behind it).
    const lead = members.find((member) => judged.has(member.component)) ?? first;
    const severity: Severity = first.criticality === 'critical' || first.criticality === 'high' ? 'high' : first.criticality === 'medium' ? 'medium' : 'low';
    const impact = first.impact ?? `loss of ${first.takesDown.length} component${first.takesDown.length === 1 ? '' : 's'}`;
    const who: RichText = members.length === 1 ? [code(first.component), ` (${first.kind ?? 'component'}) is a single point of failure`] : [...joinRich(members.map((member) => code(member.component)), ', '), ` are each a single point of failure`];
    return {
      severity,
      weight: first.services?.length ?? first.takesDown.length,
      layer: 'availability',
      key: `spof ${first.component}`,
      text: [...(ruled ? [rule(SPOF_RULE), ' '] : []), ...who, `: losing ${members.length === 1 ? 'it' : 'any one'} means ${impact}. Mitigation for `, code(lead.component), `: ${lead.mitigation}${members.length > 1 ? ' The others are under Risks.' : ''}`],
    };
  });
}

/** Open findings of one rule are one conclusion: the first message, how many more, the figures it read. */
function findingConclusions(context: ReportContext): Conclusion[] {
  const open = sortFindings((context.findings ?? []).filter((finding) => finding.waiver === undefined && finding.ruleId !== OPEN_QUESTION_RULE && finding.ruleId !== SPOF_RULE));
  const byRule = new Map<string, ReportFinding[]>();
  for (const finding of open) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  return [...byRule.values()].map((findings) => {
    const first = findings[0] as ReportFinding;
    const affected = new Set(findings.flatMap((finding) => (finding.blastRadius && finding.blastRadius.length > 0 ? finding.blastRadius : finding.subjects)));
    const figures = evidenceOf(findings, context);
    return {
      severity: first.severity,
      weight: affected.size,
      layer: first.layer,
      key: first.ruleId,
      text: [
        rule(first.ruleId),
        ` ${first.message.replace(/\.$/, '')}`,
        findings.length > 1 ? ` (${findings.length} findings: `: '',
        ...(findings.length > 1 ? [...joinRich(findings.map((finding) => code(finding.subjects[0] ?? '')), ', '), ')'] : []),
        ...(figures.length > 0 ? [' — ', ...figures] : []),
        findings.every((finding) => finding.fixedByTarget) ? '. The target fixes it.' : `. Mitigation: ${first.mitigation}`,
      ],
    };
  });
}

/** Up to two known figures the findings read, figures of one kind and value counted once: "Offsite copies: 0 for each of 6". */
function evidenceOf(findings: readonly ReportFinding[], context: ReportContext): Inline[] {
  const groups = new Map<string, Fact[]>();
  for (const id of new Set(findings.flatMap((finding) => finding.evidence))) {
    const value = context.analysis?.byId.get(id);
    if (!value || value.status !== 'known') continue;
    const key = JSON.stringify([value.label, formatFactValue(value)]);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return joinRich(
    [...groups.values()].slice(0, 2).map((values): RichText => {
      const first = values[0] as Fact;
      return values.length === 1 ? [`${first.label} of `, code(first.subject), ': ', fact(first)] : [`${first.label}: `, fact(first), ` for each of ${values.length}`];
    }),
    '; ',
  ) as Inline[];
}

/** "In all: 29 findings (1 critical, …), 18 single points of failure, 5 open questions; 26 steps in 4 phases." */
function totalsSentence(context: ReportContext): RichText {
  if (context.findings === undefined && context.failure === undefined) return [];
  const parts: string[] = [];
  if (context.findings) {
    const open = context.findings.filter((finding) => finding.waiver === undefined && finding.ruleId !== OPEN_QUESTION_RULE);
    const bySeverity = severityOrder.map((severity) => [severity, open.filter((finding) => finding.severity === severity).length] as const).filter(([, count]) => count > 0);
    parts.push(`${open.length} finding${open.length === 1 ? '' : 's'}${bySeverity.length > 0 ? ` (${bySeverity.map(([severity, count]) => `${count} ${severity}`).join(', ')})` : ''}`);
    const waived = context.findings.filter((finding) => finding.waiver !== undefined).length;
    if (waived > 0) parts.push(`${waived} accepted by waiver`);
    const questions = context.findings.filter((finding) => finding.waiver === undefined && finding.ruleId === OPEN_QUESTION_RULE).length;
    if (questions > 0) parts.push(`${questions} figure${questions === 1 ? '' : 's'} unknown for want of input`);
  }
  if (context.failure) parts.push(`${context.failure.spofs.length} single point${context.failure.spofs.length === 1 ? '' : 's'} of failure`);
  const remediations = remediationsOf(context);
  const remediationPhases = new Set(remediations.map((remediation) => remediation.phase)).size;
  const { migration } = context;
  const runbook = migration
    ? `the runbook has ${migration.steps.length + remediations.length} steps in ${migration.phases.length + remediationPhases} phases: the migration, then ${remediations.length} remediation${remediations.length === 1 ? '' : 's'} of what the target leaves`
    : `the plan fixes them in ${remediations.length + baselineSteps(context.model).length} steps over ${remediationPhases + 1} phase${remediationPhases === 0 ? '' : 's'}, after a baseline and a fresh backup`;
  return [`In all: ${parts.join(', ')}; ${runbook}.`];
}

/** The design and its migration in figures: what was chosen, what it costs, how long and disruptive the change is. */
function designSentence(context: ReportContext): RichText {
  const { design, migration } = context;
  if (!design || design.mode === 'review') return [];
  const chosen = design.designs.flatMap((item) => item.decisions.map((decision) => decision.options.find((option) => option.id === decision.choice.optionId)?.title ?? decision.choice.optionId));
  const what: RichText =
    design.mode === 'blueprint'
      ? [`The design (${design.designs.map((item) => item.title).join(' + ')}) chooses: ${chosen.join('; ')}.`]
      : ['The target is the spec ', code(context.target?.file ?? ''), '.'];
  const cost = design.cost.length > 0 ? ` Purchases cost ${design.cost.map(formatMoney).join(' + ')}.` : ' Nothing needs buying.';
  const plan = migration
    ? ` The migration takes ${migration.steps.length} steps in ${migration.phases.length} phases, ${migration.downtime > 0 ? `${formatDuration(seconds(migration.downtime))} of downtime` : 'with no planned downtime'}${migration.windowsNeeded > 0 ? ` in ${migration.windowsNeeded} maintenance window${migration.windowsNeeded === 1 ? '' : 's'}` : ''}; ${migration.violations.length === 0 ? `every constraint holds on every intermediate state (${migration.checks.length} checked)` : `${migration.violations.length} constraint violation${migration.violations.length === 1 ? '' : 's'} remain (see Action Steps)`}.`
    : '';
  const fixed = (context.findings ?? []).filter((finding) => finding.fixedByTarget && finding.waiver === undefined).length;
  return [...what, cost, plan, fixed > 0 ? ` The target fixes ${fixed} of today's findings.` : ''];
}

function singular(name: string): string {
  if (name === 'UPSes') return 'UPS';
  if (name === 'VLANs') return 'VLAN';
  return name.replace(/ies$/, 'y').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '');
}
