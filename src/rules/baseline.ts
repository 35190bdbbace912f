/**
 * A baseline records known findings so CI fails only on new ones (as knip and dependency-cruiser do).
 * Comparing gives new, known and fixed findings; the baseline may only shrink, unless the caller
 * asks to rewrite it. Findings are identified by fingerprint (rule, message key, subjects), never by
 * their text, so a changed figure in a message does not make a finding "new".
 */
import { z } from 'zod';
import { compareText } from '../intake/diagnostic.js';
import type { Finding } from './finding.js';

export const BASELINE_VERSION = 1;

export const baselineSchema = z.strictObject({
  version: z.literal(BASELINE_VERSION),
  findings: z.array(
    z.strictObject({
      fingerprint: z.string().min(1),
      ruleId: z.string().min(1),
      subjects: z.array(z.string()),
      message: z.string(),
    }),
  ),
});

export type Baseline = z.output<typeof baselineSchema>;
export type BaselineEntry = Baseline['findings'][number];

export interface BaselineComparison {
  /** Findings not in the baseline: these fail CI. */
  readonly new: readonly Finding[];
  /** Findings already in the baseline. */
  readonly known: readonly Finding[];
  /** Baseline entries no longer found. */
  readonly fixed: readonly BaselineEntry[];
  /** The baseline to keep: without fixed entries (shrunk), never with new ones. */
  readonly next: Baseline;
}

/** A baseline holding exactly these findings, sorted by fingerprint. */
export function baselineOf(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, subjects: [...finding.subjects], message: finding.message });
  return { version: BASELINE_VERSION, findings: [...entries.values()].sort((a, b) => compareText(a.fingerprint, b.fingerprint)) };
}

/** Splits findings into new and known, lists fixed entries, and shrinks the baseline by the fixed ones. */
export function compareWithBaseline(findings: readonly Finding[], baseline: Baseline): BaselineComparison {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const current = new Set(findings.map((finding) => finding.fingerprint));
  const fixed = baseline.findings.filter((entry) => !current.has(entry.fingerprint));
  return {
    new: findings.filter((finding) => !known.has(finding.fingerprint)),
    known: findings.filter((finding) => known.has(finding.fingerprint)),
    fixed,
    next: { version: BASELINE_VERSION, findings: baseline.findings.filter((entry) => current.has(entry.fingerprint)) },
  };
}

/** The baseline file's text: stable key order, one trailing newline. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
