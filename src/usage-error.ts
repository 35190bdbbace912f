const usageErrorBrand = Symbol.for('kestra.UsageError');

/** A mistake in how Kestra was called (unknown flag, missing file); printed with a hint, exit code 2. */
export class UsageError extends Error {
  readonly [usageErrorBrand] = true;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** True for a UsageError, even one from another copy of the module (checked by brand, as CDK does). */
export function isUsageError(error: unknown): error is UsageError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[usageErrorBrand] === true;
}

/** Exit codes: 0 success, 1 findings at or above --fail-on, 2 bad input or usage. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
