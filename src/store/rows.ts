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

/** An article summary from a listing row of either database (`counts` as stored JSON). */
export function summaryFromRow(r: Record<string, unknown>): ArticleSummary {
  const txt = (v: unknown): string | null => (typeof v === 'string' ? v : null);
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
  return `g${createHash('sha256').update(`${family(type)}|${key}`).digest('hex').slice(0, 12)}`;
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
    out.push({ id: corpusEntityId(type, key), type, canonical: String(e.canonical ?? ''), key, aliases: [...new Set(names)].sort() });
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
