/**
 * A state institution as the news names it in many ways: "the Israeli military", "An Israeli
 * military official", "Israel's army" and "Israel Defense Forces" are one institution of one
 * country. Sources that are one institution are one source when sitrep counts independent ones.
 */
import { DEMONYMS, remembered } from './romanise.js';

/** The names and adjectives of the countries in the news (lower case), each with its country. */
export const COUNTRY_NAMES: readonly [string, string][] = Object.entries(DEMONYMS).flatMap(([country, adjective]): [string, string][] => [
  [country, country],
  [adjective, country],
]);

/** Other names and abbreviations of countries (lower case), each with its country ("U.S.", "UAE", "UK"). */
export const COUNTRY_ABBREVIATIONS: readonly [string, string][] = [
  ['u.s.', 'united states'],
  ['american', 'united states'],
  ['united states', 'united states'],
  ['uae', 'united arab emirates'],
  ['u.k.', 'britain'],
  ['uk', 'britain'],
  ['united kingdom', 'britain'],
];

/** Adjective or name (lower case) → the country ("us" too, where the words are lower case). */
export const COUNTRY_OF = new Map<string, string>([...COUNTRY_NAMES, ...COUNTRY_ABBREVIATIONS, ['us', 'united states']]);

/** Seats of government the news names a government by ("the Kremlin said") → the country (lower case). */
export const SEATS: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'russia'],
  ['white house', 'united states'],
  ['pentagon', 'united states'],
  ['centcom', 'united states'],
  ['state department', 'united states'],
  ['downing street', 'britain'],
  ['elysee', 'france'],
  ['élysée', 'france'],
  ['élysée palace', 'france'],
  ['elysee palace', 'france'],
]);

/** Words naming an institution → the institution. */
const INSTITUTIONS: readonly [RegExp, string][] = [
  [/^(?:military|army|armed forces|defen[cs]e forces|forces)$/, 'military'],
  // (Its services and commands, each its own institution of the state: "Ukraine's air force", "the Russian General Staff",
  // "Iran's Revolutionary Guards", "U.S. Central Command".)
  [/^air force$/, 'air force'],
  [/^navy$/, 'navy'],
  [/^general staff$/, 'general staff'],
  [/^air defen[cs]es?(?: forces)?$/, 'air defence'],
  [/^(?:national guard|border guards?|coast guard)$/, 'guard'],
  [/^revolutionary guards?(?: corps)?$/, 'revolutionary guards'],
  [/^central command$/, 'central command'],
  [/^(?:state )?emergency services?$/, 'emergency service'],
  [/^(?:government|cabinet|administration|authorities)$/, 'government'],
  // (A state's rulers by how they came to rule: "Mali's junta", "the Myanmar military regime".)
  [/^(?:(?:ruling|military) )?(?:junta|regime)$|^military government$/, 'government'],
  [/^police$/, 'police'],
  [/^(?:defen[cs]e|foreign|interior|health) ministry$/, ''],
  [/^ministry of (?:defen[cs]e|foreign affairs|the interior|interior|health)$/, ''],
];

/** Who speaks for an institution ("official", "spokesman"): the institution is the source. */
const ROLE = /\s+(?:officials?|spokes(?:man|woman|person)|sources?|officers?|statement)$/;

/**
 * The key of a state institution a phrase names (country and institution), or null.
 *
 * @example
 * institutionKey('An Israeli military official') === institutionKey('Israel Defense Forces') // 'israel|military'
 */
export function institutionKey(phrase: string): string | null {
  // (Remembered: the claims stage asks for a source's key many times.)
  return institutionKeys(phrase);
}

const institutionKeys = remembered(computeKey);

function computeKey(phrase: string): string | null {
  let p = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/^(?:the|an?)\s+/, '')
    .replace(/^(?:(?:senior|top|high-ranking|local|regional)\s+)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  p = p.replace(ROLE, '');
  // The longest country name or adjective the phrase starts with ("saudi arabia", "saudi").
  const words = p.split(' ');
  for (const n of [2, 1]) {
    const country = COUNTRY_OF.get(words.slice(0, n).join(' '));
    // (A government by how it stands: "Yemen's internationally recognised government", "Mali's transitional government".)
    const rest = words.slice(n).join(' ').replace(/^(?:(?:internationally[ -])?recogni[sz]ed|interim|transitional|caretaker)\s+(?=government|authorities|administration)/, '');
    if (!country || !rest) continue;
    const found = INSTITUTIONS.find(([re]) => re.test(rest));
    if (found) return `${country}|${found[1] || portfolioOf(rest)}`;
  }
  return null;
}

/** "defence ministry", "Ministry of Foreign Affairs" → "defense ministry", "foreign ministry". */
function portfolioOf(rest: string): string {
  const m = /^(?:ministry of (?:the )?(\w+)|(\w+) ministry)/.exec(rest)!;
  return `${(m[1] ?? m[2])!.replace('defence', 'defense')} ministry`;
}
