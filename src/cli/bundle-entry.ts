/**
 * The entry point of the bundled CLI: scripts/bundle.mjs bundles the whole program from here into one
 * CommonJS file (dist/cli/kestra.cjs), and bin.ts compiles that file with a V8 code cache. One file
 * instead of some 970 modules, and code that is already compiled, is most of what makes `kestra`
 * start fast; what the commands do is the same as through main.ts (tests compare the two).
 */
import { config } from 'zod';
import { processIo } from './io.js';
import { run } from './main.js';

// A run validates each schema a few times at most: zod's compiled fast path (a new Function per object
// schema) costs more to build than it saves. The switch is zod's globalConfig.jitless (zod/v4/core/core.d.ts,
// https://github.com/colinhacks/zod/blob/main/packages/zod/src/v4/core/core.ts).
config({ jitless: true });

/** Runs `kestra` with `argv` (without node and script) and sets the process's exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`kestra plan … | head`) closes the pipe; that is not an error of Kestra's.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await run(argv);
}

/**
 * Runs the main job once with its output thrown away, so that the code cache written after it holds
 * compiled code for everything `kestra plan` runs, not only for the top level of each module.
 * Build-time only (scripts/bundle.mjs); `example` is a spec shipped with the package.
 */
export async function warmUp(example: string): Promise<void> {
  const discard = { ...processIo, stdout: () => undefined, stderr: () => undefined, writeFileAtomic: async () => undefined };
  for (const format of ['md', 'json']) {
    const code = await run(['plan', example, '--format', format], discard);
    if (code !== 0) throw new Error(`warm-up run of kestra plan ${example} --format ${format} exited ${code}`);
  }
}
