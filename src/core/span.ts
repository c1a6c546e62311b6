/**
 * A half-open range of UTF-16 code units into a document's text (JavaScript string indices),
 * `end` exclusive. Every annotation in sitrep points back to its evidence through spans.
 *
 * @example
 * const s: Span = { start: 0, end: 7 }; // "Russian" in "Russian forces…"
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Builds a span; throws on a negative or inverted range (a programming error, not bad input). */
export function span(start: number, end: number): Span {
  if (!(start >= 0 && end >= start)) throw new RangeError(`invalid span [${start}, ${end})`);
  return { start, end };
}

/** The text a span covers, derived by slicing (annotations never copy text). */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Number of code units two spans share (0 when disjoint). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Orders spans by start, then by length (longer first). */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
