/**
 * Local HTTPS servers on 127.0.0.1 that answer like Proxmox VE and NetBox from fixture files, so
 * the real client runs: TLS, pinning, pagination, rate limits, errors and timeouts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { testCertificate } from './tls-test-cert.js';

export interface FixtureServer {
  readonly port: number;
  readonly url: string;
  /** Every request path the server saw, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Starts an HTTPS server with the test certificate. */
export async function startHttpsServer(handler: Handler): Promise<FixtureServer> {
  const { cert, key } = testCertificate();
  const requests: string[] = [];
  const server: Server = createServer({ cert, key }, (request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (response: ServerResponse, status: number, body: unknown, statusMessage?: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, statusMessage ?? '', { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

export interface PveServerOptions {
  /** The fixture directory of pvesh dumps (file per API path). */
  readonly dir: string;
  readonly tokenId: string;
  readonly secret: string;
  /** API paths answered 403 with Proxmox's "Permission check failed (…)" status line. */
  readonly forbid?: { readonly path: RegExp; readonly acl: string; readonly privilege: string };
  /** API paths that never answer (for timeouts). */
  readonly hang?: RegExp;
}

/** A Proxmox VE API at /api2/json serving `dir`; paths without a file answer 501 as pveproxy does. */
export function pveHandler(options: PveServerOptions): Handler {
  return (request, response) => {
    const path = decodeURI((request.url ?? '').replace(/^\/api2\/json/, '').split('?')[0] ?? '');
    if (request.headers.authorization !== `PVEAPIToken=${options.tokenId}=${options.secret}`) return json(response, 401, { data: null }, 'authentication failure');
    if (options.hang?.test(path)) return;
    if (options.forbid?.path.test(path)) return json(response, 403, { data: null }, `Permission check failed (${options.forbid.acl}, ${options.forbid.privilege})`);
    const file = join(options.dir, `${path.replace(/^\/+/, '').replace(/\//g, '_')}.json`);
    if (!existsSync(file)) return json(response, 501, { data: null }, `Method 'GET ${path}' not implemented`);
    json(response, 200, { data: JSON.parse(readFileSync(file, 'utf8')) });
  };
}

export interface NetboxServerOptions {
  readonly dir: string;
  readonly token: string;
  /** Objects per page at most, whatever `limit` asks (to force pagination). */
  readonly pageSize?: number;
  /** Endpoints ("dcim/cables") answered 403 for lack of permission. */
  readonly forbid?: string;
  /** Endpoints answered 429 (Retry-After: 1) on their first request. */
  readonly rateLimitOnce?: string;
}

/** A NetBox API at /api serving list fixtures with limit/offset pagination; `next` links name a wrong host on purpose. */
export function netboxHandler(options: NetboxServerOptions): Handler {
  const limited = new Set<string>();
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'https://netbox.invalid');
    const endpoint = url.pathname.replace(/^\/api\//, '').replace(/\/$/, '');
    const expected = options.token.startsWith('nbt_') ? `Bearer ${options.token}` : `Token ${options.token}`;
    if (request.headers.authorization !== expected) return json(response, 403, { detail: 'Invalid token' });
    if (endpoint === options.forbid) return json(response, 403, { detail: 'You do not have permission to perform this action.' });
    if (endpoint === options.rateLimitOnce && !limited.has(endpoint)) {
      limited.add(endpoint);
      return json(response, 429, { detail: 'Request was throttled.' }, 'Too Many Requests', { 'Retry-After': '1' });
    }
    const file = join(options.dir, `${endpoint.replace(/\//g, '_')}.json`);
    if (!existsSync(file)) return json(response, 404, { detail: 'Not found.' });
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) return json(response, 200, data, undefined, { 'API-Version': '4.1' });
    const limit = Math.min(Number(url.searchParams.get('limit') ?? '50'), options.pageSize ?? 1000);
    const offset = Number(url.searchParams.get('offset') ?? '0');
    const next = offset + limit < data.length ? `http://wrong-host.invalid:8080/api/${endpoint}/?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), limit: String(limit), offset: String(offset + limit) }).toString()}` : null;
    json(response, 200, { count: data.length, next, previous: null, results: data.slice(offset, offset + limit) });
  };
}
