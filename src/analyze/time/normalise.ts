/**
 * Time expressions: detection by a small grammar of news patterns, and normalisation to TIMEX3
 * values against the publication date, following TimeML conventions (TimeBank, TempEval-3). A
 * weekday or month in a past-tense report is the last one; with a future cue ("will", "is due to",
 * "is scheduled to") the next one. Financial reports' quarters ("the year-ago quarter") are read
 * from the quarter the sentence names, else the one before publication.
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
  /** A time of day whose day no word names, given the publication day ("shortly after 10 a.m."); the document may know better. */
  readonly dayless?: true;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|August|Aug\\.|September|Sept?\\.|October|Oct\\.|November|Nov\\.|December|Dec\\.)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100, several: -1, few: -1,
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

const FUTURE_CUE = /\b(will|would(?! not)|shall|plans? to|planned|planning|scheduled|slated|due|is expected to|are expected to|set to|is to|are to|going to|upcoming|effective|as (?:soon|early) as|until|postponed|ahead of)\b|'ll\b/i;

function num(word: string): number {
  const n = Number.parseInt(word, 10);
  return Number.isNaN(n) ? (NUMBER_WORDS[word.toLowerCase()] ?? -1) : n;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

const iso = (d: DateTime): string => d.toISODate() ?? 'XXXX-XX-XX';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const TENS: Record<string, number> = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
/** Half a unit, in the next smaller one: "2 1/2 years" is P2Y6M. */
const HALF: Record<string, string> = { minute: '30S', hour: '30M', day: 'T12H', year: '6M' };
const UNIT_CODE: Record<string, string> = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE' };

/** A year in digits, or spoken as broadcast transcripts write it: "nineteen ninety-six", "two thousand". */
const YEAR_RE =
  '(?:1[89]\\d\\d|20\\d\\d|nineteen[\\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|two thousand(?:[\\s-]+(?:and[\\s-]+)?(?:one|two|three|four|five|six|seven|eight|nine))?)';

function yearOf(words: string): number {
  const digits = Number.parseInt(words, 10);
  if (!Number.isNaN(digits)) return digits;
  const w = words.toLowerCase().split(/[\s-]+/);
  const units = (x: string | undefined): number => (x ? Math.max(0, num(x)) : 0);
  if (w[0] === 'nineteen') return 1900 + (TENS[w[1] ?? ''] ?? 0) * 10 + units(w[2]);
  return 2000 + units(w[w.length - 1] === 'thousand' ? undefined : w[w.length - 1]);
}

/** The grammar: ordered patterns, longest first; each returns a value or null. */
interface Rule {
  /** A cheap test a sentence must pass before `re` runs over it (most sentences have no times). */
  readonly hint: RegExp;
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ctx: Context) => Omit<TimexFound, 'start' | 'end'> | null;
}

/** What a rule may read: the publication date, the sentence around the match and where it starts in the text. */
export interface Context {
  readonly published: DateTime | null;
  readonly sentence: string;
  readonly text: string;
  readonly at: number;
}

/** Whether the words just before a match (in its sentence) look ahead: "will meet on", "is scheduled to close". */
function futureBefore(ctx: Context, index: number, window = 60): boolean {
  return FUTURE_CUE.test(ctx.sentence.slice(Math.max(0, index - window), index));
}

/** A past looking ahead ("had been due to"), and future cues that follow a day ("On Monday, the union plans to"). */
const PAST_OF_FUTURE = /\b(?:had|previously)\b/i;
const AFTER_CUE = /^[^.;]{0,25}?\b(?:will|plans? to|is scheduled to|are scheduled to|is expected to|are expected to)\b/i;

/**
 * Whether a day named at `index` lies ahead: a future cue just before it, or just after it ("On Tuesday,
 * the league plans to…"), unless the clause looks back from a past ("had been due to expire Friday").
 */
function futureAround(ctx: Context, index: number): boolean {
  const before = ctx.sentence.slice(Math.max(0, index - 60), index);
  const after = ctx.sentence.slice(index, index + 60).replace(/^\S+\s*/, '');
  if (PAST_OF_FUTURE.test(before) || PAST_OF_FUTURE.test(after.slice(0, 40))) return false;
  return FUTURE_CUE.test(before) || AFTER_CUE.test(after);
}

/** `before`: strictly before publication ("last Friday"); `week before`: the one before that ("the previous Friday"). */
type Direction = 'past' | 'future' | 'before' | 'week before' | 'after';

/** A weekday seen from the publication day: the last one (today included), the next one, or strictly before/after. */
function weekdayDate(name: string, published: DateTime, dir: Direction): DateTime {
  const target = WEEKDAYS.indexOf(name.toLowerCase()) + 1;
  const wd = published.weekday;
  switch (dir) {
    case 'past':
      return published.minus({ days: (wd - target + 7) % 7 });
    case 'before':
      return published.minus({ days: ((wd - target + 6) % 7) + 1 });
    case 'week before':
      return published.minus({ days: ((wd - target + 6) % 7) + 8 });
    case 'future':
      return published.plus({ days: (target - wd + 7) % 7 });
    case 'after':
      return published.plus({ days: ((target - wd + 6) % 7) + 1 });
    default: {
      const never: never = dir;
      return never;
    }
  }
}

