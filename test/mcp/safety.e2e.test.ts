// `kestra mcp` safety, end to end on the BUILT server: paths confined to --root ("..", absolute paths,
// symlinks out are refused), secrets never in a result, malformed requests answered with typed errors
// while the server keeps serving.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callError, callOk, startMcp, startRaw, textOf, type McpSession } from '../helpers/mcp-client.js';
import { examplesDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const OUTSIDE_MARKER = 'outside-the-root-do-not-read';
let base: string;
let root: string;
let outside: string;
let session: McpSession;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'kestra-mcp-'));
  root = join(base, 'root');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  copyFileSync(join(examplesDir, 'two-node-homelab.yaml'), join(root, 'homelab.yaml'));
  writeFileSync(join(outside, 'secret.yaml'), `version: 1\nsite: { name: ${OUTSIDE_MARKER} }\n`);
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
  symlinkSync(outside, join(root, 'linkdir'));
  symlinkSync(join(root, 'homelab.yaml'), join(root, 'sub', 'inside-link.yaml'));
  session = await startMcp(['--root', root], { cwd: base });
});

afterAll(async () => {
  await session.close();
  rmSync(base, { recursive: true, force: true });
});

describe('kestra mcp: paths stay inside --root', () => {
  it.each([
    ['../outside/secret.yaml', 'climbs with ".." out of'],
    ['sub/../../outside/secret.yaml', 'climbs with ".." out of'],
    ['ABSOLUTE', 'is outside'],
    ['/etc/passwd', 'is outside'],
    ['link.yaml', 'leads through a symlink out of'],
    ['linkdir/secret.yaml', 'leads through a symlink out of'],
    ['linkdir/no-such-file.yaml', 'leads through a symlink out of'],
  ])('%s is refused (%s)', async (given, why) => {
    const path = given === 'ABSOLUTE' ? join(outside, 'secret.yaml') : given;
    for (const tool of ['validate_inventory', 'analyze']) {
      const error = await callError(session.client, tool, { path });
      expect(error.code).toBe('path-outside-roots');
      expect(error.message).toBe(`the path ${JSON.stringify(path)} ${why} the directories this server may use (${error.message.split('(').pop()?.slice(0, -1)})`);
      expect(error.text).not.toContain(OUTSIDE_MARKER);
    }
  });

  it.each([['homelab.yaml'], ['sub/../homelab.yaml'], ['sub/inside-link.yaml'], ['ABSOLUTE']])('%s inside the root is read', async (given) => {
    const path = given === 'ABSOLUTE' ? join(root, 'homelab.yaml') : given;
    const { structured } = await callOk(session.client, 'validate_inventory', { path });
    expect(structured).toMatchObject({ file: path, valid: true });
  });

  it('a missing file and a directory inside the root are typed errors too', async () => {
    expect((await callError(session.client, 'analyze', { path: 'nope.yaml' })).code).toBe('file-not-found');
    expect((await callError(session.client, 'analyze', { path: 'sub' })).code).toBe('not-a-file');
  });

  it('relative paths start at the root, not at the working directory of the server', async () => {
    // The server runs in `base`; "root/homelab.yaml" would exist from there, but not inside the root.
    expect((await callError(session.client, 'validate_inventory', { path: 'root/homelab.yaml' })).code).toBe('file-not-found');
  });
});

describe('kestra mcp: malformed arguments are typed errors, and the server keeps serving', () => {
  const stillServing = async () => {
    const { structured } = await callOk(session.client, 'calc_link', { rate: '1GbE' });
    expect(structured.title).toBe('Ethernet link at 1 Gbit/s');
  };

  it('wrong types', async () => {
    const error = await callError(session.client, 'calc_zfs', { layout: 6, disks: ['6x8TB'], vdevs: '2' });
    expect(error.code).toBe('invalid-arguments');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['layout', 'disks', 'vdevs']);
    expect(error.issues?.[1]?.message).toBe('expected string, received array');
    await stillServing();
  });

  it('missing fields', async () => {
    const error = await callError(session.client, 'calc_ups', {});
    expect(error).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'load', message: 'required (expected string)' }] });
    const inventory = await callError(session.client, 'analyze', {});
    expect(inventory).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'path', message: 'path, paths or text is required' }] });
    await stillServing();
  });

  it('unknown arguments, with the closest name', async () => {
    const error = await callError(session.client, 'calc_transfer', { size: '1TB', lnk: '1GbE' });
    expect(error.issues).toEqual([
      { path: 'link', message: 'required (expected string)' },
      { path: 'lnk', message: 'unknown argument; did you mean "link"?' },
    ]);
    await stillServing();
  });

  it('arguments that are not an object', async () => {
    const result = (await session.client.request({ method: 'tools/call', params: { name: 'calc_link', arguments: ['1GbE'] } }, (await import('@modelcontextprotocol/sdk/types.js')).CallToolResultSchema).catch((error: Error) => error)) as CallToolResult | Error;
    // The SDK's own request schema refuses a non-object before a tool runs: a protocol error, not a crash.
    expect(result instanceof Error ? result.message : textOf(result)).toMatch(/Invalid|invalid/u);
    await stillServing();
  });

  it('10 MB strings are refused with input-too-large, as text or as a value', async () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const text = await callError(session.client, 'validate_inventory', { text: huge });
    expect(text).toMatchObject({ code: 'input-too-large', issues: [{ path: 'text', message: `${huge.length} characters, more than the ${2 * 1024 * 1024} allowed` }] });
    expect(text.hint).toBe('give a large inventory by path rather than as text');
    const value = await callError(session.client, 'calc_transfer', { size: huge, link: '1GbE' });
    expect(value).toMatchObject({ code: 'input-too-large', issues: [{ path: 'size' }] });
    await stillServing();
  });

  it('an unknown tool is a protocol error naming the closest tool', async () => {
    await expect(session.client.callTool({ name: 'calc_zfz', arguments: {} })).rejects.toThrow(/unknown tool "calc_zfz"; did you mean "calc_zfs"\?/u);
    await stillServing();
  });

  it('a calculator value that is not a quantity', async () => {
    const error = await callError(session.client, 'calc_link', { rate: 'fast' });
    expect(error.code).toBe('invalid-arguments');
    expect(error.message).toMatch(/^rate "fast" is not /u);
    await stillServing();
  });
});

