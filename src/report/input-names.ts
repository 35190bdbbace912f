/** How the report names the inputs the current state was read from: one file, or several merged into one model. */
import type { RichText } from './report-model.js';
import { code, joinRich } from './rich-text.js';

/** `a.yaml`; `a.md` and `b.yaml` (merged); `a.md`, `b.yaml` and `c.yaml` (merged). */
export function inputNames(inputs: readonly string[]): RichText {
  const names = inputs.map(code);
  if (names.length <= 1) return names;
  return [...joinRich(names.slice(0, -1), ', '), ' and ', names[names.length - 1] ?? '', ' (merged)'];
}

/** The inputs as a command's arguments, e.g. for `kestra analyze a.md b.yaml`. */
export function inputArguments(inputs: readonly string[]): string {
  return inputs.join(' ');
}
