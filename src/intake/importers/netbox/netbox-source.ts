/**
 * The NetBox REST API, read with a token: paginated lists (following `next`), the 429 rate limit
 * (waiting as Retry-After says), and clear errors for a refused token or a missing permission.
 * Tokens go only to the configured server: a `next` link is followed by its path, never its host.
 */
import { httpsGet, type HttpsEndpoint, type HttpsResponse } from '../http/https-get.js';
import { asNumber, asRecord, asRecords, asString } from '../json-fields.js';
import { safeText } from '../safe-text.js';
import { SourceError } from '../source-error.js';

type Json = Record<string, unknown>;

export interface NetboxSource {
  /** "https://netbox.lan", for messages. */
  readonly description: string;
  /** The NetBox version ("4.1.6"), from /api/status/ or the API-Version header; undefined when neither said. */
  version(): Promise<string | undefined>;
  /** Every object of a list endpoint such as "dcim/devices", following pagination. */
  list(endpoint: string, query?: Readonly<Record<string, string>>): Promise<Json[]>;
}

export interface NetboxLiveOptions {
  readonly endpoint: HttpsEndpoint;
  readonly token: string;
  readonly description: string;
  /** Path NetBox is served under, "" for the root. */
  readonly basePath: string;
  /** Objects asked for per page (NetBox caps it at MAX_PAGE_SIZE, 1000 by default). */
  readonly pageSize?: number;
  /** Waits between retries; tests pass a fake. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/** Retries after HTTP 429 before giving up. */
const MAX_RETRIES = 5;
/** Longest Retry-After Kestra honours, in seconds; beyond it the import stops with a message. */
const MAX_RETRY_AFTER = 120;
/** Pages per list before Kestra assumes the server loops. */
const MAX_PAGES = 10_000;

/** The view permission NetBox checks for each list Kestra reads (NetBox "Permissions": <app>.view_<model>). */
const VIEW_PERMISSIONS: Readonly<Record<string, string>> = {
  'dcim/devices': 'dcim.view_device',
  'dcim/interfaces': 'dcim.view_interface',
  'dcim/cables': 'dcim.view_cable',
  'dcim/power-ports': 'dcim.view_powerport',
  'dcim/power-feeds': 'dcim.view_powerfeed',
  'dcim/power-panels': 'dcim.view_powerpanel',
  'ipam/vlans': 'ipam.view_vlan',
  'ipam/prefixes': 'ipam.view_prefix',
  'virtualization/virtual-machines': 'virtualization.view_virtualmachine',
  'virtualization/clusters': 'virtualization.view_cluster',
};

/** The permission a list endpoint needs, e.g. "dcim/power-feeds" → "dcim.view_powerfeed". */
export function viewPermission(endpoint: string): string {
  const [app = '', model = ''] = endpoint.split('/');
  return VIEW_PERMISSIONS[endpoint] ?? `${app}.view_${model.replace(/-/g, '').replace(/s$/, '')}`;
}

/** A live NetBox. */
export function netboxLiveSource(options: NetboxLiveOptions): NetboxSource {
  // NetBox 4.5 v2 tokens ("nbt_<key>.<secret>") use Bearer; v1 tokens use "Token" (NetBox REST API docs, "Authentication").
  const authorization = options.token.startsWith('nbt_') ? `Bearer ${options.token}` : `Token ${options.token}`;
  const sleep = options.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  let headerVersion: string | undefined;

  const get = async (path: string, endpoint: string): Promise<HttpsResponse> => {
    for (let attempt = 0; ; attempt++) {
      const response = await httpsGet(options.endpoint, path, { Authorization: authorization });
      headerVersion ??= asString(response.headers['api-version']);
      if (response.status !== 429) return response;
      const wait = retryAfterSeconds(response.headers['retry-after']);
      if (attempt >= MAX_RETRIES || wait > MAX_RETRY_AFTER) {
        throw new SourceError(`${options.description} kept answering HTTP 429 (rate limited) for ${endpoint}`, 'try again later, or raise the rate limit for this token on the proxy in front of NetBox');
      }
      await sleep(wait * 1000);
    }
  };

  const fail = (response: HttpsResponse, endpoint: string): never => {
    const detail = safeText(asString(asRecord(parseJson(response.body))?.detail)) ?? '';
    if (response.status === 401 || (response.status === 403 && /token|credentials|authenticat/i.test(detail))) {
      throw new SourceError(`${options.description} rejected the API token (HTTP ${response.status}${detail ? `: ${detail}` : ''})`, 'check the token file; in NetBox, see Admin → API Tokens (it may have expired, or be limited to other IP addresses)');
    }
    if (response.status === 403) {
      throw new SourceError(`permission denied reading ${endpoint}: the token's user lacks ${viewPermission(endpoint)}`, 'give the user (or its group) a read-only object permission for that model, or use a token of a user who can view it');
    }
    if (response.status === 404) {
      throw new SourceError(`${options.description} has no API endpoint /api/${endpoint}/ (HTTP 404)`, 'check --url (the NetBox root, e.g. https://netbox.lan) and that this is NetBox 3.0 or later');
    }
    throw new SourceError(`${options.description} answered HTTP ${response.status}${detail ? ` (${detail})` : ''} for /api/${endpoint}/`, 'check the NetBox server log, then retry');
  };

  return {
    description: options.description,
    async version() {
      const response = await get(`${options.basePath}/api/status/`, 'status');
      const version = response.status === 200 ? asString(asRecord(parseJson(response.body))?.['netbox-version']) : undefined;
      return version ?? headerVersion;
    },
    async list(endpoint, query = {}) {
      const search = new URLSearchParams({ limit: String(options.pageSize ?? 1000), ...query });
      let path: string | undefined = `${options.basePath}/api/${endpoint}/?${search.toString()}`;
      const results: Json[] = [];
      const seen = new Set<string>();
      for (let page = 0; path !== undefined; page++) {
        if (page >= MAX_PAGES || seen.has(path)) throw new SourceError(`${options.description} keeps paginating ${endpoint}`, 'check the NetBox server; its "next" links loop');
        seen.add(path);
        const response = await get(path, endpoint);
        if (response.status !== 200) fail(response, endpoint);
        const body = asRecord(parseJson(response.body));
        if (!body || !Array.isArray(body.results)) {
          throw new SourceError(`${options.description} answered /api/${endpoint}/ with something that is not a NetBox list`, 'check that --url is the NetBox root, e.g. https://netbox.lan');
        }
        results.push(...asRecords(body.results));
        path = nextPath(asString(body.next));
      }
      return results;
    },
  };
}

/** The path and query of a `next` link. Its scheme and host are ignored: proxies often get them wrong, and the token must not follow them elsewhere. */
function nextPath(next: string | undefined): string | undefined {
  if (next === undefined) return undefined;
  try {
    const url = new URL(next, 'https://netbox.invalid');
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/** Seconds to wait for a Retry-After header: a number of seconds or an HTTP date (then 1s, since Kestra keeps no clock). */
function retryAfterSeconds(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  const seconds = asNumber(value);
  return seconds !== undefined && seconds >= 0 ? seconds : 1;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
