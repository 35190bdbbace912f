/**
 * MCP over stdio: one JSON-RPC message per line. Unlike the SDK's StdioServerTransport, which closes
 * the connection when a message exceeds its buffer, this transport answers what it cannot read with a
 * JSON-RPC error (parse error, invalid request, too large) and goes on reading the next line, so a
 * malformed or oversized request never stops the server.
 */
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { MAX_MESSAGE_BYTES } from './limits.js';

/** JSON-RPC error codes this transport answers with. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

/** How much of an oversized line is kept to find its request id (clients put it first or last). */
const ID_WINDOW = 512;

type RequestId = string | number | null;

/** A newline-delimited JSON-RPC transport over a readable and a writable stream. */
export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private chunks: Buffer[] = [];
  private size = 0;
  /** Set while skipping the rest of an oversized line: its first and last bytes, and its length. */
  private skipped: { head: string; tail: string; bytes: number } | undefined;
  private closed = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onStreamError);
    this.output.on('error', this.onStreamError);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) return;
    const line = `${JSON.stringify(message)}\n`;
    await new Promise<void>((resolve) => {
      if (this.output.write(line)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    // A paused stdin no longer keeps the process alive.
    if (this.input.listenerCount('data') === 0) this.input.pause();
    this.chunks = [];
    this.onclose?.();
  }

  private readonly onData = (chunk: Buffer | string): void => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const newline = data.indexOf(0x0a, start);
      if (newline === -1) {
        this.append(data.subarray(start));
        return;
      }
      this.append(data.subarray(start, newline));
      this.endLine();
      start = newline + 1;
    }
  };

  private readonly onEnd = (): void => {
    if (this.size > 0 || this.skipped !== undefined) this.endLine();
    void this.close();
  };

  private readonly onStreamError = (error: Error): void => {
    this.onerror?.(error);
    // A client that went away (EPIPE) cannot be answered any more.
    void this.close();
  };

  private append(part: Buffer): void {
    if (part.length === 0) return;
    if (this.skipped === undefined && this.size + part.length <= this.maxMessageBytes) {
      this.chunks.push(part);
      this.size += part.length;
      return;
    }
    if (this.skipped === undefined) {
      const head = Buffer.concat([...this.chunks, part]).subarray(0, ID_WINDOW).toString('utf8');
      this.skipped = { head, tail: '', bytes: this.size };
      this.chunks = [];
      this.size = 0;
    }
    this.skipped.bytes += part.length;
    this.skipped.tail = (this.skipped.tail + part.subarray(Math.max(0, part.length - ID_WINDOW)).toString('utf8')).slice(-ID_WINDOW);
  }

  private endLine(): void {
    if (this.skipped !== undefined) {
      const { head, tail, bytes } = this.skipped;
      this.skipped = undefined;
      const limit = this.maxMessageBytes >= 2 ** 20 ? `${this.maxMessageBytes / 2 ** 20} MiB` : `${this.maxMessageBytes} bytes`;
      this.reply(guessId(head, tail), INVALID_REQUEST, `the message is ${bytes} bytes, more than the ${limit} this server reads`, { code: 'input-too-large' });
      return;
    }
    const line = Buffer.concat(this.chunks, this.size).toString('utf8').replace(/\r$/u, '');
    this.chunks = [];
    this.size = 0;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      this.reply(null, PARSE_ERROR, `Parse error: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(json);
    if (!parsed.success) {
      this.reply(idOf(json), INVALID_REQUEST, 'Invalid Request: not a JSON-RPC 2.0 request, notification or response');
      return;
    }
    this.onmessage?.(parsed.data);
  }

  private reply(id: RequestId, code: number, message: string, data?: Record<string, unknown>): void {
    this.onerror?.(new Error(message));
    // JSON-RPC answers a request whose id cannot be read with id null; the SDK's types want a string or number.
    const response = { jsonrpc: '2.0', id, error: { code, message, ...(data !== undefined ? { data } : {}) } } as unknown as JSONRPCMessage;
    void this.send(response);
  }
}

/** The id of a parsed message that is not valid JSON-RPC, when it has a usable one. */
function idOf(json: unknown): RequestId {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const id = (json as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}

/** The id of an oversized request, read from its first or last bytes. */
function guessId(head: string, tail: string): RequestId {
  const leading = /^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.){0,128}")/u.exec(head);
  const trailing = /"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.){0,128}")\s*\}\s*$/u.exec(tail);
  const found = leading?.[1] ?? trailing?.[1];
  if (found === undefined) return null;
  try {
    return JSON.parse(found) as string | number;
  } catch {
    return null;
  }
}