/** Which way a weekday points: its own word ("last", "next") first, then the tense around it. */
function weekdayDirection(prep: string | undefined, ctx: Context, index: number): Direction {
  const p = prep?.toLowerCase().replace(/\s+/g, ' ');
  if (p === 'last') return 'before';
  if (p === 'the previous' || p === 'previous') return 'week before';
  if (p === 'next' || p === 'coming' || p === 'this coming') return 'after';
  if (p === 'since') return 'past';
  return futureAround(ctx, index) ? 'future' : 'past';
}

/** How many months ahead of publication an undated month may lie before it is read as last year's. */
const AHEAD = 3;

/** The year of a month named without one: with a future cue the next such month, else the nearest (news looks back more than ahead). */
function monthYear(published: DateTime, month: number, future: boolean): number {
  if (future) return month >= published.month ? published.year : published.year + 1;
  const diff = month - published.month;
  return diff > AHEAD ? published.year - 1 : diff < AHEAD - 12 ? published.year + 1 : published.year;
}

const isoWeek = (d: DateTime): string => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

/** The quarter a financial report is about: the one its sentence names ("third-quarter profit"), else the one before publication. */
function reportQuarter(ctx: Context, published: DateTime): { year: number; q: number } {
  const pubQ = Math.ceil(published.month / 3);
  const named = /\b(first|second|third|fourth)[\s-]quarter\b/i.exec(ctx.sentence);
  const q = named ? QUARTERS[named[1]!.toLowerCase()]! : pubQ - 1;
  return q < 1 ? { year: published.year - 1, q: 4 } : { year: q > pubQ ? published.year - 1 : published.year, q };
}

/** Whether a document reports results by quarter (and the sentence is not about a half or nine months): then "a year earlier" is that quarter a year before. */
const quarterly = (ctx: Context): boolean => /\b(?:first|second|third|fourth)[\s-]quarter\b/i.test(ctx.text) && !/\b(?:six|nine|12|twelve) months\b/i.test(ctx.sentence);

/** The nth given weekday (1 = Monday) of a month: Thanksgiving is the 4th Thursday of November. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  const first = DateTime.fromObject({ year, month, day: 1 });
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
}

const HOLIDAYS: Record<string, (year: number) => DateTime> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  christmas: (y) => DateTime.fromObject({ year: y, month: 12, day: 25 }),
  'new year': (y) => DateTime.fromObject({ year: y, month: 1, day: 1 }),
  'election day': (y) => nthWeekday(y, 11, 1, 1).plus({ days: 1 }),
  'independence day': (y) => DateTime.fromObject({ year: y, month: 7, day: 4 }),
};

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

/** The day a word names ("Friday", "yesterday", "last night"), seen from publication; the publication day if none. */
function dayOf(word: string, ctx: Context, index: number): DateTime | null {
  const pub = ctx.published;
  if (!pub) return null;
  const w = word.toLowerCase();
  const date = /^(\S+)\s+(\d{1,2})$/.exec(word);
  if (date && monthIndex(date[1]!) >= 0) {
    const month = monthIndex(date[1]!) + 1;
    const d = DateTime.fromObject({ year: monthYear(pub, month, futureBefore(ctx, index)), month, day: Number.parseInt(date[2]!, 10) });
    return d.isValid ? d : null;
  }
  const wd = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/.exec(w);
  if (wd) return weekdayDate(wd[0], pub, /^next\b/.test(w) ? 'after' : /^last\b/.test(w) ? 'before' : futureAround(ctx, index) ? 'future' : 'past');
  if (/yesterday|last/.test(w)) return pub.minus({ days: 1 });
  if (/tomorrow/.test(w)) return pub.plus({ days: 1 });
  return pub;
}

const DAY_WORD = `(?:(?:on|last|this|next)\\s+)?${WEEKDAY_RE}|today|yesterday|tomorrow|tonight|(?:this|last|yesterday|tomorrow)\\s+(?:morning|afternoon|evening|night)`;
const N_WORD = '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|few';

