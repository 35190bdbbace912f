/**
 * Risks: every single point of failure and every finding, with blast radius, likelihood, impact, mitigation
 * and the rule that raised it; waived findings apart; then the failure domains read from the spec, SPOFs
 * marked. Reads findings and failure when present and invents nothing when they are not.
 */
import { formatDuration } from '../../intake/units/index.js';
import { seconds } from '../../model/quantities.js';
import { failureDomainDiagram } from '../../render/diagrams/failure-domains.js';
import { mermaidSource } from '../../render/diagrams/mermaid-source.js';
import { cell, idsCell } from '../describe.js';
import { OPEN_QUESTION_RULE, SPOF_RULE, remediationOf, remediationsOf } from '../remediations.js';
import { type ReportContext, type ReportFinding, type ReportSpof, sortFindings } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, rule } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** Ids listed in a blast-radius cell before the rest are counted. */
export const MAX_BLAST_RADIUS_LISTED = 8;

/** The Risks section. */
export function buildRisks(context: ReportContext): Section {
  const blocks: Block[] = [];
  const { failure, findings } = context;
  const open = sortFindings((findings ?? []).filter((finding) => finding.waiver === undefined));
  const spofNames = new Set((failure?.spofs ?? []).map((spof) => spof.component));
  if (failure) {
    blocks.push({ kind: 'heading', text: 'Single points of failure' });
    blocks.push(
      failure.spofs.length === 0
        ? { kind: 'paragraph', text: ['The failure analysis finds no single component whose loss takes a service down.'] }
        : {
            kind: 'paragraph',
            text: [
              `The failure analysis fails each component on its own and follows everything that depends on it: ${failure.spofs.length} component${failure.spofs.length === 1 ? '' : 's'} take${failure.spofs.length === 1 ? 's' : ''} a service down alone. Most damaging first; likelihood is the component’s expected downtime a year (its availability), impact what users lose.`,
            ],
          },
    );
    if (failure.spofs.length > 0) blocks.push(spofTable(failure.spofs, findings ?? []));
  }
  if (findings) {
    const listed = open.filter((finding) => finding.ruleId !== OPEN_QUESTION_RULE && !(finding.ruleId === SPOF_RULE && finding.subjects.some((subject) => spofNames.has(subject))));
    const questions = open.filter((finding) => finding.ruleId === OPEN_QUESTION_RULE);
    const waived = sortFindings(findings.filter((finding) => finding.waiver !== undefined));
    blocks.push({ kind: 'heading', text: 'Findings' });
    blocks.push(listed.length === 0 ? { kind: 'paragraph', text: [failure && open.length > questions.length ? 'Every finding is a single point of failure listed above.' : 'The rules find nothing to fix.'] } : findingsTable(listed, context));
    if (questions.length > 0) {
      const step = remediationOf(remediationsOf(context), questions[0] as ReportFinding)?.stepId;
      blocks.push({
        kind: 'paragraph',
        text: [
          `${questions.length} figure${questions.length === 1 ? ' is' : 's are'} unknown for want of input `,
          rule(OPEN_QUESTION_RULE),
          `: the rules that need ${questions.length === 1 ? 'it' : 'them'} cannot judge yet. Each is listed under ${sectionTitles.assumptions}${step ? ', and step ' : ''}`,
          ...(step ? [code(step)] : []),
          ' asks for the answers.',
        ],
      });
    }
    if (waived.length > 0) {
      blocks.push({ kind: 'heading', text: 'Accepted by waiver' });
      blocks.push(waiverTable(waived, context.asOf));
    }
  }
  const designRisks = context.design?.risks ?? [];
  if (designRisks.length > 0) {
    blocks.push({ kind: 'heading', text: 'Risks of the design and the migration' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Risk' }, { title: 'Blast radius' }, { title: 'Mitigation' }],
      rows: designRisks.map((risk) => [cell(risk.description), blastRadius(risk.blastRadius), cell(risk.mitigation)]),
    });
  }
  if (!failure && !findings) {
    blocks.push({
      kind: 'paragraph',
      text: ['No failure analysis and no rules ran for this report, so no risk is listed rather than one guessed. The failure domains below are read from the spec: anything in one box goes down with the component that box hangs from.'],
    });
  }
  const diagram = failureDomainDiagram(context.model, failure ? { spofs: spofNames } : {});
  if (diagram.edges.length > 0) {
    blocks.push({ kind: 'heading', text: 'Failure domains' });
    blocks.push({ kind: 'diagram', diagram, mermaid: mermaidSource(diagram) });
  }
  return { id: 'risks', title: sectionTitles.risks, blocks };
}

