import { anchorOf } from '../find-in-plan.js';
import { definePlanCheck } from '../types.js';

const shellLanguages = new Set(['sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'powershell', 'ps1', 'yaml', 'yml', 'json', 'ini', 'conf', 'toml', 'hcl', 'terraform', 'python', 'js', 'ts']);
const diagramLanguages = new Set(['mermaid', 'text', 'txt', 'ascii', 'plantuml', 'dot', 'graphviz', 'svgbob', 'ditaa']);
const diagramStrokes = /-->|<--|──|│|┌|└|\+-{2,}|-{2,}\+|\|\s{2,}\||=>|<->/;

export const noDiagram = definePlanCheck({
  meta: {
    id: 'plan/no-diagram',
    title: 'The architecture has a diagram',
    category: 'clarity',
    severity: 'info',
    rationale: 'The persona includes ASCII or textual diagrams when visuals help understanding; a topology is read faster than described.',
    fix: 'add an ASCII or Mermaid diagram of the target topology (hosts, switches, VLANs, power) in a fenced block',
  },
  run(plan) {
    if (plan.sectionsOf('architecture').length === 0 && plan.sectionsOf('target-state').length === 0) {
      return { status: 'not-applicable', reason: 'the plan has no architecture or target-state section' };
    }
    const hasDiagram = plan.codeBlocks.some((block) => diagramLanguages.has(block.lang) || (!shellLanguages.has(block.lang) && diagramStrokes.test(block.value)));
    if (hasDiagram) return { status: 'checked', findings: [] };
    return { status: 'checked', findings: [{ at: anchorOf(plan, ['architecture', 'target-state']), message: 'the architecture is described without a diagram' }] };
  },
});