describe('kestra mcp: secrets never reach a result', () => {
  const token = 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
  const spec = `version: 1\nsite: { name: Lab }\nhosts:\n  - id: pve1\n    role: hypervisor\n    password: hunter2-SuperSecret\n    notes: "api token ${token} for the runner"\n`;

  it('in a valid inventory (validate and analyze)', async () => {
    for (const tool of ['validate_inventory', 'analyze']) {
      const result = (await session.client.callTool({ name: tool, arguments: { text: spec } })) as CallToolResult;
      const everything = JSON.stringify(result);
      expect(everything).not.toContain('hunter2');
      expect(everything).not.toContain(token);
    }
    const { structured } = await callOk(session.client, 'validate_inventory', { text: spec });
    expect((structured.diagnostics as { code: string; line: number }[]).map((d) => [d.code, d.line])).toEqual([
      ['secret-in-input', 6],
      ['secret-in-input', 7],
    ]);
  });

  it('in an inventory that does not parse, and in echoed arguments', async () => {
    const broken = `version: 1\nsite: { name: Lab }\nhosts: [ { id: pve1, notes: ${token} }\n`;
    const everything = JSON.stringify(await session.client.callTool({ name: 'validate_inventory', arguments: { text: broken } }));
    expect(everything).not.toContain(token);
    const echoed = await callError(session.client, 'calc_link', { rate: token });
    expect(echoed.message).toMatch(/^rate "\[redacted\]" is not a rate /u);
    expect(JSON.stringify(echoed)).not.toContain(token);
  });

  it('in a Markdown inventory', async () => {
    const markdown = `# Lab\n\n## pve1 — Proxmox node\n- RAM: 32GB\n- Root password: hunter2\n- API token: ${token}\n`;
    const everything = JSON.stringify(await session.client.callTool({ name: 'validate_inventory', arguments: { text: markdown, format: 'markdown' } }));
    expect(everything).not.toContain('hunter2');
    expect(everything).not.toContain(token);
  });
});

describe('kestra mcp: requests no client should send', () => {
  it('garbage, non-JSON-RPC and oversized lines get JSON-RPC errors, then the next request is served', async () => {
    const raw = startRaw(['--root', examplesDir]);
    raw.send('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}');
    expect(await raw.next()).toMatchObject({ id: 1, result: { serverInfo: { name: 'kestra' } } });
    raw.send('{"jsonrpc":"2.0","method":"notifications/initialized"}');
    raw.send('this is not json');
    expect(await raw.next()).toMatchObject({ id: null, error: { code: -32700 } });
    raw.send('{"hello":"world","id":7}');
    expect(await raw.next()).toMatchObject({ id: 7, error: { code: -32600 } });
    raw.send(`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"validate_inventory","arguments":{"text":"${'x'.repeat(40 * 1024 * 1024)}"}},"id":8}`);
    expect(await raw.next()).toMatchObject({ id: 8, error: { code: -32600, data: { code: 'input-too-large' } } });
    raw.send('{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"calc_power","arguments":{"draw":"100W","price":"0.30EUR"}}}');
    const answer = await raw.next();
    expect(answer).toMatchObject({ id: 9, result: { structuredContent: { title: '100 W for 24 h a day' } } });
    expect(await raw.close()).toBe(0);
  });
});

describe('kestra mcp: the command', () => {
  it('refuses a --root that does not exist (exit 2, nothing on stdout)', () => {
    const result = runCli(['mcp', '--root', 'no/such/dir']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('error: --root "no/such/dir" does not exist\n  hint: give an existing directory, e.g. --root ~/homelab\n');
  });

  it('serves until stdin closes, logging only to stderr', () => {
    const result = runCli(['mcp', '--root', 'examples', '--allow-write']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^kestra mcp: serving \d+ tools on stdio; roots .*examples; writes allowed\n$/u);
  });

  it('the secret file outside the root was never read into any answer', () => {
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toContain(OUTSIDE_MARKER);
    expect(session.stderr()).not.toContain(OUTSIDE_MARKER);
  });
});
