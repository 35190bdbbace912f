import { Command } from 'commander';
import type { Io } from '../io.js';
import { calcCommands } from './calc/registry.js';

/** `kestra calc <calculator>`: the calculators behind the facts, for quick questions. */
export function calcCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('calc')
    .description('Run one of the calculators behind the facts: result, formula and inputs.')
    .addHelpText('after', '\nExample:\n  $ kestra calc zfs --layout raidz2 --disks 6x8TB --ashift 12 --recordsize 128K');
  for (const factory of calcCommands) {
    const subcommand = factory(io, setExitCode);
    subcommand.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showSuggestionAfterError(true).exitOverride();
    command.addCommand(subcommand);
  }
  return command;
}
