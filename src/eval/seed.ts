/**
 * `sitrep eval seed`: analyses the seed article and scores every section against the hand
 * annotation `gold.json`, by the rule of the seed's README: a predicted span matches a gold span
 * when they overlap and the prediction resolves to the same entity / value / place (within the
 * place's tolerance). Sections whose stage is not built yet score 0 and say so.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze/analyze.js';
import { type AnalysisJson, toJson } from '../analyze/json.js';
import { distanceKm } from '../analyze/places/gazetteer.js';
import { type Span, overlapLength, overlaps } from '../core/span.js';
import { type EvalReport, type EvalRow, type EvalTask, prf } from './report.js';

type Rec = Record<string, unknown>;
interface GoldSpan extends Span {
  readonly text: string;
}
interface GoldEntity {
  readonly id: string;
  readonly type: string;
  readonly mentions: readonly GoldSpan[];
}
interface GoldAttribution {
  readonly id: string;
  readonly speaker: string;
  readonly kind: string;
  readonly channel: string | null;
  readonly speaker_text: GoldSpan | null;
  readonly cue: GoldSpan | null;
  readonly content: GoldSpan;
}
interface GoldClaim {
  readonly id: string;
  readonly overall: string;
  readonly stances: readonly { source: string; status: string; attribution: string | null }[];
  readonly evidence?: GoldSpan;
}
interface GoldTime {
  readonly span: GoldSpan;
  readonly value: string;
  readonly note?: string;
}
interface GoldPlace {
  readonly span: GoldSpan;
  readonly lat: number;
  readonly lon: number;
  readonly tolerance_km: number;
}
interface GoldEvent {
  readonly id: string;
  readonly plover: string;
  readonly mode: string | null;
  readonly location: string;
  readonly time: string;
  readonly trigger: GoldSpan;
  readonly optional?: boolean;
}
/** The parts of `gold.json` the scorer reads. */
export interface SeedGold {
  readonly article: { readonly published: string; readonly file: string };
  readonly entities: readonly GoldEntity[];
  readonly attributions: readonly GoldAttribution[];
  readonly claims: readonly GoldClaim[];
  readonly times: readonly GoldTime[];
  readonly places: readonly GoldPlace[];
  readonly not_places: readonly { span: GoldSpan }[];
  readonly events: readonly GoldEvent[];
}

const asSpan = (v: unknown): Span | null => {
  const r = v as Rec | null;
  return r && typeof r.start === 'number' && typeof r.end === 'number' ? { start: r.start, end: r.end } : null;
};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function row(name: string, tp: number, fp: number, fn: number, note?: string): EvalRow {
  const m = prf(tp, fp, fn);
  return { name, system: 'sitrep', metrics: { P: m.precision, R: m.recall, F1: m.f1, tp, fp, fn }, ...(note ? { note } : {}) };
}

/** Maps each predicted entity id to the gold entity whose mentions it overlaps most (or null). */
function entityMapping(pred: AnalysisJson, gold: SeedGold): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const e of pred.entities) {
    const mentions = ((e.mentions as Rec[]) ?? []).map(asSpan).filter((s): s is Span => s !== null);
    // The gold entity whose mentions the predicted ones cover best (summed Jaccard of spans).
    let best: string | null = null;
    let bestScore = 0;
    for (const g of gold.entities) {
      const score = g.mentions.reduce((sum, gm) => {
        const j = Math.max(0, ...mentions.map((m) => overlapLength(m, gm) / (Math.max(m.end, gm.end) - Math.min(m.start, gm.start))));
        return sum + j;
      }, 0);
      if (score > bestScore) {
        best = g.id;
        bestScore = score;
      }
    }
    map.set(str(e.id), best);
  }
  return map;
}

function notBuilt(pred: AnalysisJson, layer: string): string | undefined {
  const stage = pred.article.stages[layer];
  return stage === undefined || stage.endsWith('.v0') ? `stage for '${layer}' not built yet (scores 0)` : undefined;
}

