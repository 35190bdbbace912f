/** Loads a spec for a command: prints its diagnostics, and returns the model only when it is valid. */
import type { LoadResult } from '../intake/load-spec.js';
import type { Io } from './io.js';
import { renderDiagnostics } from './diagnostics-output.js';
import { EXIT } from '../usage-error.js';

/** Loads `specPaths` (several are merged into one model); on errors prints them, sets exit code 2 and returns undefined. Warnings are printed either way. */
export async function loadModelOrReport(
  specPaths: readonly string[],
  io: Io,
  setExitCode: (code: number) => void,
): Promise<(LoadResult & { model: NonNullable<LoadResult['model']> }) | undefined> {
  const { loadSpecs } = await import('../intake/load-specs.js');
  const result = await loadSpecs(specPaths);
  io.stderr(renderDiagnostics(result.diagnostics));
  if (!result.model) {
    setExitCode(EXIT.badInput);
    return undefined;
  }
  return { ...result, model: result.model };
}
