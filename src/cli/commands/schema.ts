import { Command } from 'commander';
import type { Io } from '../io.js';

/** `kestra schema`: prints the JSON Schema of the spec, for editors. */
export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('Print the JSON Schema of the spec (for editor completion and validation).')
    .addHelpText(
      'after',
      '\nExample:\n  $ kestra schema > kestra.schema.json\n\nThen start your spec with:\n  # yaml-language-server: $schema=./kestra.schema.json',
    )
    .action(async () => {
      const { specJsonSchema } = await import('../../model/json-schema.js');
      io.stdout(`${JSON.stringify(specJsonSchema(), null, 2)}\n`);
    });
}
