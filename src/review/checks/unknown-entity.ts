import { compareText } from '../../intake/diagnostic.js';
import { didYouMean } from '../../intake/did-you-mean.js';
import { matchRuns } from '../find-in-plan.js';
import type { PlanDocument } from '../parse/plan-document.js';
import { findFrom } from '../spec/figure-statements.js';
import { idLikePattern, kindWords, mentionPattern, type SpecNames, specNames } from '../spec/entity-names.js';
import { type FindingDraft, type PlanPosition, definePlanCheck } from '../types.js';

/** A sentence that introduces something new names it legitimately, even though the spec lacks it. */
const creationWords = /\b(?:add(?:s|ing|ed)?|creat\w*|new|introduc\w*|buy\w*|purchas\w*|deploy\w*|install\w*|provision\w*|join\w*|build\w*|set up|replac\w*|order\w*|spin up|renam\w*|called|named)\b/i;
const kindBefore = new RegExp(`\\b(${Object.keys(kindWords).join('|')})s?\\s*[\`*_]*$`, 'i');
const kindAfter = new RegExp(`^[\`*_]*\\s*(${Object.keys(kindWords).join('|')})s?\\b`, 'i');
const entityColumn = /^(?:hosts?|nodes?|servers?|pools?|vlans?|devices?|switch(?:es)?|ups|vms?|guests?|workloads?|targets?|entity|component)\b/i;
const vlanNumber = /\bvlan\s*(?:id\s*)?#?(\d{1,4})\b/gi;

interface Candidate {
  readonly name: string;
  readonly at: PlanPosition;
  readonly why: string;
}

export const unknownEntity = definePlanCheck({
  meta: {
    id: 'plan/unknown-entity',
    title: 'Hosts, pools and VLANs the plan names exist',
    category: 'consistency',
    severity: 'warning',
    rationale: 'A runbook that names a host, pool or VLAN the infrastructure does not have was written for another site, or has a typo that will fail (or hit the wrong machine) at run time.',
    fix: 'use the id from the spec, or say where the plan introduces the new entity ("add node pve3")',
    needsSpec: true,
  },
  run(plan, context) {
    if (!context.spec) return { status: 'not-applicable', reason: 'no spec given (--spec)' };
    const names = specNames(context.spec.model);
    const candidates = [...backtickedCandidates(plan, names), ...tableCandidates(plan, names), ...vlanCandidates(plan, names)];
    const findings: FindingDraft[] = [];
    const reported = new Set<string>();
    for (const candidate of candidates.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column || compareText(a.name, b.name))) {
      const key = candidate.name.toLowerCase();
      if (reported.has(key) || introduced(plan, candidate.name)) continue;
      reported.add(key);
      const suggestion = candidate.name.startsWith('VLAN ') ? undefined : didYouMean(candidate.name, names.entities.keys());
      findings.push({
        at: candidate.at,
        message: `the plan names ${candidate.why} "${candidate.name}", which ${names.file} does not have`,
        ...(suggestion ? { fix: `did you mean "${suggestion}"? Otherwise say where the plan introduces it` } : {}),
      });
    }
    return { status: 'checked', findings, checked: candidates.length };
  },
});

function backtickedCandidates(plan: PlanDocument, names: SpecNames): Candidate[] {
  const candidates: Candidate[] = [];
  for (const run of plan.runs) {
    if (run.kind !== 'inline-code' || !idLikePattern.test(run.text) || names.known.has(run.text.toLowerCase())) continue;
    const offset = run.offset ?? plan.lineOffset(run.position.line);
    const before = plan.source.slice(Math.max(0, offset - 24), Math.max(0, offset - 1));
    const after = plan.source.slice(offset + run.text.length + 1, offset + run.text.length + 20);
    const kind = kindBefore.exec(before)?.[1] ?? kindAfter.exec(after)?.[1];
    const sibling = numberedSibling(run.text, names);
    if (kind === undefined && sibling === undefined) continue;
    const at = run.offset === undefined ? run.position : plan.positionAt(run.offset);
    candidates.push({ name: run.text, at, why: kind ? kind.toLowerCase() : 'entity' });
  }
  return candidates;
}

/** "pve3" when the spec has "pve1": same stem, another number. */
function numberedSibling(token: string, names: SpecNames): string | undefined {
  const match = /^([A-Za-z]+[-_]?)(\d{1,4})$/.exec(token);
  if (!match) return undefined;
  const stem = (match[1] as string).toLowerCase();
  return [...names.entities.keys()].find((id) => id.toLowerCase() !== token.toLowerCase() && new RegExp(`^${stem.replace(/[-_]/g, '[-_]?')}\\d{1,4}$`, 'i').test(id));
}

function tableCandidates(plan: PlanDocument, names: SpecNames): Candidate[] {
  const candidates: Candidate[] = [];
  for (const table of plan.tables) {
    table.header.forEach((title, column) => {
      if (!entityColumn.test(title)) return;
      for (const row of table.rows) {
        const cell = row.cells[column];
        if (!cell) continue;
        for (const part of cell.text.split(/\s*[,;/+&]\s*/)) {
          const token = part.trim().split(/\s+/)[0] ?? '';
          // Only id-shaped tokens: "pve3", "tank-2"; not "Synology", "TP-Link" (a model) or "both".
          if (!idLikePattern.test(token) || token !== token.toLowerCase() || !/[\d_-]/.test(token) || names.known.has(token)) continue;
          candidates.push({ name: token, at: findFrom(plan, cell.position, token), why: title.toLowerCase().replace(/s$/, '') });
        }
      }
    });
  }
  return candidates;
}

function vlanCandidates(plan: PlanDocument, names: SpecNames): Candidate[] {
  return matchRuns(plan, vlanNumber, ['text', 'inline-code'])
    .map((match) => ({ match, vid: Number(/(\d{1,4})$/.exec(match.text)?.[1]) }))
    .filter(({ vid }) => !names.vlanIds.has(vid))
    .map(({ match, vid }) => ({ name: `VLAN ${vid}`, at: match.at, why: 'the VLAN number' }));
}

/** True when some line that mentions `name` also says it is being added or created. */
function introduced(plan: PlanDocument, name: string): boolean {
  const pattern = name.startsWith('VLAN ') ? new RegExp(`\\bvlan\\s*(?:id\\s*)?#?${name.slice(5)}\\b`, 'i') : mentionPattern(name);
  return plan.source.split('\n').some((line) => {
    pattern.lastIndex = 0;
    return pattern.test(line) && creationWords.test(line);
  });
}
