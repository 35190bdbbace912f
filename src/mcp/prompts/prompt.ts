/** A prompt the Kestra MCP server offers: named string arguments and the messages they fill in. */
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import type { KestraTool } from '../tool.js';

export interface PromptArgument {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
}

/** What a prompt may mention: the tools the server offers. */
export interface PromptContext {
  readonly tools: readonly KestraTool[];
}

export interface KestraPrompt {
  /** Stable snake_case name, e.g. "design_infrastructure". */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly arguments: readonly PromptArgument[];
  /** Builds the messages; `args` holds only declared arguments, each within the size limit. */
  get(args: Readonly<Record<string, string | undefined>>, context: PromptContext): Promise<GetPromptResult>;
}