const rules: readonly Rule[] = [
  // 05:00 [Moscow time] this morning / 10:00 local time on Friday / 5 a.m. on Monday
  {
    hint: /\d/,
    re: new RegExp(
      `\\b(?:at\\s+)?(\\d{1,2})(?::(\\d{2})|\\s*(?=[ap]\\.?m\\b))\\s*([ap]\\.?m\\.?)?(?:\\s*[\\[(]?\\s*(Moscow time|Kyiv time|Kiev time|local time|GMT|UTC|MSK|CET|CEST|EST|EDT|Eastern time)(?:\\s*[\\])])?)?(?:,?\\s+(${DAY_WORD}|${MONTH_RE}\\s+\\d{1,2}\\b))?`,
      'gi',
    ),
    make(m, ctx) {
      const t = clock(m[1]!, m[2], m[3]);
      if (!t) return null;
      const day = dayOf(m[5] ?? '', ctx, m.index);
      const hhmm = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
      if (!day) return { type: 'TIME', value: `XXXX-XX-XXT${hhmm}`, granularity: 'minute', anchor: 'none' };
      const zone = m[4] ? offsetOf(m[4], day) : '';
      return { type: 'TIME', value: `${iso(day)}T${hhmm}${zone}`, granularity: 'minute', anchor: 'publication', ...(m[5] ? {} : { dayless: true as const }) };
    },
  },
  // 4 in the morning, 7 o'clock in the evening
  {
    hint: /\d/,
    re: /\b(?:at\s+)?(\d{1,2})(?:\s+o'clock)?\s+in\s+the\s+(morning|afternoon|evening)\b/gi,
    make(m, ctx) {
      const hour = Number.parseInt(m[1]!, 10);
      if (hour < 1 || hour > 12 || !ctx.published) return null;
      const h = m[2]!.toLowerCase() === 'morning' ? hour % 12 : (hour % 12) + 12;
      return { type: 'TIME', value: `${iso(ctx.published)}T${String(h).padStart(2, '0')}:00`, granularity: 'minute', anchor: 'publication', dayless: true };
    },
  },
  // noon Saturday, midday
  {
    hint: /noon|midday/i,
    re: new RegExp(`(?<!\\bhigh\\s)\\b(?:at\\s+)?(?:noon|midday)(?:\\s+(${DAY_WORD}))?`, 'gi'),
    make(m, ctx) {
      const day = dayOf(m[1] ?? '', ctx, m.index);
      return day ? { type: 'TIME', value: `${iso(day)}T12:00`, granularity: 'minute', anchor: 'publication', ...(m[1] ? {} : { dayless: true as const }) } : null;
    },
  },
  // sets: each Thursday, every July, each year, every quarter
  {
    hint: /each|every/i,
    re: new RegExp(`\\b(?:each|every)\\s+(?:(${WEEKDAY_RE})|(January|February|March|April|May|June|July|August|September|October|November|December)|(day|week|month|quarter|year))\\b`, 'gi'),
    make(m) {
      if (m[1]) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS.indexOf(m[1].toLowerCase()) + 1}`, granularity: 'unknown', anchor: 'none' };
      if (m[2]) return { type: 'SET', value: `XXXX-${String(monthIndex(m[2]) + 1).padStart(2, '0')}`, granularity: 'unknown', anchor: 'none' };
      return { type: 'SET', value: `P1${UNIT_CODE[m[3]!.toLowerCase()]}`, granularity: 'unknown', anchor: 'none' };
    },
  },
  // sets: on Fridays, Tuesday nights
  {
    hint: /days\b|day (?:morning|afternoon|evening|night)s\b/,
    re: new RegExp(`\\b(?:on\\s+)?(${WEEKDAY_RE})(?:s\\b|\\s+(morning|afternoon|evening|night)s\\b)`, 'g'),
    make(m) {
      const part = m[2] ? `T${PART_OF_DAY[m[2].toLowerCase()]}` : '';
      return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1}${part}`, granularity: 'unknown', anchor: 'none' };
    },
  },
  // 11 November 2022 / November 11, 2022 / Nov. 11 / Friday, Oct. 23
  {
    hint: /\d/,
    re: new RegExp(
      `\\b(?:(?:on\\s+)?${WEEKDAY_RE},?\\s+)?(?:(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})|(?:on\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4}))?`,
      'g',
    ),
    make(m, ctx) {
      const day = Number.parseInt(m[1] ?? m[4] ?? '', 10);
      const month = monthIndex(m[2] ?? m[3] ?? '') + 1;
      if (!(day >= 1 && day <= 31) || month < 1) return null;
      let year = m[5] ? Number.parseInt(m[5], 10) : ctx.published?.year;
      if (year === undefined) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, granularity: 'day', anchor: 'none' };
      if (!m[5] && ctx.published) year = monthYear(ctx.published, month, futureBefore(ctx, m.index, m.index));
      const d = DateTime.fromObject({ year, month, day });
      return d.isValid ? { type: 'DATE', value: iso(d), granularity: 'day', anchor: m[5] ? 'absolute' : 'publication' } : null;
    },
  },
  // the second day of a pair: "April 24 and 25"
  {
    hint: /\d/,
    re: new RegExp(`(?<=\\b(${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+)(\\d{1,2})\\b(?![\\w%]|\\s+(?:percent|people|of)\\b)`, 'g'),
    make(m, ctx) {
      const month = monthIndex(m[1]!) + 1;
      if (!ctx.published || month < 1) return null;
      const d = DateTime.fromObject({ year: monthYear(ctx.published, month, futureBefore(ctx, m.index, m.index)), month, day: Number.parseInt(m[2]!, 10) });
      return d.isValid ? { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' } : null;
    },
  },
  // the third quarter of 1990, the 1988 third quarter, this year's first quarter, the year-ago third quarter, third-quarter
  {
    hint: /quarter/i,
    re: new RegExp(
      `\\b(?:(?:the|its|this|last|latest)\\s+)?(?:(1[89]\\d\\d|20\\d\\d)\\s+|(this|last|next) year's\\s+|(year-(?:ago|earlier))\\s+)?(first|second|third|fourth)[\\s-]quarter\\b(?!s)(?:\\s+of\\s+(${YEAR_RE}))?`,
      'gi',
    ),
    make(m, ctx) {
      const q = QUARTERS[m[4]!.toLowerCase()]!;
      const explicit = m[1] ?? m[5];
      if (explicit) return { type: 'DATE', value: `${yearOf(explicit)}-Q${q}`, granularity: 'quarter', anchor: 'absolute' };
      if (!ctx.published) return null;
      const pubQ = Math.ceil(ctx.published.month / 3);
      const rel = m[2]?.toLowerCase();
      let year = rel ? ctx.published.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : q > pubQ ? ctx.published.year - 1 : ctx.published.year;
      if (m[3]) year = reportQuarter(ctx, ctx.published).year - 1;
      return { type: 'DATE', value: `${year}-Q${q}`, granularity: 'quarter', anchor: 'publication' };
    },
  },
  // the year-ago quarter, the comparable year-earlier period, year-earlier (profit), the quarter a year ago, last year's quarter, the 1988 period
  {
    hint: /year-|quarter|period/i,
    re: /\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(year-(?:ago|earlier))(?:\s+(quarter|period))?|(1[89]\d\d|20\d\d)\s+(quarter|period)|(quarter)\s+a\s+year\s+(?:ago|earlier)|last year's\s+(quarter|period)|(period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))\b(?!-)/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const ref = reportQuarter(ctx, ctx.published);
      if (m[6] || m[7]) return { type: 'DATE', value: `${ref.year - 1}-Q${ref.q}`, granularity: 'quarter', anchor: 'context' };
      if (m[3] && !quarterly(ctx)) return { type: 'DATE', value: m[3], granularity: 'year', anchor: 'absolute' };
      if (m[3]) return { type: 'DATE', value: `${m[3]}-Q${ref.q}`, granularity: 'quarter', anchor: 'context' };
      if (m[2] || m[5] || quarterly(ctx)) return { type: 'DATE', value: `${ref.year - 1}-Q${ref.q}`, granularity: 'quarter', anchor: 'context' };
      return { type: 'DATE', value: String(ctx.published.year - 1), granularity: 'year', anchor: 'publication' };
    },
  },
  // the quarter, that quarter, the latest quarter, the latest period, the current quarter
  {
    hint: /quarter|period/i,
    re: /\b(?:(the|that|this|its|latest|current)\s+)(?:(latest|current|same)\s+)?(quarter|period)\b(?!-|\s+of\b)/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const word = (m[2] ?? m[1] ?? '').toLowerCase();
      if (m[3]!.toLowerCase() === 'period' && word !== 'latest') return null;
      if (word === 'current') return { type: 'DATE', value: `${ctx.published.year}-Q${Math.ceil(ctx.published.month / 3)}`, granularity: 'quarter', anchor: 'publication' };
      const ref = reportQuarter(ctx, ctx.published);
      return { type: 'DATE', value: `${ref.year}-Q${ref.q}`, granularity: 'quarter', anchor: 'context' };
    },
  },
  // in September / September 2022 / last March / July last year / January nineteen ninety-seven
  {
    hint: /uary|March|April|May|June|July|August|ber\b/,
    re: new RegExp(
      `\\b(?:([Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-)\\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(?:of\\s+)?(${YEAR_RE})|\\s+(this|last|next)\\s+year)?\\b`,
      'g',
    ),
    make(m, ctx) {
      const month = monthIndex(m[2]!) + 1;
      // "March" without a preposition or year is too often the verb ("troops march on") to trust.
      if (!m[1] && !m[3] && !m[4] && (m[2] === 'March' || m[2] === 'May')) return null;
      if (m[3]) return { type: 'DATE', value: `${yearOf(m[3])}-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'absolute' };
      if (!ctx.published) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'none' };
      const prep = m[1]?.toLowerCase().replace(/-$/, '');
      const pub = ctx.published;
      const rel = m[4]?.toLowerCase();
      let year: number;
      if (rel) year = pub.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      else if (prep === 'this') year = pub.year;
      else if (prep === 'last') year = month < pub.month ? pub.year : pub.year - 1;
      else if (prep === 'next') year = month > pub.month ? pub.year : pub.year + 1;
      // ("since June" is a June gone by: in April, last year's.)
      else if (prep === 'since') year = month <= pub.month ? pub.year : pub.year - 1;
      else year = monthYear(pub, month, prep === 'by' || prep === 'until' || futureBefore(ctx, m.index, m.index));
      return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}`, granularity: 'month', anchor: 'publication' };
    },
  },
  // mid-afternoon yesterday, late Friday night, early morning today
  {
    hint: /morning|afternoon|evening|night/i,
    re: new RegExp(`\\b(?:(?:early|late|mid-?)\\s*)?(morning|afternoon|evening|night)\\s+((?:on\\s+)?(?:${WEEKDAY_RE})|yesterday|today|tomorrow)\\b`, 'gi'),
    make(m, ctx) {
      const day = dayOf(m[2]!.replace(/^on\s+/i, ''), ctx, m.index);
      if (!day) return null;
      return { type: 'TIME', value: `${iso(day)}T${PART_OF_DAY[m[1]!.toLowerCase()]}`, granularity: 'part-of-day', anchor: 'publication' };
    },
  },
  // mid-afternoon, mid morning (of the publication day, like a clock time without a day)
  {
    hint: /mid/i,
    re: /\bmid-?\s?(morning|afternoon)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      return { type: 'TIME', value: `${iso(ctx.published)}T${PART_OF_DAY[m[1]!.toLowerCase()]}`, granularity: 'part-of-day', anchor: 'publication', dayless: true };
    },
  },
  // this morning / last night / yesterday evening / Friday morning / Wednesday night
  {
    hint: /morning|afternoon|evening|night/i,
    re: new RegExp(`\\b(?:(this|last|yesterday|tomorrow)|(?:(on|last|next)\\s+)?(${WEEKDAY_RE}))\\s+(morning|afternoon|evening|night)\\b|\\b(tonight|overnight)\\b`, 'gi'),
    make(m, ctx) {
      if (!ctx.published) return null;
      const which = (m[1] ?? '').toLowerCase();
      const part = (m[4] ?? m[5] ?? '').toLowerCase();
      let day = which === 'yesterday' || (which === 'last' && part === 'night') ? ctx.published.minus({ days: 1 }) : which === 'tomorrow' ? ctx.published.plus({ days: 1 }) : ctx.published;
      if (m[3]) day = weekdayDate(m[3], ctx.published, weekdayDirection(m[2], ctx, m.index));
      const code = part === 'tonight' ? 'NI' : (PART_OF_DAY[part] ?? 'NI');
      return { type: 'TIME', value: `${iso(day)}T${code}`, granularity: 'part-of-day', anchor: 'publication' };
    },
  },
  // Thanksgiving Day, last Christmas, Election Day
  {
    hint: /Thanksgiving|Christmas|New Year|Election Day|Independence Day/,
    re: /\b(?:(last|next|this)\s+)?(Thanksgiving|Christmas|New Year|Election Day|Independence Day)(?:'s)?(?:\s+(?:Day|Eve))?\b/g,
    make(m, ctx) {
      if (!ctx.published) return null;
      if (/\bEve\b/.test(m[0]) || (m[2] === 'New Year' && !/Day\b/.test(m[0]))) return null;
      const of = HOLIDAYS[m[2]!.toLowerCase()]!;
      const pub = ctx.published;
      const rel = m[1]?.toLowerCase();
      const future = rel === 'next' || (rel !== 'last' && futureBefore(ctx, m.index));
      let d = of(pub.year);
      if (future && d < pub) d = of(pub.year + 1);
      if (!future && d > pub) d = of(pub.year - 1);
      return { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' };
    },
  },
  // on Friday / last Monday / next Tuesday / the previous Friday / this coming Sunday
  {
    hint: /day/,
    re: new RegExp(`\\b(?:([Oo]n|[Ll]ast|[Tt]his coming|[Cc]oming|[Nn]ext|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]he previous|previous)\\s+)?(${WEEKDAY_RE})\\b(?!\\s+nights\\b)`, 'g'),
    make(m, ctx) {
      if (!ctx.published) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: 'day', anchor: 'none' };
      const d = weekdayDate(m[2]!, ctx.published, weekdayDirection(m[1], ctx, m.index));
      return { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' };
    },
  },
  // today / yesterday / tomorrow
  {
    hint: /today|yesterday|tomorrow/i,
    re: /\b(today(?!'s)|yesterday|tomorrow)\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      if (/^[A-Z]/.test(m[1]!) && /\b[A-Z]\w*\s+$/.test(ctx.sentence.slice(0, m.index))) return null; // a name: "VOA Today"
      const w = m[1]!.toLowerCase();
      const d = w === 'yesterday' ? ctx.published.minus({ days: 1 }) : w === 'tomorrow' ? ctx.published.plus({ days: 1 }) : ctx.published;
      return { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'publication' };
    },
  },
  // the weekend, over the weekend, this weekend
  {
    hint: /weekend/i,
    re: /\b(the|this|last|next)\s+weekend\b/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      const rel = m[1]!.toLowerCase();
      const future = rel === 'next' || (rel !== 'last' && FUTURE_CUE.test(ctx.sentence.slice(Math.max(0, m.index - 60), m.index)));
      const saturday = weekdayDate('saturday', ctx.published, future ? 'future' : 'past');
      return { type: 'DATE', value: `${isoWeek(saturday)}-WE`, granularity: 'week', anchor: 'publication' };
    },
  },
  // last/next/this week|month|year, the current year
  {
    hint: /week|month|year/i,
    re: /\b(last|next|this|past|the current)\s+(?:fiscal\s+)?(week|month|year)\b(?!-)/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      if (/^[A-Z]/.test(m[2]!)) return null; // a title: ABC's "This Week"
      const rel = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
      const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      const d = ctx.published.plus({ [`${unit}s`]: shift });
      const value = unit === 'year' ? String(d.year) : unit === 'month' ? d.toFormat('yyyy-MM') : isoWeek(d);
      return { type: 'DATE', value, granularity: unit, anchor: 'publication' };
    },
  },
  // the year (ended June 30 → a duration), the full year, the fiscal year
  {
    hint: /year/i,
    re: /\bthe\s+(?:(?:full|fiscal|calendar)\s+)?year\b(?!-|'s|\s+(?:ago|earlier|before|after|two\b|\d))/gi,
    make(m, ctx) {
      if (!ctx.published) return null;
      if (/^\s+(?:ended|ending|to)\b/.test(ctx.sentence.slice(m.index + m[0].length))) return { type: 'DURATION', value: 'P1Y', granularity: 'year', anchor: 'none' };
      return { type: 'DATE', value: String(ctx.published.year), granularity: 'year', anchor: 'publication' };
    },
  },
  // since the start of the war / since the war began
  {
    hint: /since/i,
    re: /\bsince the (?:start|beginning|outbreak) of the (?:full-scale )?(?:war|invasion|conflict)\b|\bsince the (?:war|invasion|conflict) (?:began|started)\b/gi,
    make(_m, ctx) {
      const war = WAR_STARTS.find((w) => w.cue.test(ctx.text));
      return war ? { type: 'DATE', value: war.date, granularity: 'day', anchor: 'context' } : null;
    },
  },
  // seasons: last fall, this summer, the winter of 1994
  {
    hint: /spring|summer|fall|autumn|winter/i,
    re: new RegExp(`\\b(?:(this|last|next|the)\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+of\\s+(${YEAR_RE}))?`, 'gi'),
    make(m, ctx) {
      const season = SEASONS[m[2]!.toLowerCase()];
      if (m[3]) return { type: 'DATE', value: `${yearOf(m[3])}-${season}`, granularity: 'season', anchor: 'absolute' };
      // ("the fall of Mirebalais" is its capture, not an autumn.)
      const collapse = m[2]!.toLowerCase() === 'fall' && /^\s+of\b/i.test(m.input!.slice(m.index + m[0].length));
      if (!ctx.published || collapse || (!m[1] && m[2]!.toLowerCase() === 'fall') || (m.index > 0 && /^[A-Z]/.test(m[2]!))) return null;
      const rel = m[1]?.toLowerCase();
      const year = ctx.published.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return { type: 'DATE', value: `${year}-${season}`, granularity: 'season', anchor: 'publication' };
    },
  },
  // the 1990s, the early 1980s, the mid-1990s, the '80s, the nineties
  {
    hint: /0s\b|ties\b/i,
    re: /\b(?:the\s+)?(?:(?:early|mid-?|late|last half of the)\s*)?(?:(1[89]\d0|20[0-2]0)s\b|'(\d)0s\b)|\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    make(m) {
      const value = m[1] ? m[1].slice(0, 3) : m[2] ? `19${m[2]}` : `19${DECADES[m[3]!.toLowerCase()]}`;
      return { type: 'DATE', value, granularity: 'decade', anchor: 'absolute' };
    },
  },
  // the last decade (the calendar decade before this one), the past decade (ten years up to now)
  {
    hint: /decade/i,
    re: /\b(?:the\s+)?(last|past)\s+decade\b/gi,
    make(m, ctx) {
      if (m[1]!.toLowerCase() === 'past') return { type: 'DURATION', value: 'P10Y', granularity: 'decade', anchor: 'none' };
      if (!ctx.published) return null;
      return { type: 'DATE', value: String(Math.floor(ctx.published.year / 10) - 1), granularity: 'decade', anchor: 'publication' };
    },
  },
  // the 20th century
  {
    hint: /century/i,
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/gi,
    make(m) {
      const n = Number.parseInt(m[1]!, 10);
      return n >= 1 ? { type: 'DATE', value: String(n - 1).padStart(2, '0'), granularity: 'century', anchor: 'absolute' } : null;
    },
  },
  // the first half of 1990, the last half of 1989, the first two quarters of 1990
  {
    hint: /half|quarters/i,
    re: new RegExp(`\\b(?:the\\s+)?(first|second|last)\\s+(?:half|two\\s+quarters)\\s+of\\s+(${YEAR_RE})\\b`, 'gi'),
    make(m) {
      return { type: 'DATE', value: `${yearOf(m[2]!)}-H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`, granularity: 'unknown', anchor: 'absolute' };
    },
  },
  // that year, later that year, the following year: the last year the text named
  {
    hint: /year/i,
    re: /\b(?:(?:later|earlier)\s+)?(?:that|the following|the next|the previous)\s+year\b(?!-|'s)/gi,
    make(m, ctx) {
      const years = [...ctx.text.slice(0, ctx.at + m.index).matchAll(/(?<![\d$.,])\b(1[89]\d\d|20\d\d)\b(?!,\d|\d)/g)];
      const last = years[years.length - 1];
      if (!last) return null;
      const shift = /following|next/i.test(m[0]) ? 1 : /previous/i.test(m[0]) ? -1 : 0;
      return { type: 'DATE', value: String(Number.parseInt(last[1]!, 10) + shift), granularity: 'year', anchor: 'context' };
    },
  },
  // in 2014, fiscal 1989, early 1990, the year two thousand, nineteen ninety-six
  {
    hint: /\d\d\d\d|nineteen|thousand/i,
    re: new RegExp(`\\b(?:(?:in|since|by|until|during|of|for|from|fiscal|early|late|mid-|the year)\\s*)?(${YEAR_RE})\\b(?![,.]\\d|\\d|\\s+(?:people|troops|soldiers|members|times|units|tons|votes)\\b)`, 'gi'),
    make(m) {
      if (/^two thousand$/i.test(m[1]!) && !/\byear\b/i.test(m[0])) return null;
      if (/^\d/.test(m[1]!) && m.index > 0 && /[\d,.$]/.test(m.input.charAt(m.index - 1))) return null;
      // A bare year after a capitalised word is part of a name ("Orion 1980"), unless that word starts the sentence.
      if (m[0] === m[1] && /(?<!^|[.!?"'`]\s*)\b[A-Z][a-z]+\s+$/.test(m.input.slice(0, m.index))) return null;
      return { type: 'DATE', value: String(yearOf(m[1]!)), granularity: 'year', anchor: 'absolute' };
    },
  },
  // 2022-11-11
  {
    hint: /\d-\d/,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make(m) {
      const d = DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
      return d.isValid ? { type: 'DATE', value: iso(d), granularity: 'day', anchor: 'absolute' } : null;
    },
  },
  // the past two months, the last 20 years, recent weeks, the next few days, coming quarters
  {
    hint: /minute|hour|day|week|month|quarter|year|decade/i,
    re: /\b(?:the\s+)?(?:(past|last|next|coming)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|several|few|couple of)|(recent|coming|past|future))\s+(minute|hour|day|week|month|quarter|year|decade)s\b/gi,
    make(m) {
      const n = !m[2] ? -1 : /couple/i.test(m[2]) ? 2 : num(m[2]);
      const unit = m[4]!.toLowerCase();
      const t = unit === 'minute' || unit === 'hour' ? 'T' : '';
      return { type: 'DURATION', value: `P${t}${n < 0 ? 'X' : n}${UNIT_CODE[unit]}`, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // the past day, the past hour, the past night: the span up to now ("lost 340 soldiers in the past day")
  {
    hint: /past/i,
    re: /\bthe\s+past\s+(day|hour|night)\b/gi,
    make(m) {
      const unit = m[1]!.toLowerCase();
      return { type: 'DURATION', value: unit === 'hour' ? 'PT1H' : 'P1D', granularity: unit === 'hour' ? 'hour' : 'day', anchor: 'none' };
    },
  },
  // a year ago, three weeks earlier, six months ago; several years ago (a vague past)
  {
    hint: /ago\b|earlier/i,
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|(?:a\s+)?few)\s+(day|week|month|year)s?\s+(ago|earlier)\b/gi,
    make(m, ctx) {
      if (/several|few/i.test(m[1]!)) return { type: 'DATE', value: 'PAST_REF', granularity: 'unknown', anchor: 'publication' };
      if (!ctx.published) return null;
      const n = Math.max(1, num(m[1]!));
      const unit = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
      const d = ctx.published.minus({ [`${unit}s`]: n });
      if (unit === 'year' && n === 1 && quarterly(ctx)) {
        const ref = reportQuarter(ctx, ctx.published);
        return { type: 'DATE', value: `${ref.year - n}-Q${ref.q}`, granularity: 'quarter', anchor: 'context' };
      }
      const value = unit === 'year' ? String(d.year) : unit === 'month' ? d.toFormat('yyyy-MM') : unit === 'week' ? isoWeek(d) : iso(d);
      return { type: 'DATE', value, granularity: unit, anchor: 'publication' };
    },
  },
  // two-year, 10-year, 30-year (as adjectives: durations; not ages, "6-year-old")
  {
    hint: /-(?:year|month|week|day|hour|minute)/i,
    re: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)-(year|month|week|day|hour|minute)\b(?!-old)/gi,
    make(m) {
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      return { type: 'DURATION', value: `P${unit === 'minute' || unit === 'hour' ? 'T' : ''}${n < 0 ? 'X' : n}${UNIT_CODE[unit]}`, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // for years, over decades, in years, the weeks ahead
  {
    hint: /years|months|weeks|days|decades/i,
    re: /\b(?:(?:for|over|within|in recent|in)\s+(years|months|weeks|days|decades)\b(?!\s+(?:ago|earlier|later|before|after|of|to)\b)|the\s+(years|months|weeks|days)\s+ahead\b)/gi,
    make(m) {
      const unit = (m[1] ?? m[2]!).toLowerCase();
      const code = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE' }[unit]!;
      return { type: 'DURATION', value: `PX${code}`, granularity: (unit === 'decades' ? 'decade' : unit.replace(/s$/, '')) as Granularity, anchor: 'none' };
    },
  },
  // now, currently, recently, the past, the future, the then current ("soon" and "previously" are rarely marked as times)
  {
    hint: /now|current|present|recent|past|future/i,
    re: /\b(then[\s-]current|now|currently|current|at present|presently|nowadays|recently|recent|the past(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several|decade|century|centuries|day|hour|night)\b)|the (?:near )?future)\b/gi,
    make(m) {
      const w = m[1]!.toLowerCase();
      const value = /^then/.test(w) ? 'PAST_REF' : /now|current|present|today/.test(w) ? 'PRESENT_REF' : /recent|past/.test(w) ? 'PAST_REF' : 'FUTURE_REF';
      return { type: 'DATE', value, granularity: 'unknown', anchor: 'publication' };
    },
  },
  // durations: for three days, 24 hours, two weeks, two decades, a couple of years (not rates: "$2 million a year", "24 hours a day")
  {
    hint: /minute|hour|day|week|month|year|decade/i,
    re: new RegExp(`\\b(?:for\\s+|over\\s+|in\\s+|within\\s+)?(${N_WORD}|a couple of|a hundred)(\\s+1/2)?\\s+(?:more\\s+|additional\\s+)?(minute|hour|day|week|month|year|decade)s?\\b(?!\\s+(?:ago|old|earlier)|-old)(\\s+and\\s+a\\s+half)?`, 'gi'),
    make(m, ctx) {
      const n = /couple/i.test(m[1]!) ? 2 : /hundred/i.test(m[1]!) ? 100 : num(m[1]!);
      const unit = m[3]!;
      if (unit !== unit.toLowerCase()) return null;
      // ("a decades-long conflict": an article before a plural counts nothing.)
      if (/^an?$/i.test(m[1]!) && new RegExp(`${unit}s(?:\\s+and\\s+a\\s+half)?$`).test(m[0])) return null;
      if (/^an?$/i.test(m[1]!) && /(?:\d|\b(?:million|billion|thousand|hundred|percent|times|flights|seats))\S*\s+(?:\S+\s+)?$/i.test(ctx.sentence.slice(0, m.index))) return null;
      const timePart = unit === 'minute' || unit === 'hour';
      const half = (m[2] || m[4]) && n > 0 ? HALF[unit] : '';
      const value = unit === 'decade' ? `P${n < 0 ? 'X' : n * 10}Y` : `P${timePart ? 'T' : ''}${n < 0 ? 'X' : n}${UNIT_CODE[unit]}${half ?? ''}`;
      return { type: 'DURATION', value, granularity: unit as Granularity, anchor: 'none' };
    },
  },
  // sets: every day, daily, weekly
  {
    hint: /every|daily|weekly|monthly|nightly|hourly/i,
    re: /\b(every\s+(night|morning)|daily|weekly|monthly|nightly|hourly)\b/gi,
    make(m) {
      const w = (m[2] ?? m[1]!).toLowerCase();
      const value = w === 'hourly' ? 'PT1H' : /day|daily|night|morning/.test(w) ? 'P1D' : /week/.test(w) ? 'P1W' : /month/.test(w) ? 'P1M' : 'P1Y';
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
export function findTimes(sentence: string, offset: number, ctx: Omit<Context, 'sentence' | 'at'>): TimexFound[] {
  const found: TimexFound[] = [];
  const taken: [number, number][] = [];
  const full: Context = { ...ctx, sentence, at: offset };
  for (const rule of rules) {
    if (!rule.hint.test(sentence)) continue;
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

/**
 * The stretches of text to search for times: the sentences, except that a sentence split after
 * "a.m."/"p.m." is joined to the next when that goes on with the time ("at 10 p.m. | Wednesday, police said").
 *
 * @example
 * timeWindows(text, doc.layers.sentences) // [{start: 0, end: 48}, …]
 */
export function timeWindows(text: string, sentences: readonly { readonly start: number; readonly end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && /\b[ap]\.m\.$/i.test(text.slice(last.start, last.end)) && CLOCK_GOES_ON.test(text.slice(s.start, s.end))) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const CLOCK_GOES_ON = new RegExp(`^(?:\\(?(?:GMT|UTC|EST|EDT|CET|CEST|MSK|local time)\\b|(?:on\\s+)?${WEEKDAY_RE}\\b|${MONTH_RE}\\s+\\d|today\\b|tomorrow\\b|yesterday\\b|\\p{Ll})`, 'u');

/** Parses a publication date (ISO date or date-time) to the calendar day it names, or null. */
export function publicationDay(published: string | null): DateTime | null {
  if (!published) return null;
  const d = DateTime.fromISO(published, { setZone: true });
  return d.isValid ? DateTime.fromObject({ year: d.year, month: d.month, day: d.day }) : null;
}
