// callTool never lets an exception out: a bug in a tool is an internal-error result (logged with its
// stack, redacted), and every string of every answer is redacted, whatever the tool put in it.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic } from '../../src/cli/io.js';
import { callTool } from '../../src/mcp/call-tool.js';
import { confinedFiles } from '../../src/mcp/confined-files.js';
import { defineTool } from '../../src/mcp/tool.js';
import { TOOL_ERROR_META_KEY } from '../../src/mcp/tool-error.js';
import { repoRoot } from '../helpers/paths.js';

const token = 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
const context = { files: confinedFiles({ roots: [repoRoot], allowWrite: false, writeFile: writeFileAtomic }) };

describe('callTool', () => {
  it('a tool that throws answers internal-error; the log has the stack, both redacted', async () => {
    const broken = defineTool({
      name: 'broken',
      title: 'Broken',
      description: 'Throws.',
      input: z.object({}).strict(),
      output: z.object({}),
      run: () => Promise.reject(new Error(`bug while reading ${token}`)),
    });
    const logged: string[] = [];
    const result = await callTool(broken, {}, context, (message) => logged.push(message));
    expect(result.isError).toBe(true);
    expect(result._meta?.[TOOL_ERROR_META_KEY]).toEqual({
      code: 'internal-error',
      message: 'internal error in tool broken: bug while reading [redacted]',
      hint: 'this is a bug in Kestra; please report it with the input that caused it',
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^internal error in tool broken: Error: bug while reading \[redacted\]\n\s+at /u);
    expect(JSON.stringify(result) + logged.join('')).not.toContain(token);
  });

  it('redacts every string of an answer, structured and text', async () => {
    const leaky = defineTool({
      name: 'leaky',
      title: 'Leaky',
      description: 'Echoes.',
      input: z.object({ value: z.string() }).strict(),
      output: z.object({ echoed: z.array(z.object({ value: z.string() })) }),
      run: (input) => Promise.resolve({ structured: { echoed: [{ value: input.value }] }, text: `echo ${input.value}` }),
    });
    const result = await callTool(leaky, { value: `token ${token}` }, context, () => undefined);
    expect(result).toEqual({ content: [{ type: 'text', text: 'echo token [redacted]' }], structuredContent: { echoed: [{ value: 'token [redacted]' }] } });
  });

  it('missing arguments of a tool without any are an empty object', async () => {
    const none = defineTool({ name: 'none', title: 'None', description: 'Nothing.', input: z.object({}).strict(), output: z.object({ ok: z.boolean() }), run: () => Promise.resolve({ structured: { ok: true }, text: 'ok' }) });
    expect((await callTool(none, undefined, context, () => undefined)).structuredContent).toEqual({ ok: true });
  });
});
