/**
 * A Kestra MCP tool: a name, typed input and output (zod schemas, published as JSON Schema), and a
 * run function over the parsed input. Tools are plain data in a registry (tools/registry.ts); adding
 * one is one file plus one line there. Tools never touch the filesystem except through the confined
 * files of their context, and never print: what they return is the answer.
 */
import type { z } from 'zod';
import type { ConfinedFiles } from './confined-files.js';

/** What a tool may use besides its input. */
export interface ToolContext {
  readonly files: ConfinedFiles;
}

/** A tool's answer: structured content (matching its output schema) and a text view of the same for models to read. */
export interface ToolOutcome<Output> {
  readonly structured: Output;
  readonly text: string;
}

/** A tool as it is written, with its own input and output types. */
export interface ToolDefinition<Input extends z.ZodObject, Output extends z.ZodObject> {
  /** Stable snake_case name, e.g. "validate_inventory". */
  readonly name: string;
  readonly title: string;
  /** What it answers, for the model choosing a tool: one paragraph. */
  readonly description: string;
  readonly input: Input;
  readonly output: Output;
  /** True when the tool may write files (it then needs --allow-write); false for every read-only tool. */
  readonly writes?: boolean;
  run(input: z.output<Input>, context: ToolContext): Promise<ToolOutcome<z.input<Output>>>;
}

/** A tool with its types erased, as the registry and the server hold it. */
export interface KestraTool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: z.ZodObject;
  readonly output: z.ZodObject;
  readonly writes: boolean;
  /** Runs on input that `input` has already parsed. */
  run(input: unknown, context: ToolContext): Promise<ToolOutcome<unknown>>;
}

/** Declares a tool; the types of `run` follow from its schemas. */
export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(tool: ToolDefinition<Input, Output>): KestraTool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    input: tool.input,
    output: tool.output,
    writes: tool.writes === true,
    // The server parses every call with `tool.input` before it calls run, so the input has this type.
    run: (input, context) => tool.run(input as z.output<Input>, context),
  };
}
