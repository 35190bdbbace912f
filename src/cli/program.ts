/**
 * The command registry. Each command lives in its own file and loads its heavy modules lazily, so
 * `kestra validate` never pays for what `kestra plan` needs.
 */
import { Command } from 'commander';
import type { Io } from './io.js';
import { analyzeCommand } from './commands/analyze.js';
import { calcCommand } from './commands/calc.js';
import { explainCommand } from './commands/explain.js';
import { importCommand } from './commands/import/import.js';
import { initCommand } from './commands/init.js';
import { mcpCommand } from './commands/mcp.js';
import { planCommand } from './commands/plan.js';
import { rulesCommand } from './commands/rules.js';
import { lintCommand } from './commands/lint.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { VERSION } from '../version.js';

/** Builds the `kestra` program. `setExitCode` is how commands report their outcome. */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('kestra')
    .description('An infrastructure architect you can run: computed, deterministic plans for homelabs and small businesses.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--verbose', 'print stack traces of internal errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nExamples:\n  $ kestra plan examples/two-node-homelab.yaml\n  $ kestra "Persona: Kestra. Task: Design a two-node Proxmox cluster. Inputs: examples/two-node-homelab.yaml. Patterns: chain-of-thought + rule-based reasoning."\n  $ kestra validate examples/two-node-homelab.yaml\n  $ kestra analyze examples/two-node-homelab.yaml --fail-on high\n  $ kestra explain backup/no-offsite-copy\n  $ kestra schema > kestra.schema.json\n\nAn argument that is not a command but reads like the persona invocation ("Persona: Kestra. Task: …") runs plan.',
    );
  // One line per command, in the order `kestra --help` lists them.
  const commands = [
    planCommand(io, setExitCode),
    validateCommand(io, setExitCode),
    analyzeCommand(io, setExitCode),
    calcCommand(io, setExitCode),
    initCommand(io, setExitCode),
    importCommand(io, setExitCode),
    rulesCommand(io),
    explainCommand(io),
    lintCommand(io, setExitCode),
    schemaCommand(io),
    mcpCommand(io),
  ];
  for (const command of commands) {
    command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showSuggestionAfterError(true);
    program.addCommand(command);
  }
  return program;
}
