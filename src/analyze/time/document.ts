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
      for (const { dayless, ...t } of findTimes(text.slice(s.start, s.end), s.start, { published, text })) {
        const day = dayless ? dayBefore(out, t.start) : undefined;
        const found = day && !t.value.startsWith(day) ? { ...t, value: day + t.value.slice(10), anchor: 'context' as const } : t;
        out.push({ ...found, id: asId<TimexId>(`t${out.length + 1}`) });
      }
    } catch (e) {
      if (!onError) throw e;
      onError(s, e);
    }
  }
  return linkRanges(text, out);
}

/** How far back a time of day looks for the day it falls on ("on Thursday morning … | He said … shortly after 10 a.m."). */
const DAY_REACH = 400;

/**
 * The day a time of day with no day of its own falls on: that of the last time before it, near enough, that names a day
 * ("on Thursday morning", "on Nov. 3"), or none.
 */
function dayBefore(before: readonly Timex[], at: number): string | undefined {
  const last = before.at(-1);
  if (!last || at - last.end > DAY_REACH || !/^\d{4}-\d{2}-\d{2}/.test(last.value) || last.anchor === 'none') return undefined;
  return last.value.slice(0, 10);
}
