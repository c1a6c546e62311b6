import type { Span } from './span.js';

/** How much a diagnostic matters: an `error` lost some output, a `warning` may have. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A message attached to a document: warnings are data, never console noise.
 *
 * @example
 * { severity: 'warning', code: 'LANG_NOT_ENGLISH', message: 'Detected language: deu …', stage: 'ingest' }
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly stage?: string;
  readonly span?: { readonly start: number; readonly end: number };
}

/** Convenience constructor; omits undefined optional fields so output stays stable. */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  extra: { stage?: string; span?: Span } = {},
): Diagnostic {
  return {
    severity,
    code,
    message,
    ...(extra.stage !== undefined ? { stage: extra.stage } : {}),
    ...(extra.span !== undefined ? { span: { start: extra.span.start, end: extra.span.end } } : {}),
  };
}
