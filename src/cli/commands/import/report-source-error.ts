/** Prints a source failure (unreachable, refused, TLS, missing path) as `error:` and `hint:` lines, exit code 2. */
import { isSourceError } from '../../../intake/importers/source-error.js';
import { scrubSecrets } from '../../../intake/importers/safe-text.js';
import type { Io } from '../../io.js';
import { EXIT } from '../../../usage-error.js';

/** True when `error` was a source failure and has been reported; nothing is written in that case. */
export function reportSourceError(io: Io, setExitCode: (code: number) => void, error: unknown, secrets: readonly string[]): boolean {
  if (!isSourceError(error)) return false;
  const text = `error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}  nothing was written\n`;
  io.stderr(scrubSecrets(text, secrets));
  setExitCode(EXIT.badInput);
  return true;
}
