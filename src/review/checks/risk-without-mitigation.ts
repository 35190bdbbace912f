import { declaresNoRisk } from '../parse/extract-risks.js';
import { excerpt } from './step-without-validation.js';
import { definePlanCheck } from '../types.js';

export const riskWithoutMitigation = definePlanCheck({
  meta: {
    id: 'plan/risk-without-mitigation',
    title: 'Every risk has a mitigation',
    category: 'risks',
    severity: 'error',
    rationale: 'The persona surfaces single points of failure, blast radius and mitigation tactics: a risk without a mitigation is a worry, not a plan.',
    fix: 'add "Mitigation: …" with the concrete action (and its cost), or accept the risk explicitly with the reason',
  },
  run(plan) {
    if (plan.sectionsOf('risks').length === 0) return { status: 'not-applicable', reason: 'no Risks section; plan/missing-section reports it' };
    if (plan.risks.length === 0) {
      const section = plan.sectionsOf('risks')[0];
      const says = plan.blocks.some((block) => section !== undefined && section.startLine <= block.position.line && block.position.line <= section.endLine && declaresNoRisk.test(block.text));
      if (says) return { status: 'checked', findings: [] };
      return {
        status: 'checked',
        findings: [{ at: section?.heading.position ?? { line: 1, column: 1 }, severity: 'warning', message: 'the Risks section lists no risk', fix: 'list each risk as a bullet or table row with its blast radius and mitigation' }],
      };
    }
    const findings = plan.risks
      .filter((risk) => !risk.hasMitigation)
      .map((risk) => ({
        at: risk.position,
        message: risk.placeholderMitigation
          ? `risk "${excerpt(risk.text)}" has a placeholder instead of a mitigation`
          : `risk "${excerpt(risk.text)}" has no mitigation`,
      }));
    return { status: 'checked', findings, checked: plan.risks.length };
  },
});
