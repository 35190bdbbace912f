/** The only place the CLI writes files or streams. Writes are atomic: a failed run leaves no file behind. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Output sinks; tests swap them for buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes `content` to `path` atomically (temporary file, then rename). */
  writeFileAtomic(path: string, content: string): Promise<void>;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
}

/** Writes through a temporary file in the same directory, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.kestra-tmp`);
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The real process streams and filesystem. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFileAtomic,
  cwd: process.cwd(),
};
