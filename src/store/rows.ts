/**
 * What a stored analysis contributes to the queryable tables and summaries: shared by every
 * store implementation so that they agree.
 */
import type { AnalysisJson } from '../analyze/json.js';
import type { ArticleId } from '../core/ids.js';
import { createHash } from 'node:crypto';
import { nameKey } from '../analyze/ner/romanise.js';
import type { ArticleSummary } from './store.js';

type Rec = Record<string, unknown>;

/** Counts per section, as listed in summaries. */
export function sectionCounts(a: AnalysisJson): Record<string, number> {
  return {
    entities: a.entities.length,
    attributions: a.attributions.length,
    claims: a.claims.length,
    times: a.times.length,
    places: a.places.length,
    events: a.events.length,
  };
}

/** The summary of an analysis. */
export function summaryOf(a: AnalysisJson): ArticleSummary {
  const art = a.article;
  return {
    id: art.id as ArticleId,
    title: art.title,
    published: art.published,
    outlet: art.outlet,
    url: art.url,
    origin: art.origin,
    language: art.language,
    counts: sectionCounts(a),
  };
}

/** The source of a stance or attribution as (kind, reference) columns. */
export function sourceColumns(source: unknown): [string, string | null] {
  const s = (source ?? {}) as Rec;
  const kind = typeof s.kind === 'string' ? s.kind : 'unresolved';
  const ref = kind === 'entity' ? s.entity : kind === 'nonperson' ? s.label : s.text;
  return [kind, typeof ref === 'string' ? ref : null];
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const txt = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const spanOf = (v: unknown): { start: number; end: number } => {
  const r = (v ?? {}) as Rec;
  return { start: num(r.start) ?? 0, end: num(r.end) ?? 0 };
};

/** The annotation tables every store writes, with their columns in the order `annotationRows` fills them. */
export const ANNOTATION_TABLES = {
  entities: 'article_id, id, type, canonical, key',
  mentions: 'article_id, id, entity_id, kind, start, "end"',
  attributions: 'article_id, id, kind, source_kind, source_ref, content_start, content_end, channel',
  claims: 'article_id, id, overall, start, "end"',
  claim_stances: 'article_id, claim_id, n, source_kind, source_ref, status',
  times: 'article_id, id, type, value, granularity, start, "end"',
  places: 'article_id, id, name, feature_kind, precision, lat, lon, geonameid, country, start, "end"',
  events: 'article_id, id, type, mode, modality, place_id, time_id, claim_id',
} as const;

/** An analysis's rows for each annotation table, as tuples in the columns' order. */
export function annotationRows(a: AnalysisJson): Record<keyof typeof ANNOTATION_TABLES, unknown[][]> {
  const id = a.article.id;
  const rows: Record<keyof typeof ANNOTATION_TABLES, unknown[][]> = {
    entities: [],
    mentions: [],
    attributions: [],
    claims: [],
    claim_stances: [],
    times: [],
    places: [],
    events: [],
  };
  for (const e of a.entities) {
    rows.entities.push([id, txt(e.id), txt(e.type), txt(e.canonical) ?? '', txt(e.key) ?? '']);
    for (const m of (e.mentions as Rec[] | undefined) ?? []) {
      const s = spanOf(m);
      rows.mentions.push([id, txt(m.id), txt(e.id), txt(m.kind) ?? 'name', s.start, s.end]);
    }
  }
  for (const at of a.attributions) {
    const [kind, ref] = sourceColumns(at.source);
    const c = spanOf(at.content);
    rows.attributions.push([id, txt(at.id), txt(at.kind), kind, ref, c.start, c.end, txt(at.channelName)]);
  }
  for (const c of a.claims) {
    const s = spanOf(c.proposition);
    rows.claims.push([id, txt(c.id), txt(c.overall), s.start, s.end]);
    ((c.stances as Rec[] | undefined) ?? []).forEach((st, n) => {
      const [kind, ref] = sourceColumns(st.source);
      rows.claim_stances.push([id, txt(c.id), n, kind, ref, txt(st.status)]);
    });
  }
  for (const t of a.times)
    rows.times.push([
      id,
      txt(t.id),
      txt(t.type),
      txt(t.value) ?? '',
      txt(t.granularity) ?? 'unknown',
      num(t.start),
      num(t.end),
    ]);
  for (const p of a.places) {
    rows.places.push([
      id,
      txt(p.id),
      txt(p.name) ?? '',
      txt(p.featureKind) ?? '',
      txt(p.precision) ?? 'unresolved',
      num(p.lat),
      num(p.lon),
      num(p.geonameid),
      txt(p.countryCode),
      num(p.start),
      num(p.end),
    ]);
  }
  for (const e of a.events)
    rows.events.push([
      id,
      txt(e.id),
      txt(e.type),
      txt(e.mode),
      txt(e.modality) ?? 'asserted',
      txt(e.place),
      txt(e.time),
      txt(e.claim),
    ]);
  return rows;
}

/** An article summary from a listing row of either database (`counts` as stored JSON). */
export function summaryFromRow(r: Record<string, unknown>): ArticleSummary {
  return {
    id: r.id as ArticleId,
    title: txt(r.title),
    published: txt(r.published),
    outlet: txt(r.outlet),
    url: txt(r.url),
    origin: txt(r.origin) ?? '',
    language: txt(r.language) ?? 'und',
    counts: JSON.parse(String(r.counts)) as Record<string, number>,
  };
}

/** Orders summaries: newest publication first (unknown dates last), then by id. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  return pa === pb ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : pa < pb ? 1 : -1;
}

/** An article's contribution to the corpus entity table. */
export interface EntityRow {
  readonly id: string;
  readonly type: string;
  readonly canonical: string;
  readonly key: string;
  readonly aliases: readonly string[];
}

/** Places of one kind meet across types (a town tagged GPE here and LOC there is one place). */
const family = (type: string): string => (type === 'GPE' || type === 'LOC' || type === 'FAC' ? 'PLACE' : type);

/** The stable corpus id of an entity: from its type family and key, the same in every database. */
export function corpusEntityId(type: string, key: string): string {
  return `g${createHash('sha256')
    .update(`${family(type)}|${key}`)
    .digest('hex')
    .slice(0, 12)}`;
}

/** The corpus entities an analysis names (people, organisations, places; not MISC). */
export function entityRows(a: AnalysisJson): EntityRow[] {
  const out: EntityRow[] = [];
  for (const e of a.entities) {
    const type = typeof e.type === 'string' ? e.type : '';
    const key = typeof e.key === 'string' ? e.key : '';
    if (!key || type === 'MISC') continue;
    const names = ((e.mentions as Record<string, unknown>[] | undefined) ?? [])
      .filter((m) => m.kind === 'name' && typeof m.text === 'string')
      .map((m) => m.text as string);
    out.push({
      id: corpusEntityId(type, key),
      type,
      canonical: String(e.canonical ?? ''),
      key,
      aliases: [...new Set(names)].sort(),
    });
  }
  return out;
}

/** True when an entity with this key or these aliases answers a name query. */
export function matchesName(name: string, key: string, aliases: readonly string[]): boolean {
  const q = nameKey(name);
  return q !== '' && (key === q || aliases.some((a) => nameKey(a) === q) || key.split(' ').includes(q));
}

/**
 * A surname alone ("Peskov") joins the one corpus person whose full name ends with it
 * ("Dmitry Peskov"); with none or several such people it stays its own entity.
 */
export function surnameOwner(row: EntityRow, people: readonly { id: string; key: string }[]): string | null {
  if (row.type !== 'PERSON' || row.key.includes(' ')) return null;
  const owners = people.filter((p) => p.key.endsWith(` ${row.key}`));
  return owners.length === 1 ? owners[0]!.id : null;
}
