/**
 * Time expressions: detection by a small grammar of news patterns, and normalisation to TIMEX3
 * values against the publication date. A weekday or month in a past-tense report is the last
 * one; with a future cue ("will", "next", "is due to") the next one.
 */
import { DateTime } from 'luxon';
import type { Granularity, TimexType } from '../../core/annotations.js';

/** A detected expression before it becomes an annotation. */
export interface TimexFound {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: Granularity;
  readonly anchor: 'absolute' | 'publication' | 'context' | 'none';
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|August|Aug\\.|September|Sept?\\.|October|Oct\\.|November|Nov\\.|December|Dec\\.)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, several: -1, few: -1,
};
/** Named zones: fixed offsets, or an IANA zone whose offset depends on the date (DST). */
const ZONES: Record<string, string> = {
  'moscow time': 'Europe/Moscow',
  msk: 'Europe/Moscow',
  'kyiv time': 'Europe/Kiev',
  'kiev time': 'Europe/Kiev',
  gmt: 'UTC',
  utc: 'UTC',
  cet: 'UTC+1',
  cest: 'UTC+2',
  est: 'UTC-5',
  edt: 'UTC-4',
  'eastern time': 'America/New_York',
};
/** Well-known starts of wars, for "since the start of the war", keyed by words the article uses. */
const WAR_STARTS: readonly { readonly cue: RegExp; readonly date: string }[] = [
  { cue: /\b(Ukrain\w*|Kyiv|Kiev|Kherson|Kharkiv|Donbas)\b/, date: '2022-02-24' },
  { cue: /\b(Sudan\w*|Khartoum|Darfur)\b/, date: '2023-04-15' },
  { cue: /\b(Gaza|Hamas)\b/, date: '2023-10-07' },
  { cue: /\b(Syria\w*)\b/, date: '2011-03-15' },
];

const FUTURE_CUE = /\b(will|shall|next|plans? to|due|is expected to|are expected to|going to|upcoming)\b/i;

function num(word: string): number {
  const n = Number.parseInt(word, 10);
  return Number.isNaN(n) ? (NUMBER_WORDS[word.toLowerCase()] ?? -1) : n;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

const iso = (d: DateTime): string => d.toISODate() ?? 'XXXX-XX-XX';

/** The year of a month named without one: news looks back more than ahead (three months ahead, nine back). */
function nearestYear(published: DateTime, month: number): number {
  const diff = month - published.month;
  return diff > 3 ? published.year - 1 : diff < -9 ? published.year + 1 : published.year;
}

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** The grammar: ordered patterns, longest first; each returns a value or null. */
interface Rule {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ctx: Context) => Omit<TimexFound, 'start' | 'end'> | null;
}

/** What a rule may read: the publication date and the sentence around the match. */
export interface Context {
  readonly published: DateTime | null;
  readonly sentence: string;
  readonly text: string;
}

function weekdayDate(name: string, ctx: Context, future: boolean): DateTime | null {
  if (!ctx.published) return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase()) + 1;
  const wd = ctx.published.weekday;
  if (future) return ctx.published.plus({ days: (target - wd + 7) % 7 });
  return ctx.published.minus({ days: (wd - target + 7) % 7 });
}

