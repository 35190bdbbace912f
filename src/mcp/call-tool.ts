/**
 * Runs one tool call: parse the arguments with the tool's schema, run it, redact the answer. Nothing
 * escapes as an exception: bad arguments, bad input and Kestra's own bugs all come back as typed
 * MCP tool errors (`isError: true`, the details under `_meta["kestra.dev/error"]`), so one bad call
 * never stops the server.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { formatDiagnostic } from '../intake/diagnostic.js';
import { didYouMean } from '../intake/did-you-mean.js';
import { redactText } from '../intake/secrets.js';
import { redactDeep } from './redact.js';
import type { KestraTool, ToolContext } from './tool.js';
import { type ArgumentIssue, isToolError, TOOL_ERROR_META_KEY, ToolError, type ToolErrorDetails } from './tool-error.js';

/** Where the server reports what it cannot send to the client (stderr). */
export type Log = (message: string) => void;

/** Calls `tool` with the raw `args` of a tools/call request. */
export async function callTool(tool: KestraTool, args: unknown, context: ToolContext, log: Log): Promise<CallToolResult> {
  try {
    const parsed = tool.input.safeParse(args ?? {});
    if (!parsed.success) throw argumentsError(tool, args, parsed.error.issues);
    const outcome = await tool.run(parsed.data, context);
    return {
      content: [{ type: 'text', text: redactText(outcome.text) }],
      structuredContent: redactDeep(outcome.structured) as Record<string, unknown>,
    };
  } catch (error) {
    const details = isToolError(error) ? error.details : internalError(tool.name, error, log);
    return toolErrorResult(redactDeep(details));
  }
}

/** The MCP result for a tool error: readable text, and the details as data under `_meta`. */
export function toolErrorResult(details: ToolErrorDetails): CallToolResult {
  const lines = [`error (${details.code}): ${details.message}`];
  for (const issue of details.issues ?? []) lines.push(`  ${issue.path}: ${issue.message}`);
  for (const diagnostic of details.diagnostics ?? []) lines.push(`  ${formatDiagnostic(diagnostic).replace(/\n/gu, '\n  ')}`);
  if (details.hint !== undefined) lines.push(`hint: ${details.hint}`);
  return { isError: true, content: [{ type: 'text', text: lines.join('\n') }], _meta: { [TOOL_ERROR_META_KEY]: { ...details } } };
}

/** A typed error for arguments the schema refused: too large, or wrong. */
function argumentsError(tool: KestraTool, args: unknown, issues: readonly z.core.$ZodIssue[]): ToolError {
  const tooLarge = issues.filter((issue) => issue.code === 'too_big' && issue.origin === 'string');
  if (tooLarge.length > 0) {
    return new ToolError({
      code: 'input-too-large',
      message: `${tool.name}: ${tooLarge.length === 1 ? 'an argument is' : 'arguments are'} larger than the tool reads`,
      issues: tooLarge.map((issue) => ({ path: pathText(issue.path), message: `${lengthAt(args, issue.path)} characters, more than the ${String((issue as { maximum: number | bigint }).maximum)} allowed` })),
      hint: 'give a large inventory by path rather than as text',
    });
  }
  const names = Object.keys(tool.input.shape);
  return new ToolError({
    code: 'invalid-arguments',
    message: `${tool.name}: the arguments do not match the tool's input schema`,
    issues: issues.flatMap((issue) => describeIssue(issue, names)),
    hint: `the tool takes ${names.map((name) => JSON.stringify(name)).join(', ')}; see its inputSchema in tools/list`,
  });
}

/** One zod issue in words, naming the argument; unknown arguments get a did-you-mean. */
function describeIssue(issue: z.core.$ZodIssue, names: readonly string[]): ArgumentIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = didYouMean(key, names);
      return { path: pathText([...issue.path, key]), message: `unknown argument${suggestion !== undefined ? `; did you mean "${suggestion}"?` : ''}` };
    });
  }
  if (issue.code === 'invalid_type' && / received undefined$/u.test(issue.message)) {
    return [{ path: pathText(issue.path), message: `required (${issue.message.replace(/^Invalid input: /u, '').replace(/, received undefined$/u, '')})` }];
  }
  return [{ path: pathText(issue.path), message: issue.message.replace(/^Invalid input: /u, '') }];
}

/** "availabilities.2", or "(arguments)" for the object itself. */
function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(arguments)' : path.map(String).join('.');
}

/** The length of the string at `path` in `args`, for the too-large message. */
function lengthAt(args: unknown, path: readonly PropertyKey[]): number {
  let value: unknown = args;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' ? value.length : 0;
}

/** A bug in a tool: logged with its stack on stderr, answered as an internal-error. */
function internalError(toolName: string, error: unknown, log: Log): ToolErrorDetails {
  const message = error instanceof Error ? error.message : String(error);
  log(redactText(`internal error in tool ${toolName}: ${error instanceof Error && error.stack ? error.stack : message}`));
  return {
    code: 'internal-error',
    message: `internal error in tool ${toolName}: ${message}`,
    hint: 'this is a bug in Kestra; please report it with the input that caused it',
  };
}
