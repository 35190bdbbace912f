import { Command } from 'commander';
import type { Io } from '../io.js';
import { UsageError } from '../../usage-error.js';

/** `kestra mcp`: a Model Context Protocol server on stdio, so AI assistants compute with Kestra instead of guessing. */
export function mcpCommand(io: Io): Command {
  return new Command('mcp')
    .description('Serve Kestra\'s tools (validate, analyze, what-if, lint, rules, calc), resources and prompts to an AI assistant over MCP on stdio.')
    .option('--root <dir>', 'directory the tools may read (repeatable; default: the current directory)', (dir: string, dirs: string[]) => [...dirs, dir], [] as string[])
    .option('--allow-write', 'let tools write files inside the roots (off by default)')
    .addHelpText('after', '\nClient configuration:\n  {"mcpServers": {"kestra": {"command": "npx", "args": ["kestra", "mcp", "--root", "/path/to/homelab"]}}}\n\nstdout carries the protocol; logs go to stderr.')
    .action(async (options: { root: string[]; allowWrite?: boolean }) => {
      const { resolveRoots } = await import('../../mcp/confined-files.js');
      const resolved = await resolveRoots(options.root, io.cwd);
      if ('error' in resolved) throw new UsageError(resolved.error, 'give an existing directory, e.g. --root ~/homelab');
      const { serve } = await import('../../mcp/serve.js');
      const { redactText } = await import('../../intake/secrets.js');
      const log = (message: string) => io.stderr(`${message}\n`);
      // A server is long-lived: a bug in one request is logged, never the end of the session.
      const survive = (error: unknown) => log(redactText(`kestra mcp: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
      process.on('uncaughtException', survive);
      process.on('unhandledRejection', survive);
      // The protocol needs the raw streams: stdin carries requests, stdout answers; logs go to stderr.
      await serve({
        roots: resolved.roots,
        allowWrite: options.allowWrite === true,
        input: process.stdin,
        output: process.stdout,
        log,
        writeFile: io.writeFileAtomic,
      });
    });
}
