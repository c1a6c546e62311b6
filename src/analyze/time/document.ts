/**
 * The time expressions of a whole document, as the times stage and the TimeML eval both read them:
 * sentence windows (a clock time split from its day joined back), each normalised against the
 * publication day, ids in text order, ranges linked.
 */
import type { Timex } from '../../core/annotations.js';
import { type TimexId, asId } from '../../core/ids.js';
import type { DateTime } from 'luxon';
import { findTimes, timeWindows } from './normalise.js';
import { linkRanges } from './ranges.js';

/**
 * Times of a document. A window whose normalisation throws goes to `onError` and is skipped; with
 * no `onError`, the error is thrown.
 */
export function documentTimes(
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
  published: DateTime | null,
  onError?: (window: { start: number; end: number }, error: unknown) => void,
): Timex[] {
  const out: Timex[] = [];
  for (const s of timeWindows(text, sentences)) {
    try {
      for (const t of findTimes(text.slice(s.start, s.end), s.start, { published, text })) out.push({ ...t, id: asId<TimexId>(`t${out.length + 1}`) });
    } catch (e) {
      if (!onError) throw e;
      onError(s, e);
    }
  }
  return linkRanges(text, out);
}
