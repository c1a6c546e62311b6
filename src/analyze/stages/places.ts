/**
 * The 'places' stage: toponyms from the entity stage resolved to coordinates with a precision
 * flag. Metonymy and non-places ("Moscow ordered", "Moscow time") are left out; a vague region
 * ("southern Ukraine") is a region with a rough point; nothing found stays unresolved.
 */
import type { Mention, Place, PlaceUse } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type PlaceId, asId } from '../../core/ids.js';
import { type Gazetteer, gazetteer, phraseKey } from '../places/gazetteer.js';
import { DEMONYMS } from '../places/features.js';
import { GIVEN_NAMES } from '../ner/lexicons.js';
import { type Toponym, resolveAll, sameCityWord } from '../places/resolve.js';
import { nameKey } from '../ner/romanise.js';
import { defineStage } from '../pipeline.js';

const METONYMY_AFTER =
  /^\s+(?:(?:has|have|had|did|does|do|would|will|could)\s+)?(?:(?:not|never|also|repeatedly|long|previously)\s+)?(ordered|orders|said|says|say|announced|claimed|claims|denied|denies|deny|accused|accuses|warned|insisted|decided|wants|demanded|responded|respond|rejected|rejects|reject|threatened|vowed|signed|agreed|comment|commented|confirm|confirmed|confirms|blamed|blames|time)\b/i;
/** A participle joined to a name by a hyphen, making it an adjective of a side: "Rwanda-backed", "Saudi-led". */
const SIDE_ADJECTIVE = /^-(?:backed|led|controlled|held|allied|aligned|funded|supported|sponsored|brokered|mediated|run|armed|trained)\b/i;
const LOCATIVE_BEFORE = /\b(in|at|near|from|to|into|outside|around|hit|struck|shelled|attacked|of)\s+$/i;
const DIRECTION_BEFORE =
  /\b(southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\s+$/i;

/** Places of the article. */
export const placesStage = defineStage({
  name: 'places',
  version: 1,
  requires: ['sentences', 'mentions', 'entities'],
  assigns: ['places'],
  run(doc: Doc) {
    const g = gazetteer();
    const text = doc.text;
    const drafts: {
      start: number;
      end: number;
      mention: Place['mention'];
      toponym: Toponym;
      text: string;
      use: PlaceUse;
    }[] = [];
    const add = (start: number, end: number, m: Mention, use: PlaceUse, type: Toponym['type']): void => {
      if (drafts.some((d) => d.start < end && start < d.end)) return;
      const words = text.slice(start, end);
      const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start));
      drafts.push({
        start,
        end,
        mention: m.id,
        toponym: { text: words, type, definite, after: text.slice(end, end + 30) },
        text: words,
        use,
      });
    };
    // The article's people named in full: their surnames (a bare "Ripley" the tagger took for a place is Sheriff Ripley), and
    // the entities a name alone may be joined to ("Victoria" of "Victoria Amelina").
    const fullNames = doc.layers.mentions.filter((m) => m.kind === 'name' && m.type === 'PERSON' && /\s/.test(doc.slice(m)));
    const surnames = new Set(fullNames.map((m) => doc.slice(m).split(/\s+/).pop()!));
    const namedInFull = new Set(fullNames.map((m) => m.entity));
    for (const m of doc.layers.mentions) {
      if (m.kind !== 'name') continue;
      const words = doc.slice(m);
      if (NOT_PLACES.has(words.toLowerCase().replace(/\.$/, '')) || (!/\s/.test(words) && (surnames.has(words) || (m.type === 'PERSON' && namedInFull.has(m.entity)))))
        continue;
      if (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC') {
        let start = m.start;
        const dir = DIRECTION_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
        if (dir) start = m.start - dir[0].length;
        // "Moscow ordered", "Moscow time": the government or a time zone, not a location — unless "in Moscow …".
        const locative = /\b(in|at|from|to|near|of|across|over)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
        if (METONYMY_AFTER.test(text.slice(m.end, m.end + 20)) && !locative) continue;
        // (Nor a unit named after a place: "the Azov regiment", "the Aidar battalion".)
        if (/^\s+(?:regiment|battalion|brigade|division|corps|militia)\b/i.test(text.slice(m.end, m.end + 14))) continue;
        // ("the [Rwanda]-backed M23": a side named in an adjective, not where anything is.)
        if (SIDE_ADJECTIVE.test(text.slice(m.end, m.end + 14))) {
          add(start, m.end, m, 'in-name', m.type);
          continue;
        }
        add(start, m.end, m, 'location', m.type);
        continue;
      }
      const metonymy = METONYMY_AFTER.test(text.slice(m.end, m.end + 20));
      const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
      // A name the tagger typed otherwise that the gazetteer knows as a country, region or county
      // ("Texas", "Licking County"), a demonym ("Russian"), or a sizeable town after a locative word.
      const whole = known(g, words);
      if (whole === 'demonym') add(m.start, m.end, m, 'demonym', 'GPE');
      else if (metonymy && whole !== null) continue;
      else if (whole === 'region' || (whole === 'town' && locative)) add(m.start, m.end, m, 'location', 'GPE');
      else if (m.type === 'ORG' || m.type === 'MISC') {
        // A place at the head of another name ("Minnesota State Patrol", "Sri Lankan government")
        // or after its "of" ("University of Alexandria").
        const inner = placeInName(g, words);
        if (inner) add(m.start + inner.start, m.start + inner.end, m, inner.demonym ? 'demonym' : 'in-name', 'GPE');
      }
    }
    // A name placed once is placed alike elsewhere in the article, whatever the tagger typed it.
    const located = new Set(drafts.filter((d) => d.use === 'location').map((d) => d.text));
    for (const m of doc.layers.mentions) {
      const words = doc.slice(m);
      if (m.kind !== 'name' || !located.has(words) || METONYMY_AFTER.test(text.slice(m.end, m.end + 20))) continue;
      // Not a surname of the article's people nor a given name ("George").
      if (
        m.type === 'PERSON' &&
        (surnames.has(words) || GIVEN.has(words.toLowerCase())) &&
        known(g, words) !== 'region'
      )
        continue;
      add(m.start, m.end, m, 'location', 'GPE');
    }
    // A name the text calls a city, town or village once is one everywhere in it ("the Ukrainian city of Dnipro", not the river).
    const towns = new Set(drafts.filter((d) => /\b(?:city|town|village)\s+of\s+$/i.test(text.slice(Math.max(0, d.start - 16), d.start))).map((d) => d.text));
    const picks = resolveAll(
      g,
      drafts.map((d) => (towns.has(d.text) ? { ...d.toponym, town: true } : d.toponym)),
    );
    const places = drafts.map((d, i): Place => {
      const pick = picks[i] ?? null;
      return {
        id: asId<PlaceId>(`p${i + 1}`),
        start: d.start,
        end: d.end,
        mention: d.mention,
        name: pick?.place.name ?? d.text,
        featureKind: pick?.place.featureKind ?? 'unknown',
        precision: pick?.place.precision ?? 'unresolved',
        lat: pick ? pick.point[0] : null,
        lon: pick ? pick.point[1] : null,
        geonameid: pick?.place.geonameid ?? null,
        countryCode: pick?.place.country ?? null,
        confidence: pick?.confidence ?? 0,
        use: d.use,
      };
    });
    doc.layers.places = withOffsets(text, places).map((p, i) => ({ ...p, id: asId<PlaceId>(`p${i + 1}`) }));
  },
});

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'a hundred': 100,
};
const BEARING: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};
/** "about 10 kilometers west of (the city of) ", ending where the anchor place begins. */
const OFFSET =
  /(?:(?:about|around|some|roughly|approximately|nearly|almost|just|more than|less than|over|under)\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)[\s-]*(km|kilometers?|kilometres?|miles?)\s+(?:\([^)]{1,20}\)\s+)?(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+(?:city|town|village|port|settlement|region)\s+of\s+)?$/i;

