/**
 * The article's country focus: countries named, and the countries of regions, rivers, facilities
 * and unambiguous cities named, weighted by mentions.
 */
import type { Mention } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type Gazetteer, phraseKey } from './gazetteer.js';
import { nameKey } from '../ner/romanise.js';

/** Country code → weight for the article. */
export function pipelineCountryFocus(g: Gazetteer, doc: Doc, toponyms: readonly Mention[]): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (code: string | null, w: number): void => {
    if (code) weights.set(code, (weights.get(code) ?? 0) + w);
  };
  for (const m of toponyms) {
    const words = doc.slice(m);
    const exact = g.phrases.get(phraseKey(words));
    if (exact?.length === 1) {
      add(exact[0]!.country, exact[0]!.precision === 'country' ? 2 : 1);
      continue;
    }
    const cities = g.cities.get(nameKey(words)) ?? [];
    const countries = new Set(cities.map((c) => c.country));
    if (countries.size === 1) add(cities[0]!.country, 1);
  }
  return weights;
}
