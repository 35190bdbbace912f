const sourceErrorBrand = Symbol.for('kestra.SourceError');

/**
 * A failure to read an import source (unreachable host, rejected token, missing permission, TLS
 * mismatch, a path the API lacks). The message names what failed and never includes a secret.
 */
export class SourceError extends Error {
  readonly [sourceErrorBrand] = true;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** True for a SourceError, even one from another copy of the module (checked by brand). */
export function isSourceError(error: unknown): error is SourceError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[sourceErrorBrand] === true;
}
