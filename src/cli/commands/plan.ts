import { Command, Option } from 'commander';
import type { Io } from '../io.js';

/** Options of `kestra plan`, as commander hands them over. */
export interface PlanOptions {
  readonly task?: string;
  readonly patterns?: string;
  readonly target?: string;
  readonly format: 'md' | 'json' | 'html';
  readonly output?: string;
  readonly date?: string;
  readonly config?: string;
  readonly rules?: readonly string[];
}

/** `kestra plan <spec…>`: the architecture report. The work lives in plan/run-plan.ts, loaded on use. */
export function planCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('plan')
    .description('Write the architecture report: current and target state, risks, a phased runbook with validation and rollback, and a checklist.')
    .argument('<inputs...>', 'specs (YAML, JSON or a Markdown inventory; several are merged into one model), or the persona invocation "Persona: Kestra. Task: …. Inputs: …. Patterns: …."')
    .option('--task <text>', 'what to plan, in a sentence (default: review the current state)')
    .option('--patterns <list>', 'patterns, separated by "," or "+": planning-phase, chain-of-thought, rule-based-reasoning, recursive-self-eval, meta-rules, orchestration (default: chosen for the task)')
    .option('--target <spec>', 'a spec of the desired state, to plan the change towards')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html']).default('md'))
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--date <YYYY-MM-DD>', 'stamp the report with this date and judge dates against it (waiver expiry, days since a restore test); without it those judgements are open questions and nothing is read from the clock')
    .option('--config <file>', 'rule configuration: severity overrides and rule options (default: ./kestra.config.yaml when present)')
    .option('--rules <file>', 'more custom rules (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .addHelpText(
      'after',
      '\nExamples:\n  $ kestra plan examples/two-node-homelab.yaml\n  $ kestra plan examples/three-node-ceph.yaml --format html -o report.html\n  $ kestra plan examples/hardware-inventory.md examples/homelab-offsite.yaml   # merged into one model\n  $ kestra "Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: examples/two-node-homelab.yaml. Patterns: chain-of-thought + rule-based reasoning."\n\nExit codes: 0 report written, 2 invalid input or usage.',
    )
    .action(async (inputs: string[], options: PlanOptions) => {
      const { runPlan } = await import('./plan/run-plan.js');
      await runPlan(inputs, options, io, setExitCode);
    });
}
