/**
 * `sitrep eval geo <XML…>` on LGL, TR-News (`<toponym>` with `<gaztag>`) and GeoVirus
 * (`<location>`): given the gold toponyms, exact GeoNames-id accuracy, accuracy within 161 km and
 * mean error in km of sitrep's resolver (the article's other toponyms give the context); end to
 * end, toponym recognition precision, recall and F1 (overlap) of the full pipeline's places.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { analyze } from '../analyze/analyze.js';
import { distanceKm, gazetteer } from '../analyze/places/gazetteer.js';
import { resolveAll } from '../analyze/places/resolve.js';
import { type EvalRow, type EvalTask, prf } from './report.js';

interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
}

type Node = Record<string, unknown>;
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const num = (v: unknown): number | null => (v === undefined || v === null || v === '' ? null : Number(v));

/** Reads the articles of an LGL / TR-News / GeoVirus file. */
export function readGeoXml(xml: string): { text: string; toponyms: GoldToponym[] }[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: false, parseTagValue: false, trimValues: false });
  const root = parser.parse(xml) as { articles?: { article?: Node | Node[] } };
  return list(root.articles?.article).map((a) => {
    const text = String(a.text ?? '');
    const toponyms: GoldToponym[] = [];
    for (const t of list((a.toponyms as Node | undefined)?.toponym as Node | Node[] | undefined)) {
      const gaz = t.gaztag as Node | undefined;
      toponyms.push({ start: Number(t.start), end: Number(t.end), phrase: String(t.phrase ?? ''), lat: num(gaz?.lat), lon: num(gaz?.lon), geonameid: num(gaz?.['@geonameid']) });
    }
    for (const l of list((a.locations as Node | undefined)?.location as Node | Node[] | undefined)) {
      toponyms.push({ start: Number(l.start), end: Number(l.end), phrase: String(l.name ?? ''), lat: num(l.lat), lon: num(l.lon), geonameid: null });
    }
    return { text, toponyms };
  });
}

/** The geo eval task. */
export const geoTask: EvalTask = {
  name: 'geo',
  describe: 'toponym resolution and recognition on LGL, TR-News and GeoVirus',
  defaultPaths: ['data/geo/lgl.xml', 'data/geo/TR-News.xml', 'data/geo/GeoVirus.xml'],
  async run(paths, options) {
    const g = gazetteer();
    const rows: EvalRow[] = [];
    const summary: string[] = [];
    for (const file of paths) {
      const name = path.basename(file, '.xml');
      let articles = readGeoXml(readFileSync(file, 'utf8'));
      if (options.limit !== undefined) articles = articles.slice(0, options.limit);
      let scored = 0;
      let within = 0;
      let exact = 0;
      let withId = 0;
      let unresolved = 0;
      let errorSum = 0;
      let resolved = 0;
      let tp = 0;
      let predicted = 0;
      let goldCount = 0;
      for (const a of articles) {
        // Resolution given the gold toponyms: the article's other toponyms give the context.
        const picks = resolveAll(
          g,
          a.toponyms.map((t) => ({ text: t.phrase || a.text.slice(t.start, t.end), type: 'GPE' as const, definite: false, after: a.text.slice(t.end, t.end + 30) })),
        );
        a.toponyms.forEach((t, i) => {
          if (t.lat === null || t.lon === null) return;
          scored++;
          const pick = picks[i];
          if (t.geonameid !== null) {
            withId++;
            if (pick?.place.geonameid === t.geonameid) exact++;
          }
          if (!pick) {
            unresolved++;
            return;
          }
          const d = distanceKm(pick.point, [t.lat, t.lon]);
          resolved++;
          errorSum += d;
          if (d <= 161) within++;
        });
        // End to end: the pipeline's places against the gold toponym spans.
        const places = analyze({ text: a.text, origin: name }).layers.places;
        predicted += places.length;
        goldCount += a.toponyms.length;
        tp += a.toponyms.filter((t) => places.some((p) => p.start < t.end && t.start < p.end)).length;
      }
      const rec = prf(Math.min(tp, predicted), Math.max(0, predicted - tp), goldCount - tp);
      rows.push(
        {
          name: `${name} resolution (gold toponyms)`,
          system: 'sitrep',
          metrics: { acc161: scored ? within / scored : 0, exactId: withId ? exact / withId : null, meanKm: resolved ? errorSum / resolved : null, unresolved: scored ? unresolved / scored : 0 },
        },
        { name: `${name} recognition (end to end)`, system: 'sitrep', metrics: { P: rec.precision, R: rec.recall, F1: rec.f1 } },
      );
      summary.push(`${name} acc@161 ${(scored ? within / scored : 0).toFixed(3)}, recognition F1 ${rec.f1.toFixed(3)}`);
    }
    return {
      task: 'geo',
      data: paths.join(', '),
      rows,
      notes: ['accuracy within 161 km counts unresolved toponyms as wrong; mean error is over resolved ones'],
      summary: `geo: ${summary.join('; ')}`,
    };
  },
};
