/**
 * Secrets for importers come from a file or an environment variable, never from a command-line
 * value (which lands in shell history and `ps`). Messages name the file or variable, never the value.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';

export interface SecretSource {
  /** The file option's value, when given. */
  readonly file?: string;
  /** The option that names the file, for messages: "--token-secret-file". */
  readonly fileOption: string;
  /** The environment variable read when no file is given. */
  readonly envName: string;
  /** What the secret is, for messages: "the API token secret". */
  readonly what: string;
}

/** Reads the secret from the file, else from the environment; throws a UsageError when neither has it. */
export async function readSecret(io: Io, source: SecretSource, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (source.file !== undefined) {
    const path = resolve(io.cwd, source.file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${source.fileOption} ${source.file} (${code === 'ENOENT' ? 'file not found' : (code ?? 'unknown error')})`, `put ${source.what} alone in that file, readable only by you (chmod 600)`);
    }
    const secret = text.trim();
    if (secret === '') throw new UsageError(`${source.fileOption} ${source.file} is empty`, `put ${source.what} alone in that file`);
    if (/\s/.test(secret)) throw new UsageError(`${source.fileOption} ${source.file} holds more than one word`, `put ${source.what} alone in that file, nothing else`);
    const mode = (await stat(path)).mode;
    if ((mode & 0o077) !== 0) io.stderr(`warning: ${source.file} is readable by other users; restrict it with: chmod 600 ${source.file}\n`);
    return secret;
  }
  const secret = env[source.envName]?.trim();
  if (secret) return secret;
  throw new UsageError(`${source.what} is missing`, `pass ${source.fileOption} FILE, or set ${source.envName}; Kestra does not take secrets as command-line values`);
}

/** An option that refuses a secret given on the command line, without echoing it. */
export function refuseSecretOnCommandLine(option: string, instead: string): never {
  throw new UsageError(`${option} is not accepted: a secret on the command line lands in shell history and in the process list`, `use ${instead}`);
}
