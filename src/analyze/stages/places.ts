/**
 * The 'places' stage: toponyms from the entity stage resolved to coordinates with a precision
 * flag. Metonymy and non-places ("Moscow ordered", "Moscow time") are left out; a vague region
 * ("southern Ukraine") is a region with a rough point; nothing found stays unresolved.
 */
import type { Place } from '../../core/annotations.js';
import type { Doc } from '../../core/doc.js';
import { type PlaceId, asId } from '../../core/ids.js';
import { gazetteer } from '../places/gazetteer.js';
import { type Toponym, resolveAll } from '../places/resolve.js';
import { nameKey } from '../ner/romanise.js';
import { defineStage } from '../pipeline.js';

const METONYMY_AFTER = /^\s+(ordered|orders|said|says|announced|claimed|claims|denied|denies|accused|accuses|warned|insisted|decided|wants|demanded|responded|rejected|threatened|vowed|signed|agreed|time)\b/i;
const LOCATIVE_BEFORE = /\b(in|at|near|from|to|into|outside|around|hit|struck|shelled|attacked|of)\s+$/i;
const DIRECTION_BEFORE = /\b(southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\s+$/i;

/** Places of the article. */
export const placesStage = defineStage({
  name: 'places',
  version: 1,
  requires: ['sentences', 'mentions', 'entities'],
  assigns: ['places'],
  run(doc: Doc) {
    const g = gazetteer();
    const text = doc.text;
    // Toponyms: place-typed names, and a name the tagger took for a person after a locative word
    // ("shelling hit Mykolaiv") when the gazetteer knows a sizeable town by that name.
    const toponyms = doc.layers.mentions.filter(
      (m) =>
        m.kind === 'name' &&
        (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC' || (m.type !== 'ORG' && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && (g.cities.get(nameKey(doc.slice(m))) ?? []).some((c) => c.population >= 50000))),
    );
    const drafts: { start: number; end: number; mention: Place['mention']; toponym: Toponym; text: string }[] = [];
    for (const m of toponyms) {
      let start = m.start;
      const dir = DIRECTION_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
      if (dir) start = m.start - dir[0].length;
      // "Moscow ordered", "Moscow time": the government or a time zone, not a location — unless "in Moscow …".
      const locative = /\b(in|at|from|to|near|of|across|over)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      if (METONYMY_AFTER.test(text.slice(m.end, m.end + 20)) && !locative) continue;
      const words = text.slice(start, m.end);
      const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start));
      const toponym: Toponym = { text: words, type: m.type as Toponym['type'], definite, after: text.slice(m.end, m.end + 30) };
      drafts.push({ start, end: m.end, mention: m.id, toponym, text: words });
    }
    const picks = resolveAll(g, drafts.map((d) => d.toponym));
    doc.layers.places = drafts.map((d, i): Place => {
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
      };
    });
  },
});
