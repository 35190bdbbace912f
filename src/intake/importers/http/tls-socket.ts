/**
 * Opens a TLS connection and checks the server before a single byte of HTTP (and so before any
 * token) is sent: either the certificate chain and host name verify against the trusted CAs, or
 * the certificate's SHA-256 fingerprint equals the one the user pinned. Verification is never
 * skipped; a self-signed Proxmox certificate is accepted only through an explicit pin or CA file.
 */
import { isIP } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';
import { SourceError } from '../source-error.js';
import { normalizeFingerprint } from './tls-fingerprint.js';

export interface TlsTarget {
  readonly host: string;
  readonly port: number;
  /** SHA-256 fingerprint to pin, 64 hex digits (colons and case ignored). */
  readonly fingerprint?: string;
  /** PEM certificates to trust instead of the system store (e.g. /etc/pve/pve-root-ca.pem). */
  readonly ca?: string;
}

/** Why Node refused a certificate, in words. */
const refusals: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'it is signed by a CA this machine does not trust (Proxmox VE signs node certificates with its own cluster CA)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'it is signed by a CA this machine does not know',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'it is signed by a CA this machine does not know',
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet (check the clocks)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for another host name',
};

/** Connects to `target` and resolves with a verified socket, or rejects with a SourceError. */
export function openVerifiedTls(target: TlsTarget, register: (socket: TLSSocket) => void): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: target.host,
      port: target.port,
      servername: isIP(target.host) === 0 ? target.host : undefined,
      // Checked by hand below, before any data flows, so that a pin can replace the CA check.
      rejectUnauthorized: false,
      ca: target.ca,
      ALPNProtocols: ['http/1.1'],
    });
    register(socket);
    socket.on('error', (error) => reject(connectionError(error, target)));
    socket.once('secureConnect', () => {
      const problem = peerProblem(socket, target);
      if (problem) {
        socket.destroy();
        reject(problem);
      } else resolve(socket);
    });
  });
}

function peerProblem(socket: TLSSocket, target: TlsTarget): SourceError | undefined {
  const presented = normalizeFingerprint(socket.getPeerCertificate().fingerprint256 ?? '') ?? 'unknown';
  const where = `${target.host}:${target.port}`;
  if (target.fingerprint !== undefined) {
    if (presented === target.fingerprint) return undefined;
    return new SourceError(
      `TLS: the certificate of ${where} does not match --fingerprint; nothing was sent`,
      `the server presented SHA256 ${presented}. If its certificate was renewed, confirm the new fingerprint on the server (Proxmox VE: "pvenode cert info") and pass it; otherwise something is intercepting the connection`,
    );
  }
  if (socket.authorized) return undefined;
  const code = String(socket.authorizationError ?? 'unknown');
  return new SourceError(
    `TLS: the certificate of ${where} cannot be verified: ${refusals[code] ?? code}; nothing was sent`,
    `the server presented SHA256 ${presented}. If that is your server's certificate (Proxmox VE: "pvenode cert info"; or the browser's certificate viewer), pass --fingerprint ${presented}, or --ca FILE with the CA that signed it. Kestra never skips verification`,
  );
}

/** A connection failure as a message about the host, without Node's stack. */
export function connectionError(error: Error, target: TlsTarget): SourceError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const where = `${target.host}:${target.port}`;
  const reasons: Readonly<Record<string, string>> = {
    ECONNREFUSED: `connection refused: nothing listens on ${where}`,
    ENOTFOUND: `cannot resolve the host name "${target.host}"`,
    EAI_AGAIN: `cannot resolve the host name "${target.host}" (DNS did not answer)`,
    EHOSTUNREACH: `${where} is unreachable (no route to host)`,
    ENETUNREACH: `${where} is unreachable (network unreachable)`,
    ETIMEDOUT: `connecting to ${where} timed out`,
    ECONNRESET: `${where} closed the connection`,
    EPROTO: `${where} does not speak TLS on this port`,
    ERR_SSL_WRONG_VERSION_NUMBER: `${where} does not speak TLS on this port`,
  };
  const reason = reasons[code] ?? `cannot connect to ${where} (${code || error.message})`;
  return new SourceError(reason, 'check the URL (scheme https, host and port) and that this machine can reach it: firewall, VPN, DNS');
}
