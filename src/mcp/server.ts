/**
 * The Kestra MCP server: the tool, resource and prompt registries behind the official SDK's
 * low-level Server. Tools are listed with JSON Schemas generated from their zod schemas, and called
 * through callTool, which turns every failure into a typed tool error.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { didYouMean } from '../intake/did-you-mean.js';
import { redactText } from '../intake/secrets.js';
import { VERSION } from '../version.js';
import { callTool, type Log } from './call-tool.js';
import type { ConfinedFiles } from './confined-files.js';
import { MAX_PROSE_CHARS } from './limits.js';
import type { KestraPrompt } from './prompts/prompt.js';
import type { KestraResource } from './resources/resource.js';
import type { KestraTool } from './tool.js';

/** MCP's error code for a resource that does not exist. */
const RESOURCE_NOT_FOUND = -32002;

/** What the server serves and where it may read and write. */
export interface KestraServerOptions {
  readonly files: ConfinedFiles;
  readonly tools: readonly KestraTool[];
  readonly resources: () => Promise<readonly KestraResource[]>;
  readonly prompts: readonly KestraPrompt[];
  readonly log: Log;
}

const instructions = [
  'Kestra is an infrastructure architect you can run: it computes figures for homelabs and small businesses (storage capacity, memory, network throughput, UPS runtime, energy cost, backup RPO/RTO) from an inventory, deterministically and offline.',
  'Use its tools instead of estimating: validate_inventory first, then analyze (figures, single points of failure, blast radius, rule findings); plan for the architecture report of a task; what_if for failures; calc_* for figures outside the inventory; explain_rule for a finding; lint_plan to review a plan against the inventory.',
  'Every figure comes with its formula and inputs; report open questions and assumptions rather than guessing.',
].join(' ');

/** Builds the server; connect it to a transport to serve. */
export function createKestraServer(options: KestraServerOptions): Server {
  const server = new Server({ name: 'kestra', title: 'Kestra', version: VERSION }, { capabilities: { tools: {}, resources: {}, prompts: {} }, instructions });
  const tools = new Map(options.tools.map((tool) => [tool.name, tool]));
  const prompts = new Map(options.prompts.map((prompt) => [prompt.name, prompt]));
  let toolList: Tool[] | undefined;

  server.setRequestHandler(ListToolsRequestSchema, () => {
    toolList ??= options.tools.map(describeTool);
    return { tools: toolList };
  });

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = tools.get(request.params.name);
    if (tool === undefined) throw unknownName('tool', request.params.name, tools.keys());
    return callTool(tool, request.params.arguments, { files: options.files }, options.log);
  });

  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: (await options.resources()).map(({ uri, name, title, description, mimeType }) => ({ uri, name, title, description, mimeType })),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const resources = await options.resources();
    const resource = resources.find((candidate) => candidate.uri === request.params.uri);
    if (resource === undefined) {
      const suggestion = didYouMean(request.params.uri, resources.map((candidate) => candidate.uri));
      throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${request.params.uri}${suggestion !== undefined ? `; did you mean ${suggestion}?` : ''}`, { uri: request.params.uri });
    }
    return { contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: await resource.read() }] };
  });

  server.setRequestHandler(ListPromptsRequestSchema, () => ({
    prompts: options.prompts.map(({ name, title, description, arguments: args }) => ({ name, title, description, arguments: args.map((argument) => ({ ...argument })) })),
  }));

  server.setRequestHandler(GetPromptRequestSchema, async (request) => {
    const prompt = prompts.get(request.params.name);
    if (prompt === undefined) throw unknownName('prompt', request.params.name, prompts.keys());
    const declared = prompt.arguments.map((argument) => argument.name);
    const schema = z.object(Object.fromEntries(prompt.arguments.map((argument) => [argument.name, argument.required ? z.string().max(MAX_PROSE_CHARS) : z.string().max(MAX_PROSE_CHARS).optional()]))).strict();
    const parsed = schema.safeParse(request.params.arguments ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'arguments')}: ${issue.message}`);
      throw new McpError(ErrorCode.InvalidParams, `invalid arguments for prompt ${prompt.name}: ${problems.join('; ')} (it takes ${declared.join(', ')})`, { code: 'invalid-arguments' });
    }
    const result = await prompt.get(parsed.data as Record<string, string | undefined>, { tools: options.tools });
    return { ...result, messages: result.messages.map((message) => (message.content.type === 'text' ? { ...message, content: { ...message.content, text: redactText(message.content.text) } } : message)) };
  });

  server.onerror = (error) => options.log(`mcp: ${redactText(error.message)}`);
  return server;
}

/** A tool as tools/list shows it: JSON Schemas from its zod schemas, and what it may do. */
function describeTool(tool: KestraTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: z.toJSONSchema(tool.input, { target: 'draft-7', io: 'input' }) as Tool['inputSchema'],
    outputSchema: z.toJSONSchema(tool.output, { target: 'draft-7', io: 'output' }) as Tool['outputSchema'],
    annotations: { title: tool.title, readOnlyHint: !tool.writes, destructiveHint: tool.writes, idempotentHint: true, openWorldHint: false },
  };
}

/** A protocol error for an unknown tool or prompt name, with the closest name. */
function unknownName(kind: 'tool' | 'prompt', name: string, known: Iterable<string>): McpError {
  const names = [...known];
  const suggestion = didYouMean(name, names);
  return new McpError(ErrorCode.InvalidParams, `unknown ${kind} ${JSON.stringify(name)}${suggestion !== undefined ? `; did you mean "${suggestion}"?` : ''}`, { code: `unknown-${kind}`, known: names });
}
