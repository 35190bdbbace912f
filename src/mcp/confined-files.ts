/**
 * The only way MCP tools reach the filesystem: paths are confined to the roots given with `--root`.
 * A path is refused when it leaves every root lexically (`..`, an absolute path elsewhere) or for
 * real (a symlink pointing out): both the path and the roots are resolved with realpath before they
 * are compared. Writes also need `--allow-write`.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_INPUT_BYTES } from '../intake/read-input.js';
import { ToolError } from './tool-error.js';

/** A file read for a tool: the name diagnostics use (the path as given) and its bytes. */
export interface ConfinedFile {
  readonly name: string;
  readonly content: Uint8Array;
}

/** File access for tools, confined to the roots. */
export interface ConfinedFiles {
  /** The real paths of the roots, in the order given. */
  readonly roots: readonly string[];
  readonly allowWrite: boolean;
  /** Reads the file at `path` (relative to the first root that has it, or absolute inside a root). */
  read(path: string): Promise<ConfinedFile>;
  /** Where a write to `path` would go; refused without --allow-write or outside the roots. Writes nothing. */
  writable(path: string): Promise<string>;
  /** Writes `content` to `path` atomically; refused without --allow-write or outside the roots. Returns the path written. */
  write(path: string, content: string): Promise<string>;
}

export interface ConfinedFilesOptions {
  /** Real paths of the root directories (see resolveRoots). */
  readonly roots: readonly string[];
  readonly allowWrite: boolean;
  /** Writes a file atomically (the CLI's writeFileAtomic). */
  readonly writeFile: (path: string, content: string) => Promise<void>;
}

/** True when `path` is `root` or lies below it. Both must be absolute and normalised. */
export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}

/** Confined file access over `roots`. */
export function confinedFiles(options: ConfinedFilesOptions): ConfinedFiles {
  const { roots } = options;
  const reasons = {
    absolute: 'is outside',
    dotdot: 'climbs with ".." out of',
    symlink: 'leads through a symlink out of',
  } as const;
  const outside = (path: string, reason: keyof typeof reasons): ToolError =>
    new ToolError({
      code: 'path-outside-roots',
      message: `the path ${JSON.stringify(path)} ${reasons[reason]} the directories this server may use (${roots.join(', ')})`,
      hint: 'give a path inside one of those directories (relative paths start at the first), or start the server with another --root',
    });
  const insideAnyRoot = (path: string): boolean => roots.some((root) => isInside(root, path));

  /** Where `path` may be: an absolute path as it is (checked for real below), a relative one under each root it stays inside. */
  const candidates = (path: string): string[] => {
    checkPathText(path);
    if (isAbsolute(path)) return [resolve(path)];
    const inside = roots.map((root) => resolve(root, path)).filter((candidate, index) => isInside(roots[index] as string, candidate));
    if (inside.length === 0) throw outside(path, 'dotdot');
    return inside;
  };
  /** Why a candidate that resolves outside the roots is refused. */
  const reasonFor = (candidate: string): keyof typeof reasons => (insideAnyRoot(candidate) ? 'symlink' : 'absolute');

  /** The real path of the deepest existing ancestor of `path`, for paths that do not exist yet. */
  const realAncestor = async (path: string): Promise<string> => {
    let current = path;
    for (;;) {
      try {
        return await realpath(current);
      } catch {
        const parent = dirname(current);
        if (parent === current) return current;
        current = parent;
      }
    }
  };

  /** Where a write to `path` would go, after every check; writes nothing. */
  const writable = async (path: string): Promise<string> => {
    if (!options.allowWrite) {
      throw new ToolError({ code: 'write-not-allowed', message: `writing ${JSON.stringify(path)} needs a server started with --allow-write`, hint: 'leave out the output path to get the result in the answer instead, or restart the server with --allow-write' });
    }
    const [target] = candidates(path);
    if (target === undefined) throw outside(path, 'dotdot');
    let parent: string;
    try {
      parent = await realpath(dirname(target));
    } catch {
      if (!insideAnyRoot(await realAncestor(target))) throw outside(path, reasonFor(target));
      throw new ToolError({ code: 'file-not-found', message: `the directory of ${JSON.stringify(path)} does not exist`, hint: 'write into an existing directory inside the roots' });
    }
    if (!insideAnyRoot(parent)) throw outside(path, reasonFor(target));
    let destination = join(parent, basename(target));
    try {
      // Writing through an existing symlink writes where it points: that must be inside too.
      destination = await realpath(destination);
    } catch {
      return destination;
    }
    if (!insideAnyRoot(destination)) throw outside(path, 'symlink');
    return destination;
  };

  return {
    roots,
    allowWrite: options.allowWrite,
    async read(path) {
      for (const candidate of candidates(path)) {
        let real: string;
        try {
          real = await realpath(candidate);
        } catch {
          // A missing file under a symlinked directory must not say "not found" about a place outside the roots.
          if (!insideAnyRoot(await realAncestor(candidate))) throw outside(path, reasonFor(candidate));
          continue;
        }
        if (!insideAnyRoot(real)) throw outside(path, reasonFor(candidate));
        const info = await stat(real);
        if (!info.isFile()) throw new ToolError({ code: 'not-a-file', message: `${JSON.stringify(path)} is ${info.isDirectory() ? 'a directory' : 'not a regular file'}`, hint: 'give the path of a YAML, JSON or Markdown file' });
        if (info.size > MAX_INPUT_BYTES) {
          throw new ToolError({ code: 'input-too-large', message: `${JSON.stringify(path)} is ${(info.size / 2 ** 20).toFixed(1)} MiB, larger than the ${MAX_INPUT_BYTES / 2 ** 20} MiB Kestra reads`, hint: 'split the inventory by site, or check that this is the file you meant' });
        }
        return { name: path, content: await readFile(real) };
      }
      throw new ToolError({ code: 'file-not-found', message: `${JSON.stringify(path)} does not exist in ${roots.join(' or ')}`, hint: 'paths are relative to the first --root directory; list the directory to check the name' });
    },
    writable,
    async write(path, content) {
      const destination = await writable(path);
      try {
        await options.writeFile(destination, content);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new ToolError({ code: code === 'ENOENT' ? 'file-not-found' : 'not-a-file', message: `${JSON.stringify(path)} cannot be written (${code})`, hint: 'write into an existing directory inside the roots' });
      }
      return destination;
    },
  };
}

/** Refuses path texts no filesystem call should see. */
function checkPathText(path: string): void {
  if (path.trim() === '') throw new ToolError({ code: 'invalid-arguments', message: 'the path is empty', issues: [{ path: 'path', message: 'empty path' }], hint: 'give a file path such as "homelab.yaml"' });
  if (path.includes('\0')) throw new ToolError({ code: 'invalid-arguments', message: 'the path contains a NUL character', issues: [{ path: 'path', message: 'NUL character' }] });
}

/**
 * Resolves the `--root` directories to real paths, in order, without duplicates. A root that does not
 * exist or is not a directory is an error message (the CLI turns it into a usage error).
 */
export async function resolveRoots(directories: readonly string[], cwd: string): Promise<{ roots: string[] } | { error: string }> {
  const roots: string[] = [];
  for (const directory of directories.length > 0 ? directories : [cwd]) {
    let real: string;
    try {
      real = await realpath(resolve(cwd, directory));
    } catch {
      return { error: `--root ${JSON.stringify(directory)} does not exist` };
    }
    if (!(await stat(real)).isDirectory()) return { error: `--root ${JSON.stringify(directory)} is not a directory` };
    if (!roots.includes(real)) roots.push(real);
  }
  return { roots };
}
