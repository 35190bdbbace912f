/**
 * Risks: every single point of failure and every finding, with blast radius, likelihood, impact, mitigation
 * and the rule that raised it; then the failure domains read from the spec. Reads findings and failure
 * when present and invents nothing when they are not.
 */
import { failureDomainDiagram } from '../../render/diagrams/failure-domains.js';
import { mermaidSource } from '../../render/diagrams/mermaid-source.js';
import { cell, idCell, idsCell } from '../describe.js';
import { type ReportContext, type ReportFinding, sortFindings } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { rule } from '../rich-text.js';
import { sectionTitles } from '../section-ids.js';

/** Ids listed in a blast-radius cell before the rest are counted. */
export const MAX_BLAST_RADIUS_LISTED = 8;

/** The Risks section. */
export function buildRisks(context: ReportContext): Section {
  const blocks: Block[] = [];
  const { failure, findings } = context;
  if (failure) {
    blocks.push({ kind: 'heading', text: 'Single points of failure' });
    blocks.push(
      failure.spofs.length === 0
        ? { kind: 'paragraph', text: ['The failure analysis finds no single component whose loss takes a service down.'] }
        : {
            kind: 'table',
            columns: [{ title: 'Component' }, { title: 'Kind' }, { title: 'Blast radius' }, { title: 'Worst criticality' }, { title: 'Mitigation' }],
            rows: failure.spofs.map((spof) => [idCell(spof.component), cell(spof.kind), blastRadius(spof.takesDown), cell(spof.criticality), cell(spof.mitigation)]),
          },
    );
  }
  if (findings) {
    const open = sortFindings(findings.filter((finding) => finding.waiver === undefined));
    const waived = sortFindings(findings.filter((finding) => finding.waiver !== undefined));
    blocks.push({ kind: 'heading', text: 'Findings' });
    blocks.push(open.length === 0 ? { kind: 'paragraph', text: ['The rules find nothing to fix.'] } : findingsTable(open));
    if (waived.length > 0) {
      blocks.push({ kind: 'heading', text: 'Accepted by waiver' });
      blocks.push({ kind: 'bullets', items: waived.map((finding) => [rule(finding.ruleId), ` ${finding.subjects.join(', ')}: ${finding.waiver?.reason ?? ''}${finding.waiver?.expires ? ` (until ${finding.waiver.expires})` : ''}`]) });
    }
  }
  if (!failure && !findings) {
    blocks.push({
      kind: 'paragraph',
      text: ['No failure analysis and no rules ran for this report, so no risk is listed rather than one guessed. The failure domains below are read from the spec: anything in one box goes down with the component that box hangs from.'],
    });
  }
  const diagram = failureDomainDiagram(context.model, failure ? { spofs: new Set(failure.spofs.map((spof) => spof.component)) } : {});
  if (diagram.edges.length > 0) {
    blocks.push({ kind: 'heading', text: 'Failure domains' });
    blocks.push({ kind: 'diagram', diagram, mermaid: mermaidSource(diagram) });
  }
  return { id: 'risks', title: sectionTitles.risks, blocks };
}

function findingsTable(findings: readonly ReportFinding[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Risk' }, { title: 'Rule' }, { title: 'Severity' }, { title: 'Subjects' }, { title: 'Blast radius' }, { title: 'Likelihood' }, { title: 'Impact' }, { title: 'Mitigation' }],
    rows: findings.map((finding) => [
      cell(finding.message),
      [rule(finding.ruleId)],
      cell(finding.severity),
      idsCell(finding.subjects),
      blastRadius(finding.blastRadius ?? []),
      cell(finding.likelihood),
      cell(finding.impact),
      cell(finding.mitigation),
    ]),
  };
}

function blastRadius(ids: readonly string[]): RichText {
  if (ids.length === 0) return cell(undefined);
  const listed = ids.slice(0, MAX_BLAST_RADIUS_LISTED);
  const rest = ids.length - listed.length;
  return [`${ids.length}: `, ...idsCell(listed), rest > 0 ? ` and ${rest} more` : ''];
}
