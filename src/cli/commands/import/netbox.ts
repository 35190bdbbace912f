import { Command, Option } from 'commander';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { addImportOptions, checkOutputFlags, type ConnectionFlags, endpointOf } from './import-options.js';
import { finishImport } from './finish-import.js';
import { readSecret, refuseSecretOnCommandLine } from './read-secret.js';
import { reportSourceError } from './report-source-error.js';

interface NetboxFlags extends ConnectionFlags {
  readonly tokenFile?: string;
  readonly token?: string;
  readonly site?: string;
  readonly pageSize: string;
}

/** `kestra import netbox`: devices, cabling, VLANs, VMs and the power chain from NetBox 3.x or 4.x. */
export function netboxImportCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('netbox')
    .description('Import devices, interfaces, cables, VLANs, prefixes, VMs, clusters and power from NetBox 3.x or 4.x.')
    .option('--url <url>', 'the NetBox root, e.g. https://netbox.lan')
    .option('--token-file <file>', 'file holding an API token (or set KESTRA_NETBOX_TOKEN); read-only is enough')
    .addOption(new Option('--token <token>').hideHelp())
    .option('--site <slug>', 'import one site only')
    .addOption(new Option('--page-size <n>', 'objects per page').default('1000'));
  addImportOptions(command, [
    'kestra import netbox --url https://netbox.lan --token-file ~/.config/kestra/netbox-token -o infra.yaml',
    'KESTRA_NETBOX_TOKEN=… kestra import netbox --url https://netbox.lan --site home -o infra.yaml --write',
  ]);
  return command.action(async (flags: NetboxFlags) => {
    if (flags.token !== undefined) refuseSecretOnCommandLine('--token', '--token-file FILE or the KESTRA_NETBOX_TOKEN environment variable');
    if (flags.url === undefined) throw new UsageError('--url is missing', 'give the NetBox root, e.g. --url https://netbox.lan');
    checkOutputFlags(flags);
    const pageSize = Number(flags.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) throw new UsageError(`--page-size ${flags.pageSize} is not a whole number from 1 to 1000`, 'the default, 1000, is NetBox\'s largest page');
    if (flags.site !== undefined && !/^[-a-zA-Z0-9_]+$/.test(flags.site)) throw new UsageError(`--site ${JSON.stringify(flags.site)} is not a site slug`, 'use the slug shown in NetBox, e.g. "home-lab"');
    const { endpoint, description, basePath } = await endpointOf(io, flags, 443);
    const token = await readSecret(io, { file: flags.tokenFile, fileOption: '--token-file', envName: 'KESTRA_NETBOX_TOKEN', what: 'the NetBox API token' });
    const { netboxLiveSource } = await import('../../../intake/importers/netbox/netbox-source.js');
    const { collectNetbox } = await import('../../../intake/importers/netbox/collect-netbox.js');
    const { mapNetbox } = await import('../../../intake/importers/netbox/map-netbox.js');
    const source = netboxLiveSource({ endpoint, token, description, basePath, pageSize });
    let result;
    try {
      result = mapNetbox(await collectNetbox(source, flags.site));
    } catch (error) {
      if (reportSourceError(io, setExitCode, error, [token])) return;
      throw error;
    }
    await finishImport(io, setExitCode, result, { output: flags.output, write: flags.write === true, from: source.description, secrets: [token] });
  });
}
