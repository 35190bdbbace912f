/**
 * Vague filler the persona's meta-rules forbid where an action or a number is due, with what to
 * write instead. Matched case-insensitively on prose (never inside code).
 */
import type { Severity } from '../types.js';

export interface FillerPhrase {
  readonly pattern: RegExp;
  readonly severity: Severity;
  /** What is due instead of the phrase. */
  readonly fix: string;
}

export const fillerPhrases: readonly FillerPhrase[] = [
  { pattern: /\b(?:ensure|follow|apply|use|adopt|implement)(?: \w+){0,2} best practices?\b/gi, severity: 'warning', fix: 'name the practice and the concrete setting or command (e.g. "set `zfs_arc_max` to 8 GiB")' },
  { pattern: /\bbest practices?\b/gi, severity: 'warning', fix: 'replace with the specific setting, command or reference it stands for' },
  { pattern: /\bas (?:needed|necessary|required|appropriate)\b/gi, severity: 'warning', fix: 'state the condition or threshold (e.g. "when the pool passes 80 %")' },
  { pattern: /\b(?:if|when|where) (?:needed|necessary|appropriate|applicable)\b/gi, severity: 'warning', fix: 'state the condition that makes it needed' },
  { pattern: /\betc\.?(?=\s|$|[),;:])/gi, severity: 'warning', fix: 'list every item; a runbook cannot execute "etc."' },
  { pattern: /\band so (?:on|forth)\b/gi, severity: 'warning', fix: 'list every item' },
  { pattern: /\b(?:configure|set up|tune|secure|harden) (?:\w+ ){0,2}(?:properly|correctly|appropriately|accordingly)\b/gi, severity: 'warning', fix: 'give the setting, value or command' },
  { pattern: /\b(?:properly|correctly|appropriately) (?:configured|set up|tuned|secured|sized)\b/gi, severity: 'warning', fix: 'give the setting, value or command' },
  { pattern: /\bmake sure (?:everything|it all|all) (?:works|is working|is fine)\b/gi, severity: 'warning', fix: 'name the check and its expected result (e.g. "`pvecm status` shows Quorate: Yes")' },
  { pattern: /\b(?:should|will) be fine\b/gi, severity: 'warning', fix: 'give the figure that shows it (headroom, utilisation, runtime)' },
  { pattern: /\b(?:sufficient|adequate|enough) (?:ram|memory|storage|capacity|bandwidth|cpu|power|headroom)\b/gi, severity: 'warning', fix: 'state the amount needed and the amount available' },
  { pattern: /\bmonitor (?:it|things|everything|closely)\b/gi, severity: 'info', fix: 'name the metric, threshold and where the alert goes' },
  { pattern: /\b(?:regularly|periodically|from time to time|occasionally)\b/gi, severity: 'info', fix: 'give the interval (e.g. "weekly, Sunday 03:00")' },
  { pattern: /\b(?:robust|seamless(?:ly)?|state[- ]of[- ]the[- ]art|cutting[- ]edge|world[- ]class|enterprise[- ]grade|industry[- ]standard|future[- ]proof|leverage|synerg\w*)\b/gi, severity: 'info', fix: 'replace the adjective with the measurable property it claims' },
];
