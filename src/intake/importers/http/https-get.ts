/**
 * A small HTTPS GET client on Node's built-in `https`, over a socket that was verified (or pinned)
 * before the request is written. One connection per request, a hard deadline per request, and a
 * cap on the body size; failures become SourceErrors that never include request headers.
 */
import type { ClientRequest, IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { SourceError } from '../source-error.js';
import { connectionError, openVerifiedTls, type TlsTarget } from './tls-socket.js';

/** Largest response body read; a full NetBox page of 1000 devices is a few MiB. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpsEndpoint extends TlsTarget {
  /** Milliseconds a request may take in all, from connecting to the last byte. */
  readonly timeoutMs: number;
}

export interface HttpsResponse {
  readonly status: number;
  readonly statusMessage: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** GETs `path` (with its query) from the endpoint. Rejects with a SourceError on network, TLS or timeout failures. */
export function httpsGet(endpoint: HttpsEndpoint, path: string, headers: Readonly<Record<string, string>>): Promise<HttpsResponse> {
  let socket: TLSSocket | undefined;
  let pending: ClientRequest | undefined;
  return new Promise<HttpsResponse>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, response?: HttpsResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        pending?.destroy();
        socket?.destroy();
        reject(error);
      } else if (response) resolve(response);
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(endpoint.timeoutMs / 100) / 10;
      finish(new SourceError(`${endpoint.host}:${endpoint.port} did not answer ${path} within ${seconds}s`, 'check that the server is up and not overloaded, or allow more time with --timeout SECONDS'));
    }, endpoint.timeoutMs);

    openVerifiedTls(endpoint, (opened) => {
      socket = opened;
    }).then((verified) => {
      if (settled) {
        verified.destroy();
        return;
      }
      const hostHeader = endpoint.host.includes(':') ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
      pending = request(
        {
          method: 'GET',
          host: endpoint.host,
          port: endpoint.port,
          path,
          headers: { Host: hostHeader, Accept: 'application/json', Connection: 'close', ...headers },
          createConnection: () => verified,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
              finish(new SourceError(`${endpoint.host} sent more than ${MAX_BODY_BYTES / (1024 * 1024)} MiB for ${path}`, 'narrow the import (for NetBox: --site) or check the URL'));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () =>
            finish(undefined, {
              status: response.statusCode ?? 0,
              statusMessage: response.statusMessage ?? '',
              headers: response.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', (error) => finish(connectionError(error, endpoint)));
        },
      );
      pending.on('error', (error: Error) => finish(connectionError(error, endpoint)));
      pending.end();
    }, (error: Error) => finish(error));
  });
}
