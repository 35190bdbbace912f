/**
 * Runs the `kestra` program and turns its outcome into an exit code. Usage errors and bad input
 * exit 2; internal errors exit 2 with context, and a stack trace only with --verbose.
 */
import { CommanderError } from 'commander';
import { looksLikeInvocation } from '../intake/invocation/looks-like-invocation.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';
import { EXIT, isUsageError } from '../usage-error.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(routeInvocation(argv, program.commands.flatMap((command) => [command.name(), ...command.aliases()])), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other parse failure is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      if (error.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.badInput;
    }
    if (isUsageError(error)) {
      io.stderr(`error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      return EXIT.badInput;
    }
    const verbose = argv.includes('--verbose');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`internal error: ${message}\n  this is a bug in Kestra; please report it with the input that caused it${verbose ? '' : ' (run with --verbose for the stack trace)'}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.badInput;
  }
}

/** `kestra "Persona: Kestra. Task: …"`: an invocation in place of a command runs `plan` with it. */
export function routeInvocation(argv: readonly string[], commandNames: readonly string[]): string[] {
  const [first] = argv;
  if (first === undefined || commandNames.includes(first) || !looksLikeInvocation(first)) return [...argv];
  return ['plan', ...argv];
}
