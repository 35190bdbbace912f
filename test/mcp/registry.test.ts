// The MCP registries against what they mirror: every `kestra calc` calculator is a calc_* tool with
// every one of its flags, the prompts are the persona's invocations word for word, and the analyze
// tool takes new sections (failure analysis, findings) as one file plus one registry line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calcCommands } from '../../src/cli/commands/calc/registry.js';
import { writeFileAtomic, type Io } from '../../src/cli/io.js';
import { confinedFiles } from '../../src/mcp/confined-files.js';
import { builtInPrompts } from '../../src/mcp/prompts/registry.js';
import { makeAnalyzeTool } from '../../src/mcp/tools/analyze/analyze-tool.js';
import { defineAnalyzeSection } from '../../src/mcp/tools/analyze/section.js';
import { builtInTools } from '../../src/mcp/tools/registry.js';
import { z } from 'zod';
import { examplesDir, repoRoot } from '../helpers/paths.js';

const silentIo: Io = { stdout: () => undefined, stderr: () => undefined, writeFileAtomic, cwd: repoRoot };
/** The MCP argument for each calculator's positional argument (the CLI names them for the terminal). */
const positional: Readonly<Record<string, string>> = { availability: 'availabilities', link: 'rate', power: 'draw', transfer: 'size' };

describe('calc tools mirror `kestra calc`', () => {
  const commands = calcCommands.map((factory) => factory(silentIo, () => undefined));

  it('one calc_<name> tool per calculator', () => {
    expect(builtInTools.filter((tool) => tool.name.startsWith('calc_')).map((tool) => tool.name)).toEqual(commands.map((command) => `calc_${command.name()}`));
  });

  it.each(commands.map((command) => [command.name(), command] as const))('calc_%s takes every flag of the calculator, and nothing else', (name, command) => {
    const tool = builtInTools.find((candidate) => candidate.name === `calc_${name}`);
    const flags = command.options.map((option) => option.attributeName()).filter((flag) => flag !== 'json');
    const expected = [...(command.registeredArguments.length > 0 ? [positional[name] ?? '?'] : []), ...flags].sort();
    expect(Object.keys(tool?.input.shape ?? {}).sort()).toEqual(expected);
  });
});

describe('prompts are the persona example invocations', () => {
  const persona = readFileSync(join(repoRoot, 'docs', 'persona.md'), 'utf8');

  it.each(builtInPrompts.map((prompt) => [prompt.name, prompt] as const))('%s without arguments is the invocation word for word', async (_name, prompt) => {
    const result = await prompt.get({}, { tools: builtInTools });
    expect(persona).toContain(`\`\`\`text\n${result.description}\n\`\`\``);
  });

  it('the installed package ships the persona and the examples the resources read', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? [];
    expect(files).toEqual(expect.arrayContaining(['docs/persona.md', 'examples/two-node-homelab.yaml', 'dist/mcp/serve.js']));
  });

  const seeds = [join(repoRoot, '..', 'shared', 'seed', '000_528cc230eba43d09.txt'), join(repoRoot, '..', '..', 'shared', 'seed', '000_528cc230eba43d09.txt')].filter((path) => existsSync(path));
  it.skipIf(seeds.length === 0)('docs/persona.md is the persona of the shared seed, unchanged', () => {
    expect(persona).toBe(readFileSync(seeds[0] as string, 'utf8'));
  });
});

describe('analyze sections', () => {
  it('a section adds its value under its key, its text after the facts, its assumptions to the list; sections share memos', async () => {
    let computed = 0;
    const shared = () => {
      computed += 1;
      return Promise.resolve(42);
    };
    const first = defineAnalyzeSection({
      key: 'probe',
      schema: z.object({ hosts: z.number(), answer: z.number() }),
      async compute(context) {
        return {
          value: { hosts: context.loaded.model.hosts.length, answer: await context.memo('answer', shared) },
          text: 'PROBE SECTION',
          assumptions: [{ id: 'probe/assumed', text: 'The probe assumed something.', sources: [] }],
        };
      },
    });
    const second = defineAnalyzeSection({ key: 'echo', schema: z.number(), compute: async (context) => ({ value: await context.memo('answer', shared) }) });
    const tool = makeAnalyzeTool([first, second]);
    expect(Object.keys(tool.output.shape)).toEqual(['file', 'files', 'site', 'config', 'facts', 'openQuestions', 'assumptions', 'probe', 'echo']);
    const files = confinedFiles({ roots: [examplesDir], allowWrite: false, writeFile: writeFileAtomic });
    const outcome = await tool.run(tool.input.parse({ path: 'small-office.yaml' }), { files });
    const structured = tool.output.parse(outcome.structured) as { probe: unknown; echo: unknown; assumptions: { id: string }[] };
    expect(structured.probe).toEqual({ hosts: 2, answer: 42 });
    expect(structured.echo).toBe(42);
    expect(computed).toBe(1);
    expect(structured.assumptions.map((assumption) => assumption.id)).toContain('probe/assumed');
    expect(outcome.text.trimEnd().endsWith('PROBE SECTION')).toBe(true);
  });
});
