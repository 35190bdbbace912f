import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Io } from '../io.js';
import { renderDiagnostics } from '../diagnostics-output.js';
import { EXIT, UsageError } from '../../usage-error.js';

/** `kestra init [--from inventory.md] [-o infra.yaml] [--force]`: writes a commented spec. */
export function initCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('init')
    .description('Write a commented YAML spec: from a Markdown inventory (--from), or a starter spec.')
    .option('--from <inventory>', 'Markdown hardware inventory to convert')
    .option('-o, --output <file>', 'where to write the spec ("-" for stdout)', 'infra.yaml')
    .option('--force', 'overwrite the output file if it exists')
    .addHelpText('after', '\nExamples:\n  $ kestra init --from examples/hardware-inventory.md -o infra.yaml\n  $ kestra init -o infra.yaml\n\nExit codes: 0 written, 2 invalid inventory or the file exists (use --force).')
    .action(async (options: { from?: string; output: string; force?: boolean }) => {
      const output = options.output;
      const target = resolve(io.cwd, output);
      if (output !== '-' && !options.force && (await exists(target))) {
        throw new UsageError(`${output} already exists`, 'choose another file with -o, or pass --force to overwrite it');
      }
      let text: string;
      if (options.from === undefined) {
        const { STARTER_SPEC } = await import('../../intake/starter-spec.js');
        text = STARTER_SPEC;
      } else {
        const { inventoryToSpec } = await import('../../intake/inventory-to-spec.js');
        let content: Uint8Array;
        try {
          content = await readFile(resolve(io.cwd, options.from));
        } catch {
          throw new UsageError(`cannot read ${options.from}`, 'check the path of the inventory');
        }
        const result = inventoryToSpec(options.from, content, output === '-' ? 'infra.yaml' : output);
        io.stderr(renderDiagnostics(result.loaded.diagnostics));
        if (!result.yaml) {
          setExitCode(EXIT.badInput);
          return;
        }
        text = result.yaml;
        const questions = result.loaded.openQuestions?.length ?? 0;
        if (output !== '-') io.stderr(`${output}: written from ${options.from} (${result.loaded.assumptions.length} assumption(s), ${questions} open question(s) marked in comments)\n`);
      }
      if (output === '-') io.stdout(text);
      else {
        await io.writeFileAtomic(target, text);
        if (options.from === undefined) io.stderr(`${output}: starter spec written; edit it, then run "kestra validate ${output}"\n`);
      }
      setExitCode(EXIT.ok);
    });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
