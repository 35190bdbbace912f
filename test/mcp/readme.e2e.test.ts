// The README's example conversation is real: each tool call it shows is run against the built server
// (with examples/two-node-homelab.yaml as homelab.yaml), and every figure it quotes is in the answer.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTools } from '../../src/mcp/tools/registry.js';
import { callOk, startMcp, type McpSession } from '../helpers/mcp-client.js';
import { examplesDir, repoRoot } from '../helpers/paths.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## AI assistants (MCP)'), readme.indexOf('## Markdown inventories'));
const calls = [...section.matchAll(/^> \*`([a-z_]+) (\{.*\})`\* → (.*)$/gmu)].map((match) => ({ tool: match[1] as string, args: JSON.parse(match[2] as string) as Record<string, unknown>, answer: match[3] as string }));
const FIGURE = /\d+(?:\.\d+)? ?(?:TB|TiB|GB|GiB|W|%|days|min \d+ s|h|Mbit\/s|hosts|disks|ZFS pools|UPS|workloads|backup job)\b/gu;

let base: string;
let session: McpSession;
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'kestra-readme-'));
  copyFileSync(join(examplesDir, 'two-node-homelab.yaml'), join(base, 'homelab.yaml'));
  session = await startMcp(['--root', base]);
});
afterAll(async () => {
  await session.close();
  rmSync(base, { recursive: true, force: true });
});

describe('README: AI assistants (MCP)', () => {
  it('shows a conversation of seven tool calls', () => {
    expect(calls.map((call) => call.tool)).toEqual(['validate_inventory', 'analyze', 'what_if', 'explain_rule', 'calc_zfs', 'calc_transfer', 'plan']);
  });

  it.each(calls.map((call) => [call.tool, call] as const))('%s answers every figure and `name` the README quotes', async (_tool, call) => {
    const { text } = await callOk(session.client, call.tool, call.args);
    const quoted = [...(call.answer.match(FIGURE) ?? []), ...[...call.answer.matchAll(/`([^`]+)`/gu)].map((match) => match[1] as string)];
    expect(quoted.length).toBeGreaterThan(2);
    for (const figure of quoted) expect(text, figure).toContain(figure);
  });

  it('names every tool the server offers', () => {
    for (const tool of builtInTools) expect(section).toContain(`\`${tool.name}\``);
  });
});