function clock(h: string, m: string | undefined, ampm: string | undefined): { hour: number; minute: number } | null {
  let hour = Number.parseInt(h, 10);
  const minute = m ? Number.parseInt(m, 10) : 0;
  const mer = ampm?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && hour < 12) hour += 12;
  if (mer === 'am' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

function offsetOf(zone: string, day: DateTime): string {
  const z = ZONES[zone.toLowerCase()];
  if (!z) return '';
  const at = day.setZone(z, { keepLocalTime: true });
  return at.isValid ? at.toFormat('ZZ') : '';
}

const DAY_WORD = `(?:(?:on|last|this|next)\\s+)?${WEEKDAY_RE}|today|yesterday|tomorrow|tonight|(?:this|last|yesterday|tomorrow)\\s+(?:morning|afternoon|evening|night)`;

const rules: readonly Rule[] = [
  // 05:00 [Moscow time] this morning / 10:00 local time on Friday / 5 a.m. on Monday
  {
    re: new RegExp(
      `\\b(?:at\\s+)?(\\d{1,2})(?::(\\d{2})|\\s*(?=[ap]\\.?m\\b))\\s*([ap]\\.?m\\.?)?(?:\\s*[\\[(]?\\s*(Moscow time|Kyiv time|Kiev time|local time|GMT|UTC|MSK|CET|CEST|EST|EDT|Eastern time)(?:\\s*[\\])])?)?(?:\\s+(${DAY_WORD}))?`,
      'gi',
    ),
    make(m, ctx) {
      const t = clock(m[1]!, m[2], m[3]);
      if (!t) return null;
      const dayWord = m[5]?.toLowerCase() ?? '';
      let day: DateTime | null = ctx.published;
      if (dayWord) {
        const wd = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/.exec(dayWord);
        if (wd) day = weekdayDate(wd[0], ctx, /^next\b/.test(dayWord) || FUTURE_CUE.test(ctx.sentence));
        else if (/yesterday|last/.test(dayWord)) day = ctx.published?.minus({ days: 1 }) ?? null;
        else if (/tomorrow/.test(dayWord)) day = ctx.published?.plus({ days: 1 }) ?? null;
      }
      const hhmm = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
      if (!day) return { type: 'TIME', value: `XXXX-XX-XXT${hhmm}`, granularity: 'minute', anchor: 'none' };
      const zone = m[4] ? offsetOf(m[4], day) : '';
      return { type: 'TIME', value: `${iso(day)}T${hhmm}${zone}`, granularity: 'minute', anchor: 'publication' };
    },
  },
  // 11 November 2022 / November 11, 2022 / Nov. 11 / 11 Nov
  {
    re: new RegExp(`\\b(?:(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})|(?:on\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4}))?`, 'g'),
    make(m, ctx) {
      const day = Number.parseInt(m[1] ?? m[4] ?? '', 10);
      const month = monthIndex(m[2] ?? m[3] ?? '') + 1;
      if (!(day >= 1 && day <= 31) || month < 1) return null;
      let year = m[5] ? Number.parseInt(m[5], 10) : ctx.published?.year;
      if (year === undefined) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, granularity: 'day', anchor: 'none' };
      if (!m[5] && ctx.published) year = nearestYear(ctx.published, month);
      const d = DateTime.fromObject({ year, month, day });
      return d.isValid ? { type: 'DATE', value: iso(d), granularity: 'day', anchor: m[5] ? 'absolute' : 'publication' } : null;
    },
  },
  // in September / September 2022 / last March
  {
    re: /\b(?:(in|last|next|since|by|until|early|late|mid-)\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/g,
    make(m, ctx) {
      const month = monthIndex(m[2]!) + 1;
      // "March" without a preposition or year is too often the verb ("troops march on") to trust.
      if (!m[1] && !m[3] && (m[2] === 'March' || m[2] === 'May')) return null;
      if (m[3]) return { type: 'DATE', value: `${m[3]}-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'absolute' };
      if (!ctx.published) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'none' };
      const prep = m[1]?.toLowerCase().replace(/-$/, '');
      const pub = ctx.published;
      let year: number;
      if (prep === 'last') year = month < pub.month ? pub.year : pub.year - 1;
      else if (prep === 'next') year = month > pub.month ? pub.year : pub.year + 1;
      else if (FUTURE_CUE.test(ctx.sentence)) year = month >= pub.month ? pub.year : pub.year + 1;
      else year = nearestYear(pub, month);
      return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'publication' };
    },
  },
  // this morning / last night / yesterday evening
  {
    re: /\b(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b|\b(tonight|overnight)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const which = (m[1] ?? '').toLowerCase();
      const part = (m[2] ?? m[3] ?? '').toLowerCase();
      const day = which === 'yesterday' || (which === 'last' && part === 'night') ? ctx.published.minus({ days: 1 }) : which === 'tomorrow' ? ctx.published.plus({ days: 1 }) : ctx.published;
      const code = part === 'tonight' ? 'NI' : (PART_OF_DAY[part] ?? 'NI');
      return { type: 'TIME', value: `${iso(day)}T${code}`, granularity: 'part-of-day', anchor: 'publication' };
    },
  },
  // on Friday / last Monday / next Tuesday / Friday
  {
    re: new RegExp(`\\b(?:(on|last|this|next|by|until|since)\\s+)?(${WEEKDAY_RE})\\b`, 'g'),
    make(m, ctx) {
      const prep = m[1]?.toLowerCase();
      const near = ctx.sentence.slice(Math.max(0, m.index - 40), m.index);
      const future = prep === 'next' || (prep !== 'last' && prep !== 'since' && FUTURE_CUE.test(near));
      const d = weekdayDate(m[2]!, ctx, future);
      if (!d) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: 'day', anchor: 'none' };
      return { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' };
    },
  },
  // today / yesterday / tomorrow
  {
    re: /\b(today|yesterday|tomorrow)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const w = m[1]!.toLowerCase();
      const d = w === 'yesterday' ? ctx.published.minus({ days: 1 }) : w === 'tomorrow' ? ctx.published.plus({ days: 1 }) : ctx.published;
      return { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' };
    },
  },
  // last/next/this week|month|year
  {
    re: /\b(last|next|this|past)\s+(week|month|year)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const rel = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
      const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      const d = ctx.published.plus({ [`${unit}s`]: shift });
      const value = unit === 'year' ? String(d.year) : unit === 'month' ? d.toFormat('yyyy-MM') : `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
      return { type: 'DATE', value, granularity: unit, anchor: 'publication' };
    },
  },
  // since the start of the war / since the war began
  {
    re: /\bsince the (?:start|beginning|outbreak) of the (?:full-scale )?(?:war|invasion|conflict)\b|\bsince the (?:war|invasion|conflict) (?:began|started)\b/gi,
    make(_m, ctx) {
      const war = WAR_STARTS.find((w) => w.cue.test(ctx.text));
      return war ? { type: 'DATE', value: war.date, granularity: 'day', anchor: 'context' } : null;
    },
  },
  // in 2014 / the 1990s
  {
    re: /\b(?:in|since|by|until|during|of)\s+(1[89]\d\d|20\d\d)(s)?\b|\bthe\s+(1[89]\d0|20[0-2]0)s\b/g,
    make(m) {
      const year = m[1] ?? m[3]!;
      if (m[2] || m[3]) return { type: 'DATE', value: year.slice(0, 3), granularity: 'decade', anchor: 'absolute' };
      return { type: 'DATE', value: year, granularity: 'year', anchor: 'absolute' };
    },
  },
  // 2022-11-11
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make(m) {
      const d = DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
      return d.isValid ? { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'absolute' } : null;
    },
  },
  // the past two months, the last 20 years, recent weeks
  {
    re: /\b(?:the\s+)?(?:(past|last|next|coming)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|several|few)|(recent|coming))\s+(minute|hour|day|week|month|year|decade)s\b/gi,
    make(m) {
      const n = m[2] ? num(m[2]) : -1;
      const unit = m[4]!.toLowerCase();
      const code = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE' }[unit]!;
      const t = unit === 'minute' || unit === 'hour' ? 'T' : '';
      return { type: 'DURATION', value: `P${t}${n < 0 ? 'X' : n}${code}`, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // a year ago, three weeks earlier, six months ago
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+(ago|earlier)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const n = Math.max(1, num(m[1]!));
      const unit = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
      const d = ctx.published.minus({ [`${unit}s`]: n });
      if (unit === 'year' && /\bquarter\b/i.test(ctx.sentence)) {
        const q = Math.ceil(ctx.published.month / 3) - 1 || 4;
        return { type: 'DATE', value: `${d.year - (q === 4 ? 1 : 0)}-Q${q}`, granularity: 'quarter', anchor: 'publication' };
      }
      const value = unit === 'year' ? String(d.year) : unit === 'month' ? d.toFormat('yyyy-MM') : unit === 'week' ? `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}` : iso(d);
      return { type: 'DATE', value, granularity: unit, anchor: 'publication' };
    },
  },
  // two-year, 10-year, 30-year (as adjectives: durations)
  {
    re: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)-(year|month|week|day|hour|minute)\b/gi,
    make(m) {
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      const code = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' }[unit]!;
      return { type: 'DURATION', value: `P${unit === 'minute' || unit === 'hour' ? 'T' : ''}${n < 0 ? 'X' : n}${code}`, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // for years, over decades
  {
    re: /\b(?:for|over|in recent)\s+(years|months|weeks|days|decades)\b/gi,
    make(m) {
      const unit = m[1]!.toLowerCase();
      const code = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE' }[unit]!;
      return { type: 'DURATION', value: `PX${code}`, granularity: (unit === 'decades' ? 'decade' : unit.replace(/s$/, '')) as Granularity, anchor: 'none' };
    },
  },
  // now, currently, recently, the past, the future, soon
  {
    re: /\b(now|currently|current|at present|presently|today's|nowadays|recently|recent years|recent|the past|previously|formerly|the future|future|soon|shortly)\b/gi,
    make(m) {
      const w = m[1]!.toLowerCase();
      const value = /now|current|present|today/.test(w) ? 'PRESENT_REF' : /recent|past|previous|former/.test(w) ? 'PAST_REF' : 'FUTURE_REF';
      return { type: 'DATE', value, granularity: 'unknown', anchor: 'publication' };
    },
  },
  // the third quarter, fourth-quarter, the quarter, the latest quarter
  {
    re: /\b(?:(?:the|this|last|latest|its)\s+)?(?:(first|second|third|fourth)[\s-]quarter|(?:latest\s+)?quarter)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const pubQ = Math.ceil(ctx.published.month / 3);
      let q = m[1] ? QUARTERS[m[1].toLowerCase()]! : pubQ - 1;
      let year = ctx.published.year;
      if (q < 1) {
        q = 4;
        year -= 1;
      }
      if (m[1] && q > pubQ) year -= 1;
      return { type: 'DATE', value: `${year}-Q${q}`, granularity: 'quarter', anchor: 'publication' };
    },
  },
  // seasons: last fall, this summer
  {
    re: /\b(?:(this|last|next|the)\s+)?(spring|summer|fall|autumn|winter)\b/gi,
    make(m, ctx) {
      if (!ctx.published || (!m[1] && m[2]!.toLowerCase() === 'fall')) return null;
      const rel = m[1]?.toLowerCase();
      const year = ctx.published.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return { type: 'DATE', value: `${year}-${SEASONS[m[2]!.toLowerCase()]}`, granularity: 'season', anchor: 'publication' };
    },
  },
  // bare years: 1990 (not "1990 people")
  {
    re: /(?<![\d,.$])\b(1[89]\d\d|20\d\d)\b(?![\d,]|\s+(?:people|troops|soldiers|members|times|units|tons|votes)\b)/g,
    make(m) {
      return { type: 'DATE', value: m[1]!, granularity: 'year', anchor: 'absolute' };
    },
  },
  // durations: for three days, 24 hours, two weeks
  {
    re: /\b(?:for\s+|over\s+|in\s+|within\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few)\s+(minute|hour|day|week|month|year)s?\b(?!\s+(?:ago|old|later|earlier))/gi,
    make(m) {
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      const code = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' }[unit]!;
      const timePart = unit === 'minute' || unit === 'hour';
      const value = `P${timePart ? 'T' : ''}${n < 0 ? 'X' : n}${code}`;
      return { type: 'DURATION', value, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // sets: every day, daily, weekly
  {
    re: /\b(every\s+(day|week|month|year|night|morning)|daily|weekly|monthly|annually|nightly)\b/gi,
    make(m) {
      const w = (m[2] ?? m[1]!).toLowerCase();
      const value = /day|daily|night|morning/.test(w) ? 'P1D' : /week/.test(w) ? 'P1W' : /month/.test(w) ? 'P1M' : 'P1Y';
      return { type: 'SET', value, granularity: 'unknown', anchor: 'none' };
    },
  },
];

/**
 * Finds and normalises the time expressions of one sentence (`offset` is where it starts in the text).
 *
 * @example
 * findTimes('It ended at 05:00 [Moscow time] this morning.', 0, ctx) // [{value: '2022-11-11T05:00+03:00', …}]
 */
export function findTimes(sentence: string, offset: number, ctx: Omit<Context, 'sentence'>): TimexFound[] {
  const found: TimexFound[] = [];
  const taken: [number, number][] = [];
  const full: Context = { ...ctx, sentence };
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m !== null; m = rule.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const made = rule.make(m, full);
      if (!made) continue;
      // Keep "on" inside the span ("on Friday") as the seed annotation does; trim trailing spaces.
      const text = m[0].replace(/\s+$/, '');
      taken.push([start, start + text.length]);
      found.push({ ...made, start: offset + start, end: offset + start + text.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Parses a publication date (ISO date or date-time) to the calendar day it names, or null. */
export function publicationDay(published: string | null): DateTime | null {
  if (!published) return null;
  const d = DateTime.fromISO(published, { setZone: true });
  return d.isValid ? DateTime.fromObject({ year: d.year, month: d.month, day: d.day }) : null;
}
