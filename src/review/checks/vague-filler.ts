import { matchRuns, type PlanMatch } from '../find-in-plan.js';
import { type FindingDraft, definePlanCheck } from '../types.js';
import { fillerPhrases } from '../vocabulary/filler-phrases.js';

export const vagueFiller = definePlanCheck({
  meta: {
    id: 'plan/vague-filler',
    title: 'No vague filler where an action or a number is due',
    category: 'clarity',
    severity: 'warning',
    rationale: 'The meta-rules ask for actionable steps and measurements; "ensure best practices", "as needed" and "etc." hide the decision the reader needed.',
    fix: 'replace the phrase with the action, setting or number it stands for',
  },
  run(plan) {
    const hits: { match: PlanMatch; severity: FindingDraft['severity']; fix: string }[] = [];
    for (const phrase of fillerPhrases) {
      for (const match of matchRuns(plan, phrase.pattern, ['text'])) {
        // "the ZFS Best Practices Guide" cites a document; it does not wave at one.
        if (/Best Practices/.test(match.text)) continue;
        hits.push({ match, severity: phrase.severity, fix: phrase.fix });
      }
    }
    hits.sort((a, b) => a.match.at.line - b.match.at.line || a.match.at.column - b.match.at.column || b.match.text.length - a.match.text.length);
    const findings: FindingDraft[] = [];
    let lastEnd = { line: 0, column: 0 };
    for (const hit of hits) {
      // "ensure best practices" also contains "best practices": report the longer phrase once.
      if (hit.match.at.line === lastEnd.line && hit.match.at.column < lastEnd.column) continue;
      lastEnd = { line: hit.match.at.line, column: hit.match.at.column + hit.match.text.length };
      findings.push({ at: hit.match.at, severity: hit.severity, message: `vague filler "${hit.match.text}"`, fix: hit.fix });
    }
    return { status: 'checked', findings, checked: Math.max(findings.length, plan.blocks.length) };
  },
});