function scoreEntities(pred: AnalysisJson, gold: SeedGold, mapping: Map<string, string | null>): EvalRow[] {
  const predMentions = pred.entities.flatMap((e) =>
    ((e.mentions as Rec[]) ?? []).map((m) => ({ span: asSpan(m)!, entity: str(e.id), type: str(e.type) })),
  );
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold.entities) {
    const owners = g.mentions.map((gm) => new Set(predMentions.filter((m) => overlaps(m.span, gm)).map((m) => m.entity)));
    const first = owners[0] ?? new Set<string>();
    const ok = [...first].some((id) => mapping.get(id) === g.id && owners.every((o) => o.has(id)));
    if (ok) tp++;
    else missed.push(g.id);
  }
  const scored = pred.entities.filter((e) => e.type !== 'MISC');
  const correct = scored.filter((e) => mapping.get(str(e.id)) !== null && mapping.get(str(e.id)) !== undefined).length;
  const goldMentions = gold.entities.flatMap((g) => g.mentions.map((m) => ({ m, g: g.id })));
  const mentionTp = goldMentions.filter(({ m, g }) => predMentions.some((p) => overlaps(p.span, m) && mapping.get(p.entity) === g)).length;
  const typed = gold.entities.filter((g) =>
    predMentions.some((p) => overlaps(p.span, g.mentions[0]!) && mapping.get(p.entity) === g.id && p.type === g.type),
  ).length;
  const note = notBuilt(pred, 'entities') ?? (missed.length ? `missed or split: ${missed.join(', ')}` : undefined);
  return [
    row('entities (all mentions resolved)', tp, scored.length - correct, gold.entities.length - tp, note),
    row('entity mentions', mentionTp, 0, goldMentions.length - mentionTp),
    { name: 'entity type accuracy', system: 'sitrep', metrics: { acc: typed / gold.entities.length } },
  ];
}

/** Greedy one-to-one matching of predicted to gold attributions by content overlap and speaker. */
function matchAttributions(
  pred: AnalysisJson,
  gold: SeedGold,
  mapping: Map<string, string | null>,
): { pairs: Map<string, string>; contentOnly: number } {
  const goldIds = new Set(gold.entities.map((e) => e.id));
  const speakerOk = (p: Rec, g: GoldAttribution): boolean => {
    const source = p.source as Rec;
    if (goldIds.has(g.speaker)) return source.kind === 'entity' && mapping.get(str(source.entity)) === g.speaker;
    const ps = asSpan(p.speaker);
    if (ps && g.speaker_text && overlaps(ps, g.speaker_text)) return true;
    const label = str(source.label);
    return source.kind === 'nonperson' && label !== '' && g.speaker.includes(label.split('-')[0] ?? label);
  };
  const candidates: { p: string; g: string; score: number; speaker: boolean }[] = [];
  for (const p of pred.attributions) {
    const content = asSpan(p.content);
    if (!content) continue;
    for (const g of gold.attributions) {
      const score = overlapLength(content, g.content);
      if (score > 0) candidates.push({ p: str(p.id), g: g.id, score, speaker: speakerOk(p, g) });
    }
  }
  candidates.sort((a, b) => Number(b.speaker) - Number(a.speaker) || b.score - a.score || a.p.localeCompare(b.p));
  const pairs = new Map<string, string>();
  const usedG = new Set<string>();
  let contentOnly = 0;
  for (const c of candidates) {
    if (pairs.has(c.p) || usedG.has(c.g)) continue;
    usedG.add(c.g);
    if (c.speaker) pairs.set(c.p, c.g);
    else {
      pairs.set(c.p, `!${c.g}`);
      contentOnly++;
    }
  }
  return { pairs, contentOnly };
}

function scoreAttributions(pred: AnalysisJson, gold: SeedGold, pairs: Map<string, string>): EvalRow[] {
  const matched = [...pairs.values()].filter((g) => !g.startsWith('!'));
  const anyContent = pairs.size;
  const byId = new Map(gold.attributions.map((g) => [g.id, g]));
  let kindOk = 0;
  for (const p of pred.attributions) {
    const g = byId.get(pairs.get(str(p.id)) ?? '');
    if (g && g.kind === p.kind) kindOk++;
  }
  const n = gold.attributions.length;
  const missed = gold.attributions.filter((g) => !matched.includes(g.id)).map((g) => g.id);
  const note = notBuilt(pred, 'attributions') ?? (missed.length ? `missed: ${missed.join(', ')}` : undefined);
  return [
    row('attributions (speaker + content)', matched.length, pred.attributions.length - matched.length, n - matched.length, note),
    row('attribution content (any speaker)', anyContent, pred.attributions.length - anyContent, n - anyContent),
    { name: 'attribution kind accuracy', system: 'sitrep', metrics: { acc: matched.length ? kindOk / matched.length : 0 } },
  ];
}

