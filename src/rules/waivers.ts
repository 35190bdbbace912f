/**
 * Waivers: a finding the owner accepts, with a reason and an optional expiry. A waived finding is
 * listed apart with its reason; once the waiver expires the finding is active again and says so.
 */
import type { Waiver } from '../model/types.js';
import type { Finding } from './finding.js';

export interface WaiverOutcome {
  /** Findings that count: never waived, or waived by an expired waiver (marked so). */
  readonly active: readonly Finding[];
  /** Findings accepted by a waiver in force. */
  readonly waived: readonly Finding[];
  /** Waivers that matched no finding (stale; worth deleting). */
  readonly unused: readonly Waiver[];
}

/** True when a waiver has run out on `date`: it applies up to, not including, its expiry day. */
export function isExpired(waiver: Waiver, date: string | undefined): boolean {
  return waiver.expires !== undefined && date !== undefined && date >= waiver.expires;
}

/** Matches waivers to findings by rule id and subject ("*" covers every subject). */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], date: string | undefined): WaiverOutcome {
  const used = new Set<Waiver>();
  const active: Finding[] = [];
  const waived: Finding[] = [];
  for (const finding of findings) {
    const waiver = waivers.find((candidate) => candidate.rule === finding.ruleId && (candidate.subject === '*' || finding.subjects.includes(candidate.subject)));
    if (!waiver) {
      active.push(finding);
      continue;
    }
    used.add(waiver);
    const expired = isExpired(waiver, date);
    const applied = { ...finding, waiver: { reason: waiver.reason, ...(waiver.expires ? { expires: waiver.expires } : {}), expired, source: waiver.source } };
    (expired ? active : waived).push(applied);
  }
  return { active, waived, unused: waivers.filter((waiver) => !used.has(waiver)) };
}