function spofTable(spofs: readonly ReportSpof[], findings: readonly ReportFinding[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Component' }, { title: 'Blast radius' }, { title: 'Likelihood' }, { title: 'Impact' }, { title: 'Mitigation' }, { title: 'Rule' }],
    rows: spofs.map((spof) => {
      const judged = findings.some((finding) => finding.ruleId === SPOF_RULE && finding.subjects.includes(spof.component));
      return [
        [code(spof.component), ...(spof.kind ? [` (${spof.kind})`] : [])],
        blastRadius(spof.takesDown),
        cell(likelihood(spof)),
        cell(spof.impact),
        cell(spof.mitigation),
        judged ? [rule(SPOF_RULE)] : [unjudged[spof.componentKind ?? ''] ?? '— (no critical or high workload on it)'],
      ];
    }),
  };
}

/** Why the SPOF rule did not judge a component (its kinds are devices, links, NICs, UPSes, PDUs, WANs and hosts). */
const unjudged: Readonly<Record<string, string>> = {
  disk: '— (a disk is judged with its pool)',
  feed: '— (the utility feed is judged through the UPS it feeds)',
  workload: '— (a workload others depend on; no rule judges it)',
};

function findingsTable(findings: readonly ReportFinding[], context: ReportContext): Block {
  const remediations = remediationsOf(context);
  return {
    kind: 'table',
    columns: [{ title: 'Risk' }, { title: 'Rule' }, { title: 'Severity' }, { title: 'Blast radius' }, { title: 'Likelihood' }, { title: 'Impact' }, { title: 'Mitigation' }, { title: 'Step' }],
    rows: findings.map((finding) => {
      const step = remediationOf(remediations, finding)?.stepId;
      const fixedBy: RichText = finding.fixedByTarget ? [`the migration (phases 1–${context.migration?.phases.length ?? 1}): the target does not have it`] : cell(undefined);
      return [
        cell(finding.message),
        [rule(finding.ruleId)],
        cell(finding.severity),
        blastRadius(finding.blastRadius && finding.blastRadius.length > 0 ? finding.blastRadius : finding.subjects),
        cell(finding.likelihood),
        cell(finding.impact),
        cell(finding.mitigation),
        step ? [code(step)] : fixedBy,
      ];
    }),
  };
}

function waiverTable(waived: readonly ReportFinding[], asOf: string | undefined): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Risk' }, { title: 'Rule' }, { title: 'Waiver' }, { title: 'Mitigation once the waiver ends' }],
    rows: waived.map((finding) => [cell(finding.message), [rule(finding.ruleId)], cell(waiverText(finding.waiver, asOf)), cell(finding.mitigation)]),
  };
}

/** The waiver's reason and expiry; whether it is still in force is judged only on a given --date. */
function waiverText(waiver: ReportFinding['waiver'], asOf: string | undefined): string {
  if (!waiver) return '';
  if (!waiver.expires) return `accepted: ${waiver.reason} (no expiry)`;
  const judged = asOf ? `in force as of ${asOf}` : 'expiry not judged: run with --date to judge it';
  return `accepted: ${waiver.reason} (until ${waiver.expires}; ${judged})`;
}

/** "≈ 53 min down a year (switch default)". */
function likelihood(spof: ReportSpof): string | undefined {
  if (spof.downtimeHoursPerYear === undefined) return undefined;
  const minutes = Math.max(1, Math.round(spof.downtimeHoursPerYear * 60));
  const basis = spof.downtimeBasis?.startsWith('default ') ? `default for a ${spof.downtimeBasis.slice('default '.length)}` : spof.downtimeBasis === 'spec' ? 'from the spec' : spof.downtimeBasis;
  return `≈ ${formatDuration(seconds(minutes * 60))} down a year${basis ? ` (${basis})` : ''}`;
}

function blastRadius(ids: readonly string[]): RichText {
  if (ids.length === 0) return cell(undefined);
  const listed = ids.slice(0, MAX_BLAST_RADIUS_LISTED);
  const rest = ids.length - listed.length;
  return [`${ids.length}: `, ...idsCell(listed), rest > 0 ? ` and ${rest} more` : ''];
}
