/** The pattern modules, keyed by pattern id; applied in the persona's order (planning first, QA last). */
import type { PatternId } from '../../intake/invocation/pattern-ids.js';
import { chainOfThought } from './chain-of-thought.js';
import { metaRules } from './meta-rules.js';
import { orchestration } from './orchestration.js';
import type { PatternModule } from './pattern-module.js';
import { planningPhase } from './planning-phase.js';
import { recursiveSelfEval } from './recursive-self-eval.js';
import { ruleBasedReasoning } from './rule-based-reasoning.js';

export const patternModules: Readonly<Record<PatternId, PatternModule>> = {
  'planning-phase': planningPhase,
  'chain-of-thought': chainOfThought,
  'rule-based-reasoning': ruleBasedReasoning,
  'recursive-self-eval': recursiveSelfEval,
  'meta-rules': metaRules,
  orchestration,
};
