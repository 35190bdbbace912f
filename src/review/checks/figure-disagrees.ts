import { isNumericFact } from '../../analyze/fact.js';
import { formatMemory } from '../../intake/units/index.js';
import type { Bytes } from '../../model/quantities.js';
import { formatFactValue } from '../../render/format-fact.js';
import { specNames } from '../spec/entity-names.js';
import { figureStatements } from '../spec/figure-statements.js';
import { type FindingDraft, definePlanCheck } from '../types.js';

export const figureDisagrees = definePlanCheck({
  meta: {
    id: 'plan/figure-disagrees',
    title: 'Stated figures agree with Kestra\'s computed facts',
    category: 'consistency',
    severity: 'error',
    rationale: 'Capacity, memory and runtime figures drive purchases and failover decisions; a figure that disagrees with the inventory (raw quoted as usable, GB read as GiB) leads to a pool that fills or a UPS that dies early.',
    fix: 'use the computed figure (`kestra analyze <spec>` shows its formula), or explain the difference next to it',
    needsSpec: true,
  },
  run(plan, context) {
    if (!context.spec) return { status: 'not-applicable', reason: 'no spec given (--spec)' };
    const { model, analysis } = context.spec;
    const statements = figureStatements(plan, specNames(model));
    const findings: FindingDraft[] = [];
    let checked = 0;
    for (const statement of statements) {
      const factId = statement.kind.fact?.(statement.subject);
      const fact = factId === undefined ? undefined : analysis?.byId.get(factId);
      const expected = isNumericFact(fact) ? fact.value : statement.kind.fromModel?.(model, statement.subject);
      if (expected === undefined || !Number.isFinite(expected)) continue;
      checked++;
      const off = Math.min(...statement.values.map((value) => relativeDifference(value, expected)));
      if (off <= context.tolerance) continue;
      // Facts print in their own unit; the only figure read from the spec itself is installed memory.
      const shown = isNumericFact(fact) ? formatFactValue(fact) : formatMemory(expected as Bytes);
      const source = isNumericFact(fact) ? `fact ${fact.id}` : model.files.length > 0 ? model.files.join(' + ') : 'the spec';
      findings.push({
        at: statement.at,
        message: `"${statement.subject}" ${statement.kind.label} stated as ${statement.text}; Kestra has ${shown} (${source}), ${Math.round(off * 100)} % off (tolerance ${Math.round(context.tolerance * 100)} %)`,
      });
    }
    return { status: 'checked', findings, ...(checked > 0 ? { checked } : {}) };
  },
});

function relativeDifference(stated: number, expected: number): number {
  if (expected === 0) return stated === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(stated - expected) / Math.abs(expected);
}
