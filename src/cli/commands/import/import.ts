import { Command } from 'commander';
import type { Io } from '../../io.js';
import { netboxImportCommand } from './netbox.js';
import { proxmoxImportCommand } from './proxmox.js';

/** `kestra import <source>`: a commented spec from what users already run, merged into an existing spec on request. */
export function importCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('import')
    .description('Build a commented spec from Proxmox VE or NetBox; merge it into an existing spec with a diff.')
    .addHelpText('after', "\nExamples:\n  $ kestra import proxmox --from pve-dump -o infra.yaml\n  $ kestra import netbox --url https://netbox.lan --token-file ~/.netbox-token -o infra.yaml");
  for (const factory of [proxmoxImportCommand, netboxImportCommand]) {
    const subcommand = factory(io, setExitCode);
    subcommand.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showSuggestionAfterError(true).exitOverride();
    command.addCommand(subcommand);
  }
  return command;
}
