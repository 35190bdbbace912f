import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { addImportOptions, checkOutputFlags, type ConnectionFlags, endpointOf } from './import-options.js';
import { finishImport } from './finish-import.js';
import { readSecret, refuseSecretOnCommandLine } from './read-secret.js';
import { reportSourceError } from './report-source-error.js';

interface ProxmoxFlags extends ConnectionFlags {
  readonly tokenId?: string;
  readonly tokenSecretFile?: string;
  readonly tokenSecret?: string;
  readonly from?: string;
}

/** Proxmox VE's API port (pve-docs "pveproxy"). */
const PVE_PORT = 8006;

/** `kestra import proxmox`: a spec from a live cluster (read-only API token) or from pvesh dumps. */
export function proxmoxImportCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('proxmox')
    .description('Import a Proxmox VE node or cluster, live through a read-only API token or from pvesh JSON dumps.')
    .option('--url <url>', `the API, e.g. https://pve1:${PVE_PORT} (port ${PVE_PORT} when none is given)`)
    .option('--token-id <id>', "API token id, e.g. 'kestra@pve!audit' (the PVEAuditor role is enough)")
    .option('--token-secret-file <file>', 'file holding the token secret (or set KESTRA_PVE_TOKEN_SECRET)')
    .addOption(new Option('--token-secret <secret>').hideHelp())
    .option('--from <dir>', 'read pvesh dumps from this directory instead (see scripts/pve-dump.sh)');
  addImportOptions(command, [
    "KESTRA_PVE_TOKEN_SECRET=… kestra import proxmox --url https://pve1:8006 --token-id 'kestra@pve!audit' --fingerprint AB:CD:… -o infra.yaml",
    'kestra import proxmox --from pve-dump -o infra.yaml --write',
  ]);
  return command.action(async (flags: ProxmoxFlags) => {
    if (flags.tokenSecret !== undefined) refuseSecretOnCommandLine('--token-secret', '--token-secret-file FILE or the KESTRA_PVE_TOKEN_SECRET environment variable');
    if ((flags.from === undefined) === (flags.url === undefined)) {
      throw new UsageError('give either --url (live) or --from DIR (pvesh dumps)', 'see "kestra import proxmox --help"');
    }
    checkOutputFlags(flags);
    const { collectPve } = await import('../../../intake/importers/proxmox/collect-pve.js');
    const { mapPve } = await import('../../../intake/importers/proxmox/map-pve.js');
    const secrets: string[] = [];
    let source;
    if (flags.from !== undefined) {
      const dir = resolve(io.cwd, flags.from);
      const isDirectory = await stat(dir).then((info) => info.isDirectory(), () => false);
      if (!isDirectory) throw new UsageError(`--from ${flags.from} is not a directory`, 'create it with scripts/pve-dump.sh on a cluster node, then copy it here');
      const { pveDumpSource } = await import('../../../intake/importers/proxmox/pve-dump-source.js');
      source = pveDumpSource(flags.from);
    } else {
      if (flags.tokenId === undefined) throw new UsageError('--token-id is missing', "create a read-only token: pveum user token add kestra@pve audit --privsep 1");
      if (!/^[^@\s!]+@[^@\s!]+![A-Za-z][A-Za-z0-9._-]*$/.test(flags.tokenId)) throw new UsageError(`--token-id ${JSON.stringify(flags.tokenId)} is not a token id`, "write it as user@realm!tokenname, e.g. 'kestra@pve!audit' (quote it: ! is special in shells)");
      const { endpoint, description, basePath } = await endpointOf(io, flags, PVE_PORT);
      const secret = await readSecret(io, { file: flags.tokenSecretFile, fileOption: '--token-secret-file', envName: 'KESTRA_PVE_TOKEN_SECRET', what: 'the API token secret' });
      secrets.push(secret);
      const { pveLiveSource } = await import('../../../intake/importers/proxmox/pve-live-source.js');
      source = pveLiveSource({ endpoint, tokenId: flags.tokenId, tokenSecret: secret, description, basePath });
    }
    let result;
    try {
      result = mapPve(await collectPve(source));
    } catch (error) {
      if (reportSourceError(io, setExitCode, error, secrets)) return;
      throw error;
    }
    await finishImport(io, setExitCode, result, { output: flags.output, write: flags.write === true, from: source.description, secrets });
  });
}
