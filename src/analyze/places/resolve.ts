/**
 * Resolving toponyms with context: exact curated phrases first ("Kherson region", "Dnieper River",
 * "southern Ukraine"), then curated names by category (a name after "the" or typed LOC is a river
 * before it is a city), then cities, ranked by population, the article's country focus and
 * distance to the places already resolved. A river gets the point of its stretch nearest the
 * article's focus. Nothing found: unresolved, not a guess.
 */
import { nameKey } from '../ner/romanise.js';
import { type Candidate, type Gazetteer, phraseKey } from './gazetteer.js';

/** Great-circle distance in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A toponym to resolve. */
export interface Toponym {
  /** The words as they stand ("Kherson region", "Dnieper"). */
  readonly text: string;
  /** The entity type the entity stage gave it. */
  readonly type: 'GPE' | 'LOC' | 'FAC';
  /** Preceded by "the" ("over the Dnipro"). */
  readonly definite: boolean;
}

/** The candidates for a toponym, best first, before context. */
export function candidates(g: Gazetteer, t: Toponym): Candidate[] {
  const exact = g.phrases.get(phraseKey(t.text));
  if (exact) return [...exact];
  const key = nameKey(t.text);
  const regionWord = /\b(region|oblast|province|governorate|krai)\b/i.test(t.text);
  const waterFirst = t.type === 'LOC' || t.definite || /\b(river|sea)\b/i.test(t.text);
  const order = regionWord ? ['admin'] : waterFirst ? ['water', 'facility', 'country'] : t.type === 'FAC' ? ['facility'] : ['country', 'facility'];
  for (const cat of order) {
    const hit = g.curated.get(`${key}#${cat}`);
    if (hit) return [hit];
  }
  if (regionWord || t.type === 'FAC') return [];
  const cities = g.cities.get(key);
  if (cities?.length) return [...cities];
  // A bare region name with no city of that name ("Donbas", "Darfur").
  const admin = g.curated.get(`${key}#admin`);
  return admin ? [admin] : [];
}

/** What the resolver knows about the article so far. */
export interface Focus {
  /** Country code → weight (mentions of the country, of its regions and of unambiguous cities). */
  readonly countries: ReadonlyMap<string, number>;
  /** Points already resolved with confidence. */
  readonly points: readonly (readonly [number, number])[];
}

/** Picks among candidates with the article's focus; returns the place and the point to use. */
export function choose(cands: readonly Candidate[], focus: Focus): { place: Candidate; point: readonly [number, number]; confidence: number } | null {
  if (cands.length === 0) return null;
  const total = [...focus.countries.values()].reduce((a, b) => a + b, 0) || 1;
  const near = (p: readonly [number, number]): number => (focus.points.length ? Math.min(...focus.points.map((q) => distanceKm(p, q))) : Number.POSITIVE_INFINITY);
  let best: { place: Candidate; point: readonly [number, number]; score: number } | null = null;
  let second = -Infinity;
  for (const c of cands) {
    // A river's stretch: the point nearest the article's places on average (its centre of gravity).
    const mean = (p: readonly [number, number]): number => focus.points.reduce((sum, q) => sum + distanceKm(p, q), 0) / focus.points.length;
    const point = c.points.length > 1 && focus.points.length ? [...c.points].sort((a, b) => mean(a) - mean(b))[0]! : c.points[0]!;
    const countryShare = c.country ? (focus.countries.get(c.country) ?? 0) / total : 0;
    const d = near(point);
    // Curated places carry no population: weigh them as the large places they are.
    const size = c.population || (c.precision === 'country' ? 5e7 : c.precision === 'region' ? 5e6 : 1e4);
    const score = Math.log10(size + 10) + 4 * countryShare + (d < 100 ? 2 : d < 400 ? 1 : 0);
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { place: c, point, score };
    } else second = Math.max(second, score);
  }
  if (!best) return null;
  const margin = best.score - (second === -Infinity ? best.score - 3 : second);
  return { place: best.place, point: best.point, confidence: Math.round(Math.min(1, 0.5 + margin / 6) * 100) / 100 };
}
