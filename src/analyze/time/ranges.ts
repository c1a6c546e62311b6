/**
 * Ranges: "from Monday to Wednesday", "between 2014 and 2016", "10:00–14:00 Kyiv time". TIMEX3
 * writes a range as two points (and a DURATION with beginPoint/endPoint); sitrep keeps the two
 * points and marks each with its role and the other end, so that a reader sees one interval. A
 * clock time without a zone takes the zone written after the range's other end.
 */
import type { Timex } from '../../core/annotations.js';

const JOINER = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;
const OPENER = /\b(?:from|between)\s+$/i;
const ZONE = /([+-]\d{2}:\d{2}|Z)$/;

/** The times with their ranges marked (a new array; the inputs are not changed). */
export function linkRanges<T extends Timex>(text: string, times: readonly T[]): T[] {
  const out = [...times];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.range || b.range) continue;
    const between = text.slice(a.end, b.start);
    if (!JOINER.test(between)) continue;
    const opened = OPENER.test(text.slice(Math.max(0, a.start - 9), a.start));
    const dash = /^\s*[-–—]\s*$/.test(between);
    // "and" joins a range only after "between"; "to" only after "from" unless both are clock times or years.
    if (/and/i.test(between) ? !/between\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) : !opened && !dash && !(a.type === 'TIME' && b.type === 'TIME')) continue;
    if (a.type !== b.type || a.type === 'DURATION' || a.type === 'SET') continue;
    let begin: T = { ...a, range: { role: 'begin', other: b.id } };
    const zone = ZONE.exec(b.value);
    if (a.type === 'TIME' && zone && !ZONE.test(a.value) && a.value.slice(0, 10) === b.value.slice(0, 10)) begin = { ...begin, value: `${a.value}${zone[1]}` };
    out[i] = begin;
    out[i + 1] = { ...b, range: { role: 'end', other: a.id } };
    i++;
  }
  return out;
}
