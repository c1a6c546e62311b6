/**
 * The state a source speaks for. A country's ministries, its military, its officials, its name and its capital as a
 * speaker ("Moscow claimed", "Russia's defence ministry said", "the Kremlin") are one voice: two of them agreeing is
 * one government repeating itself, not corroboration.
 */
import { COUNTRY_OF, SEATS, institutionKey } from '../ner/institutions.js';
import { nameKey } from '../ner/romanise.js';
import { gazetteer, phraseKey } from '../places/gazetteer.js';


/**
 * Officials of a country, unnamed ("Russian officials", "a Ukrainian official", "a U.S. defence official"), or its missions
 * and government ("the Russian embassy").
 */
const OFFICIALS =
  /^(.+?)\s+(?:(?:(?:government|defen[cs]e|security|intelligence|military|army|navy|police|administration|(?:foreign|interior|defen[cs]e)\s+ministry)\s+)?officials?|embassy|consulate|mission|government|authorities|state\s+(?:media|television|tv|news\s+agency|broadcaster))$/;
/** One who speaks for a country's body ("spokesman for Iran's National Centre of Cyberspace"): the country is group 1. */
const SPEAKS_FOR = /^(?:(?:chief|senior|deputy)\s+)?(?:spokes(?:man|woman|person)|official|adviser|advisor)\s+(?:for|of|at)\s+(?:the\s+)?(.+?)['’]s\s+\S/;

/**
 * One who speaks for a state by office ("the Kremlin's top spokesman", "Russia's foreign minister", "Kremlin spokesman", "Russia's top
 * general", "Iranian army commander-in-chief").
 */
const OFFICE_OF = /^(.+?)(?:'s)?\s+(?:(?:top|chief|main|deputy|senior)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|(?:[\p{L}-]+\s+)?minister|envoy|ambassador|president|general|army\s+chief|military\s+chief|commander(?:-in-chief)?|chief\s+of\s+(?:the\s+)?(?:general\s+)?staff)$/u;

/** An office a state installed ("russian-installed governor"): the state's adjective is group 1. */
const INSTALLED_BY = /^(\p{L}+)-(?:installed|appointed)\s+(?:[\p{L}-]+\s+){0,2}(?:governor|mayor|head|official|authorities|administration|leader)\b/u;

/** The country code of a country's name ("Russia", "Britain"), or null. */
function countryCode(name: string): string | null {
  return gazetteer().phrases.get(phraseKey(name))?.find((c) => c.featureKind === 'country')?.country ?? null;
}

/** The state key of a country named by its name as the institutions table has it: its code where the gazetteer knows it. */
const stateKey = (country: string): string => countryCode(country) ?? country;

/**
 * The state (a country code) a source's name speaks for, or null: a state institution ("Russia's defence ministry",
 * "Israeli military officials"), a seat of government ("the Kremlin"), its spokesman or minister, a country's
 * officials, or, when the source is a place, the country or its capital ("Moscow").
 *
 * @example
 * stateOf('Moscow', true) === stateOf("Russia's defence ministry", false) // 'RU'
 */
export function stateOf(name: string, place: boolean): string | null {
  const phrase = phraseKey(name)
    .replace(/^(?:the|an?)\s+/, '')
    .replace(/^(?:(?:senior|top|high-ranking|local|regional)\s+)+/, '');
  const seat = SEATS.get(phrase);
  if (seat) return stateKey(seat);
  const institution = institutionKey(name);
  if (institution) {
    return stateKey(institution.slice(0, institution.indexOf('|')));
  }
  // (One a state installed speaks for it: "the Russian-installed governor of the city".)
  const installed = INSTALLED_BY.exec(phrase);
  if (installed) return stateOf(installed[1]!, true);
  const office = OFFICE_OF.exec(phrase);
  if (office) return stateOf(office[1]!, true);
  const speaksFor = SPEAKS_FOR.exec(phrase);
  if (speaksFor) return stateOf(speaksFor[1]!, true);
  const officials = OFFICIALS.exec(phrase);
  if (officials) {
    const country = COUNTRY_OF.get(officials[1]!);
    return country ? stateKey(country) : null;
  }
  if (!place) return null;
  const adjective = COUNTRY_OF.get(phrase);
  return (adjective ? countryCode(adjective) : null) ?? countryCode(phrase) ?? gazetteer().cities.get(nameKey(name))?.find((c) => c.featureCode === 'PPLC')?.country ?? null;
}
