/**
 * Serves Kestra over MCP on a pair of streams (stdin and stdout for `kestra mcp`) until the client
 * closes its end. Nothing else may write to the output stream: it carries the protocol.
 */
import type { Readable, Writable } from 'node:stream';
import type { Log } from './call-tool.js';
import { confinedFiles } from './confined-files.js';
import { LineTransport } from './line-transport.js';
import { builtInPrompts } from './prompts/registry.js';
import { listResources } from './resources/registry.js';
import { createKestraServer } from './server.js';
import { builtInTools } from './tools/registry.js';

export interface ServeOptions {
  /** Real paths of the directories tools may use (see resolveRoots). */
  readonly roots: readonly string[];
  readonly allowWrite: boolean;
  readonly input: Readable;
  readonly output: Writable;
  readonly log: Log;
  /** Writes a file atomically. */
  readonly writeFile: (path: string, content: string) => Promise<void>;
}

/** Serves until the input ends; resolves then. */
export async function serve(options: ServeOptions): Promise<void> {
  const files = confinedFiles({ roots: options.roots, allowWrite: options.allowWrite, writeFile: options.writeFile });
  const server = createKestraServer({ files, tools: builtInTools, resources: listResources, prompts: builtInPrompts, log: options.log });
  const transport = new LineTransport(options.input, options.output);
  const closed = new Promise<void>((resolve) => {
    server.onclose = resolve;
  });
  await server.connect(transport);
  options.log(`kestra mcp: serving ${builtInTools.length} tools on stdio; roots ${options.roots.join(', ')}${options.allowWrite ? '; writes allowed' : '; read-only'}`);
  await closed;
}
