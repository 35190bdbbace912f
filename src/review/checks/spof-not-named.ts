import { anchorOf, hasMatch } from '../find-in-plan.js';
import { type FindingDraft, definePlanCheck } from '../types.js';

const spofTerms = /\bsingle[- ]points? of failure\b|\bspofs?\b|\bsingle (?:switch|router|uplink|ups|nic|psu|disk|node|host) (?:is|are|takes|would)\b|\bno redundan\w*\b/gi;
const blastRadiusTerms = /\bblast[- ]radius\b|\bfailure domains?\b|\bgoes? down with\b|\bwhat (?:goes|go) down\b|\b(?:is|are|gets?) (?:affected|impacted)\b|\bimpact\b|\boutage scope\b|\btakes? down\b/gi;

export const spofNotNamed = definePlanCheck({
  meta: {
    id: 'plan/spof-not-named',
    title: 'Single points of failure and blast radius are named',
    category: 'risks',
    severity: 'warning',
    rationale: 'The persona surfaces single points of failure and the blast radius of each: what goes down, for whom, for how long.',
    fix: 'in Risks, name each single point of failure and what goes down with it',
  },
  run(plan) {
    const at = anchorOf(plan, ['risks']);
    const findings: FindingDraft[] = [];
    if (!hasMatch(plan, spofTerms)) {
      findings.push({ at, message: 'the plan never names a single point of failure (or says there is none)', fix: 'list each component whose loss takes a service down, e.g. "sw1 is a SPOF for every host"' });
    }
    if (!hasMatch(plan, blastRadiusTerms)) {
      findings.push({ at, message: 'the plan never states a blast radius: what goes down when a component fails', fix: 'for each risk, say what goes down with it (hosts, services, users) and for how long' });
    }
    return { status: 'checked', findings, checked: 2 };
  },
});
