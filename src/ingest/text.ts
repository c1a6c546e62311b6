/**
 * Plain text: bytes → a clean UTF-8 string, or a coded error. Refuses binary data, invalid UTF-8
 * and empty input; strips a BOM and normalises CRLF/CR to LF (offsets then refer to the
 * normalised text, which the JSON output carries).
 */
import { type SitrepError, sitrepError } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';

/** The largest article accepted by default: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** True when bytes look binary: a NUL byte, or many control characters in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes an article's bytes.
 *
 * @example
 * decodeText(readFileSync('a.txt'), 'a.txt') // {ok: true, value: 'Russian forces …'}
 */
export function decodeText(bytes: Uint8Array, origin: string): Result<string, SitrepError> {
  if (looksBinary(bytes)) return err(sitrepError('INPUT_BINARY', origin));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(sitrepError('INPUT_BAD_ENCODING', origin, firstBadUtf8(bytes)));
  }
  return normaliseText(text, origin);
}

/** Strips a BOM, normalises line ends, refuses empty text. */
export function normaliseText(text: string, origin: string): Result<string, SitrepError> {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return err(sitrepError('INPUT_EMPTY', origin));
  return ok(clean);
}
