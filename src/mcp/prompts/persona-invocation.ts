/**
 * The persona's example invocations as prompts. Each fills the invocation with the task and the
 * inventory given (the persona's own example when not given), embeds the persona, and asks the model
 * to take every figure from Kestra's tools rather than guess.
 */
import { personaResource } from '../resources/persona.js';
import type { KestraPrompt } from './prompt.js';

/** What a pattern named in an invocation asks of the answer (DESIGN.md, Report). */
const patternGuidance: Readonly<Record<string, string>> = {
  'chain-of-thought': 'chain-of-thought: work layer by layer (network, compute, storage, power, backup, security, observability), each with its figures.',
  'rule-based reasoning': 'rule-based reasoning: state the rule behind each decision and cite its id where it drives the decision (list_rules, explain_rule).',
  'planning-phase': 'planning-phase: open with the mission, inputs, constraints, unknowns and acceptance criteria.',
  'orchestration (for worker stage)': 'orchestration: plan first, then work each layer as a separate worker stage, then check the whole as QA.',
};

export interface PersonaInvocation {
  readonly name: string;
  readonly title: string;
  /** The persona's example task and inputs, used when the arguments are not given. */
  readonly task: string;
  readonly inventory: string;
  readonly patterns: readonly string[];
}

/** The invocation text, exactly in the persona's form. */
export function invocationText(task: string, inventory: string, patterns: readonly string[]): string {
  return `Persona: Kestra. Task: ${task}. Inputs: ${inventory}. Patterns: ${patterns.join(' + ')}.`;
}

/** A prompt for one of the persona's example invocations. */
export function personaInvocationPrompt(invocation: PersonaInvocation): KestraPrompt {
  return {
    name: invocation.name,
    title: invocation.title,
    description: `${invocationText(invocation.task, invocation.inventory, invocation.patterns)} — the persona's example invocation, with your task and inventory; Kestra's tools compute every figure.`,
    arguments: [
      { name: 'task', description: `What to design or plan (default: "${invocation.task}").`, required: false },
      { name: 'inventory', description: `The inventory: a file path inside the server's roots, or a description (default: "${invocation.inventory}").`, required: false },
    ],
    async get(args, { tools }) {
      const task = (args.task ?? '').trim().replace(/\.$/u, '') || invocation.task;
      const inventory = (args.inventory ?? '').trim() || invocation.inventory;
      const toolList = tools.map((tool) => `- ${tool.name}: ${tool.title}`).join('\n');
      const instructions = [
        invocationText(task, inventory, invocation.patterns),
        '',
        'Work as the persona above. Kestra computes; you converse. Every figure in your answer must come from a Kestra tool result, quoted with its unit and formula — never estimate one yourself.',
        `1. Read the inventory with validate_inventory (path "${inventory}" if it is a file in the server's roots, else ask for it or pass its text). Fix or report its errors by line.`,
        '2. Run analyze for the current state: capacities, memory, throughput, power, backup RPO/RTO, single points of failure and blast radius, and the rule findings.',
        '3. Use what_if for the failures that matter to the task, and the calc_* tools for figures the target state needs that the inventory does not hold (a new pool layout, a UPS, a link).',
        '4. Cite a finding by its rule id in brackets, e.g. [backup/no-offsite-copy]; explain_rule gives its rationale and remedy.',
        '5. Carry the open questions and assumptions the tools report into an "Assumptions & Open Questions" section; do not fill them in with guesses.',
        '6. Run plan with the task and the patterns for Kestra\'s own report (current and target state, risks, a phased runbook with validation and rollback); build on it rather than starting over.',
        '7. Review your final draft with lint_plan (text: the draft, specPath or specText: the inventory) and fix what it finds before you answer.',
        '',
        'Patterns:',
        ...invocation.patterns.map((pattern) => `- ${patternGuidance[pattern] ?? pattern}`),
        '',
        'Tools:',
        toolList,
      ].join('\n');
      return {
        description: invocationText(task, inventory, invocation.patterns),
        messages: [
          { role: 'user', content: { type: 'resource', resource: { uri: personaResource.uri, mimeType: personaResource.mimeType, text: await personaResource.read() } } },
          { role: 'user', content: { type: 'text', text: instructions } },
        ],
      };
    },
  };
}
