/** Finding severities, most severe first, and the comparisons `--fail-on` and the renderers use. */

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

/** Rank of a severity: 0 for critical, 4 for info. */
export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}

/** True when `severity` is at or above `threshold` (critical is above high). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

/** True for one of the five severity names. */
export function isSeverity(value: string): value is Severity {
  return (severities as readonly string[]).includes(value);
}
