/** Awaits a promise that must reject with a SourceError, and returns the error for its message and hint. */
import { expect } from 'vitest';
import { isSourceError } from '../../src/intake/importers/source-error.js';

export async function expectSourceError(promise: Promise<unknown>): Promise<Error & { hint?: string }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isSourceError(error)).toBe(true);
  return error as Error & { hint?: string };
}
