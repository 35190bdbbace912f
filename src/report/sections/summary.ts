/** Summary: scope, and the five most important conclusions with their numbers (findings and SPOFs, most severe first). */
import { summarizeModel } from '../../model/summary.js';
import { type ReportContext, type ReportFinding, severityOrder, sortFindings } from '../report-inputs.js';
import type { Block, Inline, RichText, Section } from '../report-model.js';
import { code, fact, joinRich, rule } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** Conclusions the Summary lists. */
export const SUMMARY_CONCLUSIONS = 5;

/** The Summary section. Reads findings, failure and analysis (for evidence figures) when present. */
export function buildSummary(context: ReportContext): Section {
  const blocks: Block[] = [{ kind: 'paragraph', text: scope(context) }];
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
  return { id: 'summary', title: sectionTitles.summary, blocks };
}

function scope(context: ReportContext): RichText {
  const summary = summarizeModel(context.model);
  const counts = Object.entries(summary.counts)
    .filter(([, value]) => value > 0)
    .map(([name, value]) => `${value} ${value === 1 ? singular(name) : name}`)
    .join(', ');
  const task: RichText = context.task ? [' The task: ', { kind: 'strong', text: context.task }, '.'] : [' No task was given, so this is a review of the current state and the plan to remedy what it finds.'];
  return [`Site "${summary.site}"${context.model.site.location ? ` (${context.model.site.location})` : ''}, read from `, code(context.usedInput), `: ${counts || 'no components'}.`, ...task];
}

/** Up to five conclusions: findings and single points of failure, most severe first. */
function topConclusions(context: ReportContext): RichText[] {
  const candidates: { rank: number; key: string; text: RichText }[] = [];
  for (const finding of sortFindings((context.findings ?? []).filter((item) => item.waiver === undefined))) {
    candidates.push({ rank: severityOrder.indexOf(finding.severity), key: `a${finding.ruleId}`, text: findingConclusion(finding, context) });
  }
  for (const spof of context.failure?.spofs ?? []) {
    const rank = spof.criticality ? Math.max(0, severityOrder.indexOf(spof.criticality as never)) : 2;
    candidates.push({
      rank,
      key: `b${spof.component}`,
      text: [code(spof.component), ` is a single point of failure: losing it takes down ${spof.takesDown.length} component${spof.takesDown.length === 1 ? '' : 's'} (`, ...joinRich(spof.takesDown.slice(0, 5).map(code), ', '), spof.takesDown.length > 5 ? ', …' : '', `). Mitigation: ${spof.mitigation}`],
    });
  }
  // Stable: rank, then findings before SPOFs, then id; the sort is stable for equal keys.
  return candidates
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, SUMMARY_CONCLUSIONS)
    .map((candidate) => candidate.text);
}

function findingConclusion(finding: ReportFinding, context: ReportContext): RichText {
  const evidence: Inline[] = [];
  for (const id of finding.evidence) {
    const value = context.analysis?.byId.get(id);
    if (value && value.status === 'known') evidence.push(`${value.label} of ${value.subject}: `, fact(value), '; ');
  }
  if (evidence.length > 0) evidence.pop();
  return [rule(finding.ruleId), ` ${finding.message.replace(/\.$/, '')}`, ...(evidence.length > 0 ? [' (', ...evidence, ')'] : []), `. Mitigation: ${finding.mitigation}`];
}

function singular(name: string): string {
  if (name === 'UPSes') return 'UPS';
  if (name === 'VLANs') return 'VLAN';
  return name.replace(/ies$/, 'y').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '');
}
