/**
 * Turns one `kestra calc` calculator into an MCP tool named `calc_<calculator>`. The tool runs the
 * very function the CLI runs (flags → CalcResult) and answers with the same JSON as `--json`, so the
 * CLI and the MCP server can never disagree on a figure. Arguments are the CLI flags in camelCase.
 */
import type { z } from 'zod';
import type { CalcResult } from '../../../cli/commands/calc/print-result.js';
import { isUsageError } from '../../../usage-error.js';
import { calcResultSchema } from '../../schemas/calc-result.js';
import { defineTool, type KestraTool } from '../../tool.js';
import { ToolError } from '../../tool-error.js';

export interface CalcToolSpec<Input extends z.ZodObject> {
  /** The `kestra calc` subcommand, e.g. "zfs". */
  readonly calculator: string;
  readonly title: string;
  readonly description: string;
  readonly input: Input;
  /** Loads the calculator lazily, so listing tools does not load every formula. */
  readonly load: () => Promise<(options: z.output<Input>) => CalcResult>;
}

/** The MCP tool for one calculator. */
export function defineCalcTool<Input extends z.ZodObject>(spec: CalcToolSpec<Input>): KestraTool {
  return defineTool({
    name: `calc_${spec.calculator}`,
    title: spec.title,
    description: `${spec.description} Same as \`kestra calc ${spec.calculator}\`: every result carries its formula, the inputs as understood, notes on defaults taken, and sources.`,
    input: spec.input,
    output: calcResultSchema,
    async run(input) {
      const [calculate, { calcResultJson, renderCalcResultText }] = await Promise.all([spec.load(), import('../../../cli/commands/calc/print-result.js')]);
      let result: CalcResult;
      try {
        result = calculate(input);
      } catch (error) {
        if (!isUsageError(error)) throw error;
        const argumentNames = Object.keys(spec.input.shape);
        throw new ToolError({
          code: 'invalid-arguments',
          message: flagsToArguments(error.message, argumentNames),
          ...(error.hint !== undefined ? { hint: flagsToArguments(error.hint, argumentNames) } : {}),
        });
      }
      return { structured: calcResultSchema.parse(calcResultJson(result)), text: renderCalcResultText(result) };
    },
  });
}

/** Rewrites the CLI's "--dirty-rate" as the tool's argument "dirtyRate" in a message, for the arguments the tool has. */
export function flagsToArguments(message: string, argumentNames: readonly string[]): string {
  return message.replace(/--([a-z][a-z0-9-]*)/gu, (flag, name: string) => {
    const argument = name.replace(/-([a-z0-9])/gu, (_, letter: string) => letter.toUpperCase());
    return argumentNames.includes(argument) ? argument : flag;
  });
}