/** The point `km` kilometres from `from` on a compass bearing (great circle). */
function destination(from: readonly [number, number], bearing: number, km: number): [number, number] {
  const rad = Math.PI / 180;
  const d = km / 6371;
  const lat1 = from[0] * rad;
  const lon1 = from[1] * rad;
  const b = bearing * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  const round = (x: number): number => Math.round((x / rad) * 1e4) / 1e4;
  return [round(lat2), round(lon2)];
}

/**
 * Relative places: "Bilozerka, about 10 kilometers west of the city of Kherson" places an
 * unresolved Bilozerka 10 km west of Kherson; with no name before it, the phrase itself becomes a
 * place ("30 km north of Kherson"). Precision 'city': an offset from a town's centre is not a point.
 */
function withOffsets(text: string, places: readonly Place[]): Place[] {
  const out = [...places];
  for (const anchor of places) {
    if (anchor.lat === null || anchor.lon === null || anchor.use !== 'location') continue;
    const m = OFFSET.exec(text.slice(Math.max(0, anchor.start - 90), anchor.start));
    if (!m) continue;
    const start = anchor.start - m[0].length;
    const amount = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const km = /^mi/i.test(m[2]!) ? amount * 1.609 : amount;
    const point = destination([anchor.lat, anchor.lon], BEARING[m[3]!.toLowerCase().replace('-', '')]!, km);
    const label = `${Math.round(km)} km ${m[3]!.toLowerCase().replace('-', '')} of ${anchor.name}`;
    const before = out.findIndex((p) => p.end <= start && /^[\s,(–—-]{0,4}$/.test(text.slice(p.end, start)));
    const named = before >= 0 ? out[before]! : null;
    if (named && named.precision === 'unresolved') {
      out[before] = {
        ...named,
        lat: point[0],
        lon: point[1],
        precision: 'city',
        featureKind: 'relative',
        confidence: 0.5,
        name: `${named.name} (${label})`,
      };
    } else if (!named) {
      const stop = start + m[0].replace(/\s+of\s+(?:the\s+\w+\s+of\s+)?$/i, '').length;
      out.push({
        ...anchor,
        start,
        end: stop,
        mention: null,
        name: label,
        featureKind: 'relative',
        precision: 'city',
        lat: point[0],
        lon: point[1],
        geonameid: null,
        confidence: 0.5,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What the gazetteer knows a name as: a country, region or county, a demonym, a sizeable town, or nothing. */
function known(g: Gazetteer, words: string): 'region' | 'demonym' | 'town' | null {
  const key = phraseKey(words);
  if (DEMONYMS[key] !== undefined || DEMONYMS[key.replace(/s$/, '')] !== undefined) return 'demonym';
  const exact = g.phrases.get(key) ?? [];
  if (exact.some((c) => c.precision === 'country' || c.featureCode === 'ADM1' || c.featureCode === 'ADM2'))
    return 'region';
  // "National" is not National City.
  if (/^\p{Lu}/u.test(words) && (g.cities.get(nameKey(words)) ?? []).some((c) => c.population >= 20000 && sameCityWord(c.name, words))) return 'town';
  // (Or by a spelling the news uses for it: "Khan Younis", the gazetteer's Khān Yūnis.)
  if (/^\p{Lu}/u.test(words) && exact.some((c) => c.geonameid !== null && c.population >= 20000 && c.featureCode.startsWith('PPL'))) return 'town';
  return null;
}

const GIVEN = new Set(GIVEN_NAMES);

/** Words the tagger sometimes takes for places: titles, months, holidays, faiths, generic nouns. */
const NOT_PLACES = new Set(
  (
    'mr mrs ms dr sgt capt lt col gen st rev gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday ' +
    'friday saturday sunday christmas easter thanksgiving christianity islam judaism web internet defense defence college chapel church hall ' +
    'county place loop central north south east west western eastern northern southern royal superior union six city state middle school'
  ).split(' '),
);

const INSTITUTION =
  /^['’]?s?\s+(Police|Sheriff|Sheriff['’]s|County|City|Fire|Department|Public|Schools?|High|Middle|Elementary|Council|Mayor|Chamber|Board|Library|Hospital|Medical|Regional|Municipal|Area|Community|Housing|Water|Parks?|Commission|Court|Township|Daily|Times|Post|Herald|Tribune|Journal|News|Gazette|Register|Press|Chronicle|Observer|Airport|Zoo|Museum|Church|College|University|Planning|Village|Town|Borough|Transit|Utilities|Memorial|Rotary|Lions|Convention|Economic|Historical|Society|Cemetery|Health|Animal|Humane|Civic|Recreation|Senior|Center|Centre|Club|Youth|Volunteer|Rescue|Emergency|Police['’]s|Government|Municipality|Province|Governor|Legislature|Assembly|Port|Harbor|Harbour|State)\b/;

/** The span of a place at the head of a longer name, or after its "of". */
function placeInName(g: Gazetteer, words: string): { start: number; end: number; demonym: boolean } | null {
  const tokens = [...words.matchAll(/[\p{L}\p{N}.'’-]+/gu)];
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const end = tokens[n - 1]!.index! + tokens[n - 1]![0].length;
    // "Minnesota State Patrol": the place is Minnesota.
    const head = words
      .slice(0, end)
      .replace(/['’]s$/, '')
      .replace(/\s+State$/, '');
    if (!/^\p{Lu}/u.test(tokens[n - 1]![0])) continue;
    const kind = known(g, head);
    if (kind === 'demonym') return { start: 0, end: head.length, demonym: true };
    // A town heads an institution's name only before a word that says so ("Mansfield Police
    // Department", not "National Guard" or "Toyota Motor").
    if (kind === 'region' || (kind === 'town' && INSTITUTION.test(words.slice(end))))
      return { start: 0, end: head.length, demonym: false };
  }
  const of = /\bof\s+((?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})$/u.exec(words);
  if (of) {
    const tail = of[1]!.replace(/^the\s+/, '');
    const kind = known(g, tail);
    if (kind === 'region' || kind === 'town')
      return { start: words.length - tail.length, end: words.length, demonym: false };
  }
  return null;
}
