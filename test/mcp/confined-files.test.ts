// Confined file access for MCP tools: reads and writes stay inside the real paths of the roots, and
// writes need --allow-write. (Reads are also covered end to end in safety.e2e.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/io.js';
import { confinedFiles, isInside, resolveRoots } from '../../src/mcp/confined-files.js';
import { isToolError } from '../../src/mcp/tool-error.js';

let base: string;
let rootA: string;
let rootB: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kestra-confined-'));
  rootA = join(base, 'a');
  rootB = join(base, 'b');
  outside = join(base, 'outside');
  for (const directory of [rootA, rootB, outside, join(rootA, 'reports')]) mkdirSync(directory, { recursive: true });
  writeFileSync(join(rootB, 'only-in-b.yaml'), 'b');
  writeFileSync(join(rootA, 'both.yaml'), 'a');
  writeFileSync(join(rootB, 'both.yaml'), 'b');
  writeFileSync(join(outside, 'target.md'), 'untouched');
  symlinkSync(outside, join(rootA, 'out'));
  symlinkSync(join(outside, 'target.md'), join(rootA, 'reports', 'linked.md'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The code of the ToolError `action` rejects with. */
async function codeOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (isToolError(error)) return error.details.code;
    throw error;
  }
  return 'no error';
}

describe('confinedFiles', () => {
  it('reads a relative path from the first root that has it', async () => {
    const { roots } = (await resolveRoots([rootA, rootB], base)) as { roots: string[] };
    const files = confinedFiles({ roots, allowWrite: false, writeFile: writeFileAtomic });
    expect(new TextDecoder().decode((await files.read('both.yaml')).content)).toBe('a');
    expect(await files.read('only-in-b.yaml')).toMatchObject({ name: 'only-in-b.yaml' });
  });

  it('refuses every write without --allow-write, and writes nothing', async () => {
    const files = confinedFiles({ roots: [rootA], allowWrite: false, writeFile: writeFileAtomic });
    expect(await codeOf(files.write('reports/plan.md', '# plan'))).toBe('write-not-allowed');
    expect(existsSync(join(rootA, 'reports', 'plan.md'))).toBe(false);
  });

  it('with --allow-write, writes inside the roots only', async () => {
    const files = confinedFiles({ roots: [rootA], allowWrite: true, writeFile: writeFileAtomic });
    expect(await files.write('reports/plan.md', '# plan')).toBe(join(rootA, 'reports', 'plan.md'));
    expect(readFileSync(join(rootA, 'reports', 'plan.md'), 'utf8')).toBe('# plan');
    expect(await codeOf(files.write('../outside/new.md', 'x'))).toBe('path-outside-roots');
    expect(await codeOf(files.write(join(outside, 'new.md'), 'x'))).toBe('path-outside-roots');
    expect(await codeOf(files.write('out/new.md', 'x'))).toBe('path-outside-roots');
    expect(await codeOf(files.write('reports/linked.md', 'x'))).toBe('path-outside-roots');
    expect(await codeOf(files.write('reports/missing-dir/plan.md', 'x'))).toBe('file-not-found');
    expect(existsSync(join(rootA, 'reports', 'plan.md')) && readFileSync(join(rootA, 'reports', 'plan.md'), 'utf8')).toBe('# plan');
    expect(await codeOf(files.write('reports', 'x'))).toBe('not-a-file');
    expect(existsSync(join(outside, 'new.md'))).toBe(false);
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('untouched');
  });

  it('an empty path or one with a NUL is an argument error before any filesystem call', async () => {
    const files = confinedFiles({ roots: [rootA], allowWrite: true, writeFile: writeFileAtomic });
    expect(await codeOf(files.read(' '))).toBe('invalid-arguments');
    expect(await codeOf(files.read('a\0b'))).toBe('invalid-arguments');
  });
});

describe('resolveRoots and isInside', () => {
  it('roots are real paths without duplicates; the default root is the working directory', async () => {
    expect(await resolveRoots([], rootA)).toEqual({ roots: [rootA] });
    expect(await resolveRoots(['a', './a/', 'b'], base)).toEqual({ roots: [rootA, rootB] });
    expect(await resolveRoots(['a/out'], base)).toEqual({ roots: [outside] });
    expect(await resolveRoots(['nope'], base)).toEqual({ error: '--root "nope" does not exist' });
    expect(await resolveRoots(['both.yaml'], rootA)).toEqual({ error: '--root "both.yaml" is not a directory' });
  });

  it('a sibling whose name starts like the root is not inside it', () => {
    expect(isInside('/srv/lab', '/srv/lab')).toBe(true);
    expect(isInside('/srv/lab', '/srv/lab/x.yaml')).toBe(true);
    expect(isInside('/srv/lab', '/srv/lab-other/x.yaml')).toBe(false);
    expect(isInside('/srv/lab', '/srv/lab/../x.yaml')).toBe(false);
    expect(isInside('/srv/lab', '/srv/lab/..x/y')).toBe(true);
  });
});