function scoreClaims(pred: AnalysisJson, gold: SeedGold, pairs: Map<string, string>): EvalRow[] {
  const goldAttr = new Map(gold.attributions.map((a) => [a.id, a]));
  const claimOfGold = (c: Rec): GoldClaim | null => {
    const stances = (c.stances as Rec[]) ?? [];
    const attributed = new Set(stances.map((s) => (pairs.get(str(s.attribution)) ?? '').replace('!', '')));
    const prop = asSpan(c.proposition);
    for (const g of gold.claims) {
      if (g.stances.some((s) => s.attribution !== null && attributed.has(s.attribution))) return g;
    }
    for (const g of gold.claims) {
      const spans = [g.evidence, ...g.stances.map((s) => goldAttr.get(s.attribution ?? '')?.content)].filter(
        (s): s is GoldSpan => s !== undefined,
      );
      if (prop && spans.some((s) => overlaps(s, prop))) return g;
    }
    return null;
  };
  const found = new Map<string, boolean>();
  let fp = 0;
  for (const c of pred.claims) {
    const g = claimOfGold(c);
    if (!g) {
      fp++;
      continue;
    }
    const right = str(c.overall) === g.overall;
    found.set(g.id, (found.get(g.id) ?? false) || right);
  }
  const tp = [...found.values()].filter(Boolean).length;
  const wrong = gold.claims.filter((g) => !found.get(g.id)).map((g) => `${g.id} (${g.overall})`);
  const note = notBuilt(pred, 'claims') ?? (wrong.length ? `wrong or missing: ${wrong.join(', ')}` : undefined);
  const matchedClaims = pred.claims.length - fp;
  return [row('claims (overall status)', tp, fp + (matchedClaims - tp), gold.claims.length - tp, note)];
}

function scoreTimes(pred: AnalysisJson, gold: SeedGold): EvalRow[] {
  const used = new Set<number>();
  let tp = 0;
  const wrong: string[] = [];
  for (const g of gold.times) {
    const i = pred.times.findIndex((t, k) => !used.has(k) && overlaps(asSpan(t)!, g.span) && t.value === g.value);
    if (i >= 0) {
      used.add(i);
      tp++;
    } else wrong.push(`"${g.span.text}"=${g.value}${g.note ? ' (optional)' : ''}`);
  }
  const note = notBuilt(pred, 'times') ?? (wrong.length ? `missed: ${wrong.join(', ')}` : undefined);
  return [row('time values', tp, pred.times.length - tp, gold.times.length - tp, note)];
}

function scorePlaces(pred: AnalysisJson, gold: SeedGold): EvalRow[] {
  const used = new Set<number>();
  let tp = 0;
  const wrong: string[] = [];
  for (const g of gold.places) {
    const i = pred.places.findIndex((p, k) => {
      if (used.has(k) || !overlaps(asSpan(p)!, g.span) || typeof p.lat !== 'number' || typeof p.lon !== 'number') return false;
      return distanceKm([p.lat, p.lon], [g.lat, g.lon]) <= g.tolerance_km;
    });
    if (i >= 0) {
      used.add(i);
      tp++;
    } else wrong.push(`${g.span.text}@${g.span.start}`);
  }
  // The gold marks some mentions of a place, not every repeat: only predictions on a gold span
  // (a place or a not-place) can be judged, so precision counts those.
  const judged = [...gold.places.map((g) => g.span), ...gold.not_places.map((n) => n.span)];
  const resolved = pred.places.filter((p) => typeof p.lat === 'number' && judged.some((j) => overlaps(asSpan(p)!, j))).length;
  const placedNotPlaces = gold.not_places.filter((n) =>
    pred.places.some((p) => typeof p.lat === 'number' && overlaps(asSpan(p)!, n.span)),
  ).length;
  const note = notBuilt(pred, 'places') ?? (wrong.length ? `missed or beyond tolerance: ${wrong.join(', ')}` : undefined);
  return [
    row('places within tolerance', tp, resolved - tp, gold.places.length - tp, note),
    { name: 'not-places placed (want 0)', system: 'sitrep', metrics: { count: placedNotPlaces } },
  ];
}

