/**
 * A wire dateline: the place in capitals, a country or date after a comma, the agency in brackets
 * and a dash ("POKROVSK, Ukraine (Reuters) - ", "DUBAI, Jan 12 (Reuters) -", "JERUSALEM (AP) — "); two places share one
 * ("DUBAI/JERUSALEM, Oct 1 (Reuters) - "), and a newspaper's has no agency ("KYIV, Ukraine — ", "GENEVA, Sept 15 — ", "JERUSALEM, Oct 18 - "). A live report's time
 * stamp is one too ("10:15 GMT - "), and so is a day without a place ("May 2 (Reuters) - "), or the agency alone ("(AP) — ", "(CNN)"), or the
 * place alone before a long dash ("WASHINGTON ― ").
 */
import type { Span } from '../core/span.js';

/** What follows a dateline's place: a country or date, then the agency in brackets and a dash. */
const AFTER_PLACE = String.raw`(?:,[^()\n]{0,40})?\s*\([^)]{1,30}\)\s*[-–—]`;

/** A live report's time stamp ("10:15 GMT - "), which says when, like a dateline. */
const TIMESTAMP = String.raw`\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ap]\.?m\.?)?\s*[-–—]`;

/** A dateline's rest, at the start of a text that follows its place. */
export const DATELINE_AFTER = new RegExp(`^${AFTER_PLACE}`, 'u');

/**
 * A newspaper's dateline without an agency: the place in capitals, its country or date and a dash ("KYIV, Ukraine — ", "GENEVA,
 * Sept 15 — ", "JERUSALEM, Oct 18 - "), the day first too ("PORT SUDAN, 14 August 2025 – ").
 */
const PLACE_COUNTRY = String.raw`[\p{Lu}][\p{Lu}\s.'/-]+,\s+(?:\p{Lu}[\p{L}.]*|\d{1,2}(?=\s+\p{Lu}))(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,2}|\d{4})){0,2}\s+(?:[—–]|-(?=\s))`;

/** A dateline with no place, only the day ("May 2 (Reuters) - ", "Sept. 10 (AP) — "). */
const DAY_ONLY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([^)]{1,30}\)\s*[-–—]`;

/** A dateline with nothing but the agency ("(Reuters) - ", "(AP) — "), or the agency before the first word ("(CNN)Russian forces …", "(Al Jazeera) An ethnic armed group …"). */
const AGENCY_ONLY = String.raw`\(\p{Lu}[\p{L}.\s]{0,28}\)(?:\s*[-–—]|\s?(?=\p{Lu}\p{Ll}))`;

/** A newspaper's dateline of the place alone, in capitals, and a long dash ("WASHINGTON ― ", "NEW YORK -- "): three words at most. */
const PLACE_ONLY = String.raw`\p{Lu}[\p{Lu}.'/-]+(?:\s\p{Lu}[\p{Lu}.'/-]+){0,2}\s+(?:[―—]|--)(?=\s)`;

/** A whole dateline opening a text, with the space after it. */
const DATELINE = new RegExp(String.raw`^(?:[\p{Lu}][\p{Lu}\s.'/-]+${AFTER_PLACE}|${PLACE_COUNTRY}|${DAY_ONLY}|${AGENCY_ONLY}|${TIMESTAMP}|${PLACE_ONLY})\s*`, 'u');

/** Drops a dateline from the start of a span. */
export function withoutDateline(text: string, span: Span): Span {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m[0].length, end: span.end } : span;
}
