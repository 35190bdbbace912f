/**
 * Talks to the BUILT `kestra mcp` server as an MCP client would: the SDK's own Client over a
 * StdioClientTransport that spawns `node dist/cli/bin.js mcp …`. Also a raw line session for
 * requests no well-behaved client sends (garbage, oversized messages).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
import { builtCli, repoRoot } from './paths.js';

export interface McpSession {
  readonly client: Client;
  /** What the server logged on stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** Starts `kestra mcp <args>` and connects the SDK client to it. */
export async function startMcp(args: readonly string[], options: { cwd?: string } = {}): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [builtCli, 'mcp', ...args],
    cwd: options.cwd ?? repoRoot,
    stderr: 'pipe',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });
  let log = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
  });
  const client = new Client({ name: 'kestra-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => log, close: () => client.close() };
}

/** A tool call the server answered: its structured content, or a failed test naming the error. */
export async function callOk(client: Client, name: string, args: Record<string, unknown>): Promise<{ structured: Record<string, unknown>; text: string }> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (result.isError === true) throw new Error(`${name} failed: ${textOf(result)}`);
  expect(result.structuredContent).toBeDefined();
  return { structured: result.structuredContent as Record<string, unknown>, text: textOf(result) };
}

/** The typed error a tool call answered with (fails the test when the call succeeded). */
export async function callError(client: Client, name: string, args: unknown): Promise<{ code: string; message: string; issues?: { path: string; message: string }[]; diagnostics?: { file: string; line: number; column: number; code: string }[]; hint?: string; text: string }> {
  const result = (await client.callTool({ name, arguments: args as Record<string, unknown> })) as CallToolResult;
  expect(result.isError, `${name} should have failed but answered ${textOf(result).slice(0, 200)}`).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  const details = result._meta?.['kestra.dev/error'] as { code: string; message: string } | undefined;
  expect(details, 'error details under _meta["kestra.dev/error"]').toBeDefined();
  return { ...(details as { code: string; message: string }), text: textOf(result) };
}

/** The text content of a tool result. */
export function textOf(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

/** A raw newline-delimited JSON-RPC session with the built server, for requests the SDK client would never send. */
export interface RawSession {
  /** Writes one line (a newline is added). */
  send(line: string): void;
  /** The next message the server sends. */
  next(): Promise<Record<string, unknown>>;
  close(): Promise<number | null>;
}

/** Starts `kestra mcp <args>` with raw pipes. */
export function startRaw(args: readonly string[]): RawSession {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [builtCli, 'mcp', ...args], { cwd: repoRoot, stdio: 'pipe' });
  const queue: Record<string, unknown>[] = [];
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as Record<string, unknown>;
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else queue.push(message);
  });
  child.stderr.resume();
  return {
    send: (line) => child.stdin.write(`${line}\n`),
    next: () => {
      const queued = queue.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () =>
      new Promise((resolve) => {
        child.on('exit', (code) => resolve(code));
        child.stdin.end();
      }),
  };
}
