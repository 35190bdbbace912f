/**
 * The live Proxmox VE API, read with an API token. The token travels only in the Authorization
 * header of a request on a verified connection; it is never part of a URL, message or log.
 */
import { httpsGet, type HttpsEndpoint } from '../http/https-get.js';
import { safeText } from '../safe-text.js';
import { SourceError } from '../source-error.js';
import { asRecord } from '../json-fields.js';
import { privilegeFor, type PveReply, type PveSource } from './pve-source.js';

export interface PveLiveOptions {
  readonly endpoint: HttpsEndpoint;
  /** "user@realm!tokenname". */
  readonly tokenId: string;
  readonly tokenSecret: string;
  /** Printed in messages, without credentials: "https://pve1:8006". */
  readonly description: string;
  /** Path the API is served under behind a reverse proxy; "" normally. */
  readonly basePath?: string;
}

/** A source that reads https://host:port/api2/json/<path>. */
export function pveLiveSource(options: PveLiveOptions): PveSource {
  const authorization = `PVEAPIToken=${options.tokenId}=${options.tokenSecret}`;
  return {
    description: options.description,
    async get(path) {
      const response = await httpsGet(options.endpoint, `${options.basePath ?? ''}/api2/json${encodeURI(path)}`, { Authorization: authorization });
      const reason = safeText(response.statusMessage) ?? '';
      if (response.status === 401) {
        throw new SourceError(
          `${options.description} rejected the API token "${options.tokenId}" (HTTP 401${reason ? `: ${reason}` : ''})`,
          'check the token id (user@realm!tokenname) and its secret file; list tokens with "pveum user token list USER"; a token may have expired',
        );
      }
      if (response.status === 403) {
        const named = reason.match(/\(([^,()]+),\s*([A-Za-z.]+)\)/);
        const privilege = named ? `${named[2] ?? ''} on ${named[1] ?? ''}` : privilegeFor(path);
        throw new SourceError(
          `permission denied reading ${path}: the token "${options.tokenId}" lacks ${privilege}`,
          `give it the read-only PVEAuditor role: pveum acl modify / --roles PVEAuditor --tokens '${options.tokenId}' (a token made with --privsep 1 needs its own ACL, not only its user's)`,
        );
      }
      if (response.status !== 200) {
        const missing = response.status === 404 || response.status === 501;
        return {
          found: false,
          status: response.status,
          reason: missing
            ? `this Proxmox VE version has no API path ${path} (HTTP ${response.status}${reason ? `: ${reason}` : ''})`
            : `${options.description} answered HTTP ${response.status}${reason ? ` (${reason})` : ''} for ${path}`,
          hint: missing ? 'Kestra reads Proxmox VE 7 and later; upgrade, or import from a pvesh dump with --from' : 'check the node named in the path is online, then retry',
        } satisfies PveReply;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        throw new SourceError(`${options.description} answered ${path} with something that is not JSON`, 'check that the URL points at the Proxmox VE web interface, usually https://HOST:8006');
      }
      const record = asRecord(parsed);
      if (!record || !('data' in record)) {
        throw new SourceError(`${options.description} answered ${path} without a "data" member`, 'check that the URL points at the Proxmox VE API, usually https://HOST:8006');
      }
      return { found: true, data: record.data };
    },
  };
}
