/** Options every importer shares: output and merge, TLS pinning or CA, the timeout; checked up front. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { HttpsEndpoint } from '../../../intake/importers/http/https-get.js';
import { normalizeFingerprint } from '../../../intake/importers/http/tls-fingerprint.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';

export interface ConnectionFlags {
  readonly url?: string;
  readonly fingerprint?: string;
  readonly ca?: string;
  readonly timeout: string;
  readonly output?: string;
  readonly write?: boolean;
}

/** Adds -o, --write, --fingerprint, --ca and --timeout, and help text with `examples` and the exit codes. */
export function addImportOptions(command: Command, examples: readonly string[]): Command {
  return command
    .option('-o, --output <file>', 'write the spec here; an existing spec is merged (diff shown, --write applies)')
    .option('--write', 'apply the merge into an existing --output file')
    .option('--fingerprint <sha256>', "pin the server certificate's SHA-256 fingerprint (for self-signed certificates; Proxmox VE: pvenode cert info)")
    .option('--ca <file>', 'trust the CA certificates in this PEM file (e.g. a copy of /etc/pve/pve-root-ca.pem)')
    .addOption(new Option('--timeout <seconds>', 'give up on a request after this many seconds').default('30'))
    .addHelpText(
      'after',
      ['', 'Examples:', ...examples.map((example) => `  $ ${example}`), '', 'Exit codes: 0 imported, 2 bad input, unreachable source, refused token or permission, TLS mismatch.'].join('\n'),
    );
}

/** Refuses --write without -o. */
export function checkOutputFlags(flags: ConnectionFlags): void {
  if (flags.write && flags.output === undefined) throw new UsageError('--write needs -o FILE', 'name the spec to merge into');
}

/** Checks the flags and returns the endpoint to connect to, plus the URL to print (no credentials). */
export async function endpointOf(io: Io, flags: ConnectionFlags, defaultPort: number): Promise<{ endpoint: HttpsEndpoint; description: string; basePath: string }> {
  let url: URL;
  try {
    url = new URL(flags.url ?? '');
  } catch {
    throw new UsageError(`--url ${JSON.stringify(flags.url ?? '')} is not a URL`, 'write it like https://pve1.example.lan:8006');
  }
  if (url.protocol !== 'https:') throw new UsageError(`--url must use https, not ${url.protocol.replace(':', '')}`, 'Kestra sends tokens only over verified TLS; put the API behind HTTPS');
  if (url.username !== '' || url.password !== '') throw new UsageError('--url must not contain a user name or password', 'give credentials through the token options');
  const seconds = Number(flags.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) throw new UsageError(`--timeout ${flags.timeout} is not a number of seconds from 0 to 600`, 'e.g. --timeout 60');
  let fingerprint: string | undefined;
  if (flags.fingerprint !== undefined) {
    fingerprint = normalizeFingerprint(flags.fingerprint);
    if (fingerprint === undefined) throw new UsageError('--fingerprint is not a SHA-256 fingerprint', 'give 64 hex digits, with or without colons, e.g. AB:CD:…');
  }
  let ca: string | undefined;
  if (flags.ca !== undefined) {
    try {
      ca = await readFile(resolve(io.cwd, flags.ca), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --ca ${flags.ca} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, 'give a PEM file with the CA certificate');
    }
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? defaultPort : Number(url.port);
  return {
    endpoint: { host, port, timeoutMs: seconds * 1000, ...(fingerprint ? { fingerprint } : {}), ...(ca ? { ca } : {}) },
    description: `https://${url.host.includes(':') || url.port !== '' ? url.host : `${url.host}:${port}`}`,
    basePath: url.pathname.replace(/\/+$/, ''),
  };
}