function scoreEvents(pred: AnalysisJson, gold: SeedGold, mapping: Map<string, string | null>): EvalRow[] {
  const placeById = new Map(pred.places.map((p) => [str(p.id), p]));
  const timeById = new Map(pred.times.map((t) => [str(t.id), t]));
  const goldPlacesOf = (location: string): GoldPlace[] => {
    const ids = gold.entities.filter((e) => location.includes(e.id));
    return gold.places.filter((p) => ids.some((e) => e.mentions.some((m) => m.text === p.span.text)));
  };
  let typeTp = 0;
  let fullTp = 0;
  const required = gold.events.filter((e) => !e.optional);
  const misses: string[] = [];
  for (const g of gold.events) {
    // An event matches by any of its reports ("completed their withdrawal" … "Russia's retreat").
    const triggers = (e: Record<string, unknown>) => (Array.isArray(e.mentions) ? e.mentions.map((m) => asSpan((m as Record<string, unknown>).trigger)) : [asSpan(e.trigger)]);
    const hits = pred.events.filter((e) => e.type === g.plover && triggers(e).some((t) => t !== null && overlaps(t, g.trigger)));
    if (hits.length === 0) {
      if (!g.optional) misses.push(`${g.id} ${g.plover}`);
      continue;
    }
    typeTp++;
    const full = hits.some((e) => {
      const place = placeById.get(str(e.place));
      const time = timeById.get(str(e.time));
      const placeOk =
        place !== undefined &&
        typeof place.lat === 'number' &&
        goldPlacesOf(g.location).some((gp) => distanceKm([place.lat as number, place.lon as number], [gp.lat, gp.lon]) <= gp.tolerance_km);
      return placeOk && time !== undefined && time.value === g.time && (g.mode === null || e.mode === g.mode);
    });
    if (full) fullTp++;
    else if (!g.optional) misses.push(`${g.id} place/time/mode`);
  }
  void mapping;
  const note = notBuilt(pred, 'events') ?? (misses.length ? `missed: ${misses.join(', ')}` : undefined);
  return [
    row('events (type)', typeTp, pred.events.length - typeTp, Math.max(0, required.length - typeTp), note),
    row('events (type + mode + place + time)', fullTp, pred.events.length - fullTp, Math.max(0, required.length - fullTp)),
  ];
}

/** Scores an analysis of the seed article against its gold annotation. */
export function scoreSeed(pred: AnalysisJson, gold: SeedGold): EvalRow[] {
  const mapping = entityMapping(pred, gold);
  const { pairs } = matchAttributions(pred, gold, mapping);
  return [
    ...scoreEntities(pred, gold, mapping),
    ...scoreAttributions(pred, gold, pairs),
    ...scoreClaims(pred, gold, pairs),
    ...scoreTimes(pred, gold),
    ...scorePlaces(pred, gold),
    ...scoreEvents(pred, gold, mapping),
  ];
}

/** The `seed` eval task. Paths: the article text and gold.json (either order). */
export const seedTask: EvalTask = {
  name: 'seed',
  describe: 'the seed article against ../shared/seed/gold.json',
  defaultPaths: ['seed/000_99210b012037a94a.txt', 'seed/gold.json'],
  async run(paths) {
    const goldPath = paths.find((p) => p.endsWith('.json')) ?? '';
    const textPath = paths.find((p) => !p.endsWith('.json')) ?? '';
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold;
    const text = readFileSync(textPath, 'utf8');
    const pred = toJson(analyze({ text, published: gold.article.published, origin: textPath }));
    const rows = scoreSeed(pred, gold);
    const pick = (name: string, label: string): string => {
      const r = rows.find((x) => x.name === name)!;
      const tp = r.metrics.tp as number;
      const gold = tp + (r.metrics.fn as number);
      return `${label} ${tp}/${gold} (F1 ${(r.metrics.F1 as number).toFixed(2)})`;
    };
    const headline = [
      pick('entities (all mentions resolved)', 'entities'),
      pick('attributions (speaker + content)', 'attributions'),
      pick('claims (overall status)', 'claims'),
      pick('time values', 'times'),
      pick('places within tolerance', 'places'),
      pick('events (type + mode + place + time)', 'events'),
    ];
    return {
      task: 'seed',
      data: `${textPath} (${text.length} chars) vs ${goldPath}`,
      rows,
      notes: [],
      summary: `seed: ${headline.join(', ')}`,
    } satisfies EvalReport;
  },
};
