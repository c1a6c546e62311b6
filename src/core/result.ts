import type { SitrepError } from './errors.js';

/** The outcome of an operation that can fail in an expected way (bad input, missing file, …). */
export type Result<T, E = SitrepError> = { ok: true; value: T } | { ok: false; error: E };

/** A successful result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failed result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
